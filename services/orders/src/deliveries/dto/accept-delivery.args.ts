import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { OrgArgs, IsUuid, IsMultiLineText } from '@kyodo/subgraph';

@ArgsType()
export class AcceptDeliveryArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  id!: string;

  @Field({ nullable: true, description: "The client's remarks at acceptance (検収メモ)." })
  @IsOptional()
  @IsMultiLineText(1000)
  note?: string;
}
