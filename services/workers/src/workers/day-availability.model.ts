import { Field, Int, ObjectType } from '@nestjs/graphql';

/** A preferred stretch of a day, "HH:MM" in Asia/Tokyo local time. */
@ObjectType('TimeWindow')
export class TimeWindow {
  @Field()
  start!: string;

  @Field()
  end!: string;
}

/** One weekday of a worker's weekly availability. Time is integer minutes throughout this service. */
@ObjectType('DayAvailability')
export class DayAvailability {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday.' })
  weekday!: number;

  @Field(() => Int, { description: 'Minutes the worker can work that day (0 to 1440).' })
  minutes!: number;

  @Field(() => [TimeWindow], { description: 'Preferred times of day; empty when any time suits.' })
  windows!: TimeWindow[];
}

/** The stored shape of a window: which weekday it belongs to. */
export interface StoredWindow {
  weekday: number;
  start: string;
  end: string;
}
