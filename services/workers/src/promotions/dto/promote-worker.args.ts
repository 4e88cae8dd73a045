import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { SkillAxis } from '@kyodo/domain';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class PromoteWorkerArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  workerId!: string;

  @Field(() => SkillAxis)
  @IsEnum(SkillAxis)
  axis!: SkillAxis;
}
