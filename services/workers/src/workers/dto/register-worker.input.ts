import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SkillStage } from '@kyodo/domain';
import { DayAvailabilityInput } from './day-availability.input';
import { IsKatakanaName } from './katakana.validator';
import { WorkLocation } from '../work-location.enum';
import { IsUuid, IsSingleLineText, IsCalendarDate, IsEmailAddress, IsMultiLineText } from '@kyodo/subgraph';

@InputType()
export class RegisterWorkerInput {
  @Field()
  @IsSingleLineText(100)
  familyName!: string;

  @Field()
  @IsSingleLineText(100)
  givenName!: string;

  @Field()
  @IsKatakanaName()
  familyNameKana!: string;

  @Field()
  @IsKatakanaName()
  givenNameKana!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmailAddress()
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\+?\d[\d-]{7,18}\d$/, { message: 'phone must be digits with optional hyphens, like 0263-52-0280' })
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(300)
  address?: string;

  @Field({ nullable: true, description: "The worker's Keycloak user id (`sub`), linking their login to this record." })
  @IsOptional()
  @IsUuid()
  userId?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  contractStart?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  contractEnd?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  ndaSignedOn?: string;

  @Field({ nullable: true, description: 'Date of birth (生年月日), YYYY-MM-DD: personal data, optional; not in the future.' })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string;

  @Field(() => WorkLocation, { defaultValue: WorkLocation.HOME, description: '就労場所の種別.' })
  @IsEnum(WorkLocation)
  workLocation: WorkLocation = WorkLocation.HOME;

  /** Weekdays left out are days off; a worker without availability has no capacity to book. */
  @Field(() => [DayAvailabilityInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => DayAvailabilityInput)
  weeklyAvailability: DayAvailabilityInput[] = [];

  @Field(() => SkillStage, { defaultValue: SkillStage.A })
  @IsEnum(SkillStage)
  itStage: SkillStage = SkillStage.A;

  @Field(() => SkillStage, { defaultValue: SkillStage.A })
  @IsEnum(SkillStage)
  businessStage: SkillStage = SkillStage.A;

  @Field(() => String, {
    nullable: true,
    description: 'Why the worker starts above stage A (an assessment on record): required then, and only an org admin may place them so.',
  })
  @IsOptional()
  @IsMultiLineText(1000)
  stageReason?: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsSingleLineText(50, { each: true })
  skillTags: string[] = [];

  @Field(() => Int, { description: 'Most hours a month the worker wants to work (0 to 200).' })
  @IsInt()
  @Min(0)
  @Max(200)
  monthlyHourCap!: number;

  /** Consent is opt-in: a worker is offered other members' work only after agreeing to it. */
  @Field({ defaultValue: false })
  @IsBoolean()
  consortiumConsent: boolean = false;
}
