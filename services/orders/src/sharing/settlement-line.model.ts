import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** One approved claim on a settlement statement. */
@ObjectType('SettlementLine')
export class SettlementLine {
  @Field(() => ID)
  claimId!: string;

  @Field(() => ID)
  offerId!: string;

  @Field()
  title!: string;

  @Field(() => Int, { description: "Minutes the partner's director approved in the month." })
  approvedMinutes!: number;

  @Field(() => Int, { description: 'Agreed yen per hour.' })
  rateYen!: number;

  @Field(() => Int, { description: 'approvedMinutes × rateYen / 60, rounded down to whole yen.' })
  amountYen!: number;
}
