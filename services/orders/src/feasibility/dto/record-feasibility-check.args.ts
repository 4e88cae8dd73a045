import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { SkillStage } from '@kyodo/domain';
import { IsCalendarDate, IsOrgId, IsSingleLineText, IsUuid, OrgArgs } from '@kyodo/subgraph';

/** A year of every minute of a day: more than any member's capacity for one stage can be. */
const MAX_FREE_MINUTES = 1_000_000_000;

/** Free minutes of one skill stage, as a workers node counted them. */
@InputType()
export class StageCapacityInput {
  @Field(() => SkillStage)
  @IsEnum(SkillStage)
  stage!: SkillStage;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_FREE_MINUTES)
  freeMinutes!: number;
}

@ArgsType()
export class RecordFeasibilityCheckArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  orderId!: string;

  @Field({ description: 'Keycloak user id of who asked for the check at the workers node (audited as the actor).' })
  @IsSingleLineText(100)
  actorId!: string;

  @Field({ nullable: true, description: "The actor's org (null for a consortium admin)." })
  @IsOptional()
  @IsOrgId()
  actorOrgId?: string;

  @Field({ description: 'The period the capacity was counted over: the one feasibilityPeriod answered.' })
  @IsCalendarDate()
  periodFrom!: string;

  @Field()
  @IsCalendarDate()
  periodTo!: string;

  @Field(() => [StageCapacityInput], { description: "The org's own free minutes by stage over the period." })
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => StageCapacityInput)
  own!: StageCapacityInput[];

  @Field(() => [StageCapacityInput], {
    description: "Other members' free minutes for consortium work by stage (one entry per member and stage); empty when not asked.",
  })
  @IsArray()
  @ArrayMaxSize(3 * 1000)
  @ValidateNested({ each: true })
  @Type(() => StageCapacityInput)
  partners!: StageCapacityInput[];
}
