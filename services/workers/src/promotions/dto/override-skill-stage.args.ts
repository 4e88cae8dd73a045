import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, Matches } from 'class-validator';
import { SkillStage } from '@kyodo/domain';
import { IsMultiLineText } from '@kyodo/subgraph';
import { PromoteWorkerArgs } from './promote-worker.args';

@ArgsType()
export class OverrideSkillStageArgs extends PromoteWorkerArgs {
  @Field(() => SkillStage)
  @IsEnum(SkillStage)
  stage!: SkillStage;

  @Field({ description: 'Why the rule is set aside for this worker, in writing (kept in the history and the audit log).' })
  @IsMultiLineText(1000)
  @Matches(/\S/, { message: 'reason must say something' })
  reason!: string;
}
