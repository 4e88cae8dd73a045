import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { SkillAxis, SkillStage } from '@kyodo/domain';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class SetWorkerSkillStageArgs extends OrgArgs {
  @Field(() => ID)
  @IsUUID()
  workerId!: string;

  @Field(() => SkillAxis)
  @IsEnum(SkillAxis)
  axis!: SkillAxis;

  @Field(() => SkillStage)
  @IsEnum(SkillStage)
  stage!: SkillStage;
}
