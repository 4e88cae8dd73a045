import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { SkillAxis } from '@kyodo/domain';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class ReadyForPromotionArgs extends OrgArgs {
  @Field(() => SkillAxis, { nullable: true, description: 'One axis only; both when left out.' })
  @IsOptional()
  @IsEnum(SkillAxis)
  axis?: SkillAxis;
}
