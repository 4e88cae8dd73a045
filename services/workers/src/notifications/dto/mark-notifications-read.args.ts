import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsArray } from 'class-validator';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class MarkNotificationsReadArgs extends OrgArgs {
  @Field(() => [ID])
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @IsUuid({ each: true })
  ids!: string[];
}
