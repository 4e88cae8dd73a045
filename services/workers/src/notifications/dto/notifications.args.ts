import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class NotificationsArgs extends OrgArgs {
  @Field({ defaultValue: false, description: 'Only those the caller has not marked read.' })
  @IsBoolean()
  unreadOnly: boolean = false;
}
