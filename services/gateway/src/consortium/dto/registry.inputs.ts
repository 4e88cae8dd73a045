import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { ORG_ID_PATTERN } from '@kyodo/config';
import { NODE_SUBGRAPHS } from '@kyodo/domain';
import { MemberKind, MemberStatus } from '../registry.enums';

/** A node's base URL: http(s), a bare host name allowed (nodes live on internal networks). */
export const IsNodeUrl = () => IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' });

/** Who a member is: what registering it and onboarding it both start from. */
@InputType({ isAbstract: true })
export class MemberIdentityFields {
  @Field({ description: 'Org id, also the alias of its Keycloak organization, e.g. "omachi".' })
  @Matches(ORG_ID_PATTERN, { message: 'id must be an organization id like "tateshina"' })
  id!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => MemberKind)
  @IsEnum(MemberKind)
  kind!: MemberKind;
}

@InputType()
export class RegisterMemberInput extends MemberIdentityFields {}

@ArgsType()
export class SetMemberStatusArgs {
  @Field()
  @Matches(ORG_ID_PATTERN, { message: 'id must be an organization id like "tateshina"' })
  id!: string;

  @Field(() => MemberStatus)
  @IsEnum(MemberStatus)
  status!: MemberStatus;
}

/** Where one of a member's nodes is: what registering a node and onboarding a member both take. */
@InputType({ isAbstract: true })
export class NodeLocationFields {
  @Field({ description: 'orders, workers or training.' })
  @IsIn(NODE_SUBGRAPHS as readonly string[], { message: `subgraph must be one of ${NODE_SUBGRAPHS.join(', ')}` })
  subgraph!: string;

  @Field({ description: 'Base URL of the node.' })
  @IsNodeUrl()
  url!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(120_000)
  timeoutMs?: number;
}

@InputType()
export class RegisterNodeInput extends NodeLocationFields {
  @Field()
  @Matches(ORG_ID_PATTERN, { message: 'orgId must be an organization id like "tateshina"' })
  orgId!: string;
}

@InputType()
export class UpdateNodeInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: 'A new URL puts the node back to PENDING until it passes its check.' })
  @IsOptional()
  @IsNodeUrl()
  url?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(120_000)
  timeoutMs?: number;

  @Field({ nullable: true, description: 'false takes the node out of routing (DISABLED); true puts it back through a check.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
