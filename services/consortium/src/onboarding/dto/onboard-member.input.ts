import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import { NODE_SUBGRAPHS } from '@kyodo/domain';
import { IsNodeUrl, MemberIdentityFields, NodeLocationFields } from '../../registry/dto/registry.inputs';
import { OperatingForm } from '../../registry/operating-form';
import { MemberPlacement } from '../../registry/registry.enums';
import { PREFECTURES } from '../../registry/prefectures';
import { IsSingleLineText, IsOrgId, IsEmailAddress } from '@kyodo/subgraph';

/** Keycloak user names: lower-case, as Keycloak stores them. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,62}$/;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

@InputType({ description: "The member's first org-admin, created in Keycloak with a temporary password." })
export class FirstAdminInput {
  @Field({ description: 'Login name, e.g. "omachi-admin".' })
  @Matches(USERNAME, { message: 'username must be 3 to 63 lower-case letters, digits, dots, hyphens or underscores' })
  username!: string;

  @Field()
  @IsEmailAddress()
  email!: string;

  @Field()
  @IsSingleLineText(100)
  firstName!: string;

  @Field()
  @IsSingleLineText(100)
  lastName!: string;
}

@InputType({ description: "The member's own OpenID Connect identity provider, brokered into the consortium realm." })
export class IdentityProviderInput {
  @Field({ description: 'Keycloak alias, e.g. "omachi-idp".' })
  @Matches(/^[a-z][a-z0-9-]{1,62}$/, { message: 'alias must be lower-case letters, digits and hyphens' })
  alias!: string;

  @Field()
  @IsSingleLineText(200)
  displayName!: string;

  @Field({ description: 'Issuer URL; the endpoints are read from its /.well-known/openid-configuration.' })
  @IsNodeUrl()
  issuer!: string;

  @Field()
  @IsSingleLineText(200)
  clientId!: string;

  @Field({ description: 'Stored in Keycloak only; never in the consortium database or its audit log.' })
  @IsSingleLineText(500)
  clientSecret!: string;
}

@InputType()
export class OnboardNodeInput extends NodeLocationFields {}

@InputType()
export class OnboardMemberInput extends MemberIdentityFields {
  @Field({ description: 'Prefecture (都道府県), e.g. 長野県.' })
  @IsIn(PREFECTURES as readonly string[], { message: 'prefecture must be one of the 47 prefectures, e.g. 長野県' })
  prefecture!: string;

  @Field(() => OperatingForm)
  @IsEnum(OperatingForm)
  operatingForm!: OperatingForm;

  @Field({ nullable: true, description: 'Required for MUNICIPALITY_RUN, refused otherwise: the member that contracts and pays for it.' })
  @IsOptional()
  @IsOrgId()
  partnerOperatorId?: string;

  @Field({ description: 'E-mail domain of the member, e.g. "omachi.kyodo.example".' })
  @Matches(DOMAIN, { message: 'domain must be a lower-case DNS domain like "omachi.kyodo.example"' })
  domain!: string;

  @Field(() => FirstAdminInput)
  @ValidateNested()
  @Type(() => FirstAdminInput)
  firstAdmin!: FirstAdminInput;

  @Field(() => IdentityProviderInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdentityProviderInput)
  identityProvider?: IdentityProviderInput;

  @Field(() => MemberPlacement, {
    nullable: true,
    description:
      "Where its data lives. Default: HOSTED on the partner operator's nodes for MUNICIPALITY_RUN (no servers of its own), OWN_NODES otherwise.",
  })
  @IsOptional()
  @IsEnum(MemberPlacement)
  placement?: MemberPlacement;

  @Field(() => [OnboardNodeInput], {
    nullable: true,
    description: "OWN_NODES: one node each for orders, workers and training. HOSTED: none (its host's registered nodes serve it).",
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => OnboardNodeInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(NODE_SUBGRAPHS.length)
  nodes?: OnboardNodeInput[];
}
