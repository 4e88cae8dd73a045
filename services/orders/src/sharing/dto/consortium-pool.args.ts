import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { SkillStage } from '@kyodo/domain';
import { PageArgs } from '@kyodo/subgraph';

/** Free minutes of one stage, as the partner's own `capacity` query reports them. */
@InputType()
export class StageFreeMinutesInput {
  @Field(() => SkillStage)
  @IsEnum(SkillStage)
  stage!: SkillStage;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  freeMinutes!: number;
}

@ArgsType()
export class ConsortiumPoolArgs extends PageArgs {
  @Field(() => [StageFreeMinutesInput], {
    nullable: true,
    description:
      "The caller's own free capacity by stage (pass `capacity.byStage`): only offers it could staff are listed, i.e. whose stage has at least an hour free at that stage or above; every open offer when left out.",
  })
  @IsOptional()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => StageFreeMinutesInput)
  freeCapacity?: StageFreeMinutesInput[];
}
