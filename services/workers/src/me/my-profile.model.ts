import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DayAvailability } from '../workers/day-availability.model';
import { MaskedBankAccount } from './bank-account.model';

/** The caller's own record as they may see and change it. */
@ObjectType('MyProfile')
export class MyProfile {
  @Field(() => ID)
  workerId!: string;

  @Field()
  orgId!: string;

  @Field()
  familyName!: string;

  @Field()
  givenName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of birth (生年月日), YYYY-MM-DD; null when not recorded.' })
  dateOfBirth!: string | null;

  @Field(() => [DayAvailability], { description: 'Minutes per weekday, Sunday first.' })
  weeklyAvailability!: DayAvailability[];

  @Field(() => Int, { description: 'Most hours a month the worker wants to work.' })
  monthlyHourCap!: number;

  @Field(() => Int, { description: "The member's limit on monthlyHourCap." })
  monthlyHourCapLimit!: number;

  @Field({ description: "Whether the worker agrees to be offered other members' work." })
  consortiumConsent!: boolean;

  @Field(() => MaskedBankAccount, { nullable: true, description: 'Where pay goes; null until set.' })
  bankAccount!: MaskedBankAccount | null;
}
