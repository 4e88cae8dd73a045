import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class ApplySkillStageChangeArgs extends OrgArgs {
  @Field(() => ID, { description: "The stage change (a promotion or an org admin's override) as the org's training node recorded it." })
  @IsUuid()
  changeId!: string;
}
