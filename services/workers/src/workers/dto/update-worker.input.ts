import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsEmailAddress, IsSingleLineText } from '@kyodo/subgraph';
import { DayAvailabilityInput } from './day-availability.input';
import { IsKatakanaName } from './katakana.validator';

/**
 * A correction of a worker's record by the member's staff: only the fields given change (null
 * clears an optional one). Stages are not here: they change only through the skill map; the
 * login link is not here either: inviteWorkerLogin makes it.
 */
@InputType()
export class UpdateWorkerInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(100)
  familyName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(100)
  givenName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsKatakanaName()
  familyNameKana?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsKatakanaName()
  givenNameKana?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmailAddress()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?\d[\d-]{7,18}\d$/, { message: 'phone must be digits with optional hyphens, like 0263-52-0280' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSingleLineText(300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  contractStart?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  contractEnd?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  ndaSignedOn?: string | null;

  @Field(() => [DayAvailabilityInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => DayAvailabilityInput)
  weeklyAvailability?: DayAvailabilityInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsSingleLineText(50, { each: true })
  skillTags?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  monthlyHourCap?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  consortiumConsent?: boolean;
}
