import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { SkillStage } from '@kyodo/domain';
import { OrgArgs, IsCalendarDate } from '@kyodo/subgraph';

@ArgsType()
export class CapacityArgs extends OrgArgs {
  @Field({ description: 'First day, YYYY-MM-DD.' })
  @IsCalendarDate()
  from!: string;

  @Field({ description: 'Last day (inclusive), YYYY-MM-DD; at most 366 days after from.' })
  @IsCalendarDate()
  to!: string;

  @Field(() => SkillStage, {
    nullable: true,
    description: "A task's required stage: only workers who can take it (that stage or above) count; the rows of lower stages are zero.",
  })
  @IsOptional()
  @IsEnum(SkillStage)
  stage?: SkillStage;

  @Field({
    defaultValue: false,
    description:
      'Count only workers who consented to consortium work. Callers outside the org (partners, the support body) always get this count.',
  })
  @IsBoolean()
  forConsortium: boolean = false;
}
