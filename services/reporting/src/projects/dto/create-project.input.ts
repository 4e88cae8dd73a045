import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';
import { ORG_ID_PATTERN } from '@kyodo/config';
import { IsOrgId, IsSingleLineText } from '@kyodo/subgraph';

/** The most members one project holds: every member of the consortium and more. */
export const MAX_PROJECT_MEMBERS = 50;

@InputType()
export class CreateProjectInput {
  @Field({ description: 'Unique, e.g. "長野県広域テレワーク推進事業".' })
  @IsSingleLineText(200)
  name!: string;

  @Field({ description: 'The lead member; it must be among memberOrgIds.' })
  @IsOrgId()
  leadOrgId!: string;

  @Field(() => [String], { description: 'Every member, the lead included, each once.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROJECT_MEMBERS)
  @Matches(ORG_ID_PATTERN, { each: true, message: 'each of $property must be an organization id like "tateshina"' })
  memberOrgIds!: string[];
}
