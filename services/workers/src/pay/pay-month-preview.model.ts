import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { YenScalar } from '@kyodo/subgraph';

/** One worker's statement as closing the month now would write it. */
@ObjectType('PayStatementPreview')
export class PayStatementPreview {
  @Field(() => ID)
  workerId!: string;

  @Field(() => Int)
  minutes!: number;

  @Field(() => YenScalar, { description: 'Pay before withholding, yen.' })
  grossYen!: bigint;

  @Field(() => YenScalar, { description: 'The part of the gross subject to withholding tax (源泉徴収), yen.' })
  withholdingBaseYen!: bigint;

  @Field(() => YenScalar, { description: 'Withholding tax (源泉徴収税額), yen.' })
  withholdingYen!: bigint;

  @Field(() => YenScalar, { description: 'What would be paid out: gross less withholding, yen.' })
  netYen!: bigint;
}

/** 締め前確認: what closing a pay month would pay, computed from the approved entries without writing anything. */
@ObjectType('PayMonthPreview')
export class PayMonthPreview {
  @Field()
  orgId!: string;

  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field({
    description: 'Whether the month is closed already; its statements are then the ones written, and closing again changes nothing.',
  })
  closed!: boolean;

  @Field({ description: 'Whether the month has ended (Asia/Tokyo), so that it may be closed.' })
  ended!: boolean;

  @Field(() => Int, {
    description:
      'Entries of the month still awaiting review (submitted, not approved): a close now pays none of them, so approve or return them first.',
  })
  awaitingReview!: number;

  @Field(() => [PayStatementPreview])
  statements!: PayStatementPreview[];

  @Field(() => YenScalar)
  grossYen!: bigint;

  @Field(() => YenScalar)
  withholdingYen!: bigint;

  @Field(() => YenScalar)
  netYen!: bigint;
}
