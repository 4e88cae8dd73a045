import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class PromotionHistoryArgs extends OrgArgs {
  @Field(() => ID, { nullable: true, description: "One worker's promotions; the whole org's when left out." })
  @IsOptional()
  @IsUuid()
  workerId?: string;
}
