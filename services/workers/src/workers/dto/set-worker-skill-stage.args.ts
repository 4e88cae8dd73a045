import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { SkillAxis, SkillStage } from '@kyodo/domain';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class SetWorkerSkillStageArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  workerId!: string;

  @Field(() => SkillAxis)
  @IsEnum(SkillAxis)
  axis!: SkillAxis;

  @Field(() => SkillStage)
  @IsEnum(SkillStage)
  stage!: SkillStage;
}
