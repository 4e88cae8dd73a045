import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { PageArgs } from './pagination';
import { IsOrgId } from './validation/org-id.validator';

const ORG_ID_DESCRIPTION =
  "The organization the operation targets; the gateway routes it to that org's node. Defaults to the caller's org.";

/** `orgId` on a root operation: the gateway routes by it. */
@ArgsType()
export class OrgArgs {
  @Field(() => String, { nullable: true, description: ORG_ID_DESCRIPTION })
  @IsOptional()
  @IsOrgId()
  orgId?: string;
}

/** `orgId` plus cursor paging, for root list fields. */
@ArgsType()
export class OrgPageArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: ORG_ID_DESCRIPTION })
  @IsOptional()
  @IsOrgId()
  orgId?: string;
}
