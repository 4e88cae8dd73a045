import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsEmailAddress, IsSingleLineText } from '@kyodo/subgraph';
import { DayAvailabilityInput } from '../../workers/dto/day-availability.input';

/** What a worker may change of their own record; fields left out stay as they are. */
@InputType()
export class UpdateMyProfileInput {
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

  @Field({ nullable: true, description: 'Date of birth (生年月日), YYYY-MM-DD, as the work certificate prints it; not in the future.' })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string;

  @Field(() => [DayAvailabilityInput], { nullable: true, description: 'The whole week; weekdays left out are days off.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => DayAvailabilityInput)
  weeklyAvailability?: DayAvailabilityInput[];

  @Field(() => Int, { nullable: true, description: "Most hours a month, up to the member's limit (monthlyHourCapLimit)." })
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
