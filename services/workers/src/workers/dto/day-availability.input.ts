import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

@InputType()
export class TimeWindowInput {
  @Field({ description: '"HH:MM", e.g. "09:30".' })
  @Matches(HH_MM, { message: '$property must be a time like 09:30' })
  start!: string;

  @Field({ description: '"HH:MM", after start; "24:00" ends the day.' })
  @Matches(HH_MM, { message: '$property must be a time like 17:00' })
  end!: string;
}

@InputType()
export class DayAvailabilityInput {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday.' })
  @IsInt()
  @Min(0)
  @Max(6)
  weekday!: number;

  @Field(() => Int, { description: 'Minutes available that day (0 to 1440 = 24 hours).' })
  @IsInt()
  @Min(0)
  @Max(1440)
  minutes!: number;

  @Field(() => [TimeWindowInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => TimeWindowInput)
  @ArrayMaxSize(6)
  windows: TimeWindowInput[] = [];
}
