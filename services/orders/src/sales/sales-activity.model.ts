import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SalesOutcome } from './sales-outcome.enum';

/** 営業活動: one sales visit as the staff logged it. */
@ObjectType('SalesActivity')
export class SalesActivity {
  @Field(() => ID)
  id!: string;

  @Field()
  orgId!: string;

  @Field({ description: 'YYYY-MM-DD (Asia/Tokyo), the day of the visit.' })
  visitedOn!: string;

  @Field({ description: 'The prospective client visited (a department or company).' })
  prospect!: string;

  @Field(() => SalesOutcome)
  outcome!: SalesOutcome;

  @Field({ description: 'Who made the visit.' })
  staffName!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'The user who logged it.' })
  recordedBy!: string;
}
