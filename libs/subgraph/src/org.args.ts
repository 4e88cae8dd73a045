import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { ORG_ID_PATTERN } from '@kyodo/config';
import { PageArgs } from './pagination';

const ORG_ID_DESCRIPTION = "The organization the operation targets; the gateway routes it to that org's node. Defaults to the caller's org.";

/** `orgId` on a root operation: the gateway routes by it. */
@ArgsType()
export class OrgArgs {
  @Field(() => String, { nullable: true, description: ORG_ID_DESCRIPTION })
  @IsOptional()
  @Matches(ORG_ID_PATTERN, { message: 'orgId must be an organization id like "tateshina"' })
  orgId?: string;
}

/** `orgId` plus cursor paging, for root list fields. */
@ArgsType()
export class OrgPageArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: ORG_ID_DESCRIPTION })
  @IsOptional()
  @Matches(ORG_ID_PATTERN, { message: 'orgId must be an organization id like "tateshina"' })
  orgId?: string;
}
