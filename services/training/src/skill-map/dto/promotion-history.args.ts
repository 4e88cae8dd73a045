import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class PromotionHistoryArgs extends OrgArgs {
  @Field(() => ID, { nullable: true, description: "One worker's promotions; the whole org's when left out." })
  @IsOptional()
  @IsUUID()
  workerId?: string;
}
