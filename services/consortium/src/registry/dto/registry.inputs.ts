import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { NODE_SUBGRAPHS } from '@kyodo/domain';
import { MemberKind, MemberStatus } from '../registry.enums';
import { IsUuid, IsSingleLineText, IsOrgId } from '@kyodo/subgraph';

/** A node's base URL: http(s), a bare host name allowed (nodes live on internal networks). */
export const IsNodeUrl = () =>
  applyDecorators(
    IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' }),
    MaxLength(2000),
  );

/** Who a member is: what registering it and onboarding it both start from. */
@InputType({ isAbstract: true })
export class MemberIdentityFields {
  @Field({ description: 'Org id, also the alias of its Keycloak organization, e.g. "omachi".' })
  @IsOrgId()
  id!: string;

  @Field()
  @IsSingleLineText(200)
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
  @IsOrgId()
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
  @IsOrgId()
  orgId!: string;
}

@InputType()
export class UpdateNodeInput {
  @Field(() => ID)
  @IsUuid()
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

@ArgsType()
export class MemberNodesArgs {
  @Field(() => String, { nullable: true, description: "Only this member's nodes." })
  @IsOptional()
  @IsOrgId()
  orgId?: string;
}
