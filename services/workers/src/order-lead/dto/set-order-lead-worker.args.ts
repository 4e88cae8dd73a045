import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsOrgId, IsUuid, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class SetOrderLeadWorkerArgs extends OrgArgs {
  @Field(() => ID, { description: "An order of `orgId` (kept at that org's orders node)." })
  @IsUuid()
  orderId!: string;

  @Field({
    nullable: true,
    description: "The lead worker's org (the order's own, or a partner's); null with leadWorkerId clears the lead.",
  })
  @IsOptional()
  @IsOrgId()
  leadWorkerOrgId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUuid()
  leadWorkerId?: string;
}
