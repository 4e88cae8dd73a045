import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';
import { ORG_ID_PATTERN } from '@kyodo/config';
import { IsOrgId, IsUuid } from '@kyodo/subgraph';
import { MAX_PROJECT_MEMBERS } from './create-project.input';

@InputType()
export class SetProjectMembersInput {
  @Field(() => ID)
  @IsUuid()
  projectId!: string;

  @Field({ description: 'The lead member; it must be among memberOrgIds.' })
  @IsOrgId()
  leadOrgId!: string;

  @Field(() => [String], { description: 'Every member, the lead included, each once: replaces the members whole.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROJECT_MEMBERS)
  @Matches(ORG_ID_PATTERN, { each: true, message: 'each of $property must be an organization id like "tateshina"' })
  memberOrgIds!: string[];
}
