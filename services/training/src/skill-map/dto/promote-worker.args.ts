import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { SkillAxis } from '@kyodo/domain';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class PromoteWorkerArgs extends OrgArgs {
  @Field(() => ID)
  @IsUUID()
  workerId!: string;

  @Field(() => SkillAxis)
  @IsEnum(SkillAxis)
  axis!: SkillAxis;
}
