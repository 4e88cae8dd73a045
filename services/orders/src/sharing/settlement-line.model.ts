import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { YenScalar } from '@kyodo/subgraph';

/**
 * One line of a settlement statement: a claim's approved minutes of the statement's month, or an
 * adjustment (調整) for minutes approved late in an earlier month whose statement was already
 * settled (confirmed), which never changes; the adjustment names that month.
 */
@ObjectType('SettlementLine')
export class SettlementLine {
  @Field(() => ID)
  claimId!: string;

  @Field(() => ID)
  offerId!: string;

  @Field()
  title!: string;

  @Field(() => Int, {
    description: "Minutes the partner's director approved: in the month, or for an adjustment, approved late in adjustmentOf.",
  })
  approvedMinutes!: number;

  @Field(() => YenScalar, { description: 'Agreed yen per hour.' })
  rateYen!: bigint;

  @Field(() => YenScalar, { description: 'approvedMinutes × rateYen / 60, rounded down to whole yen.' })
  amountYen!: bigint;

  @Field(() => String, {
    nullable: true,
    description:
      "For an adjustment: the month worked (YYYY-MM), whose confirmed statement never changes; null for the statement month's own work.",
  })
  adjustmentOf!: string | null;
}

/** A line as the jsonb column keeps it: yen as decimal strings (JSON has no bigint; numbers past 2^53 lose digits). */
export interface StoredSettlementLine extends Omit<SettlementLine, 'rateYen' | 'amountYen' | 'adjustmentOf'> {
  rateYen: string | number;
  amountYen: string | number;
  adjustmentOf?: string | null;
}

export const settlementLinesTransformer = {
  to: (lines: SettlementLine[] | undefined) =>
    lines?.map((line): StoredSettlementLine => ({ ...line, rateYen: line.rateYen.toString(), amountYen: line.amountYen.toString() })),
  // Statements drawn up before Yen kept numbers (all below 2^53): both read back exactly.
  from: (lines: StoredSettlementLine[] | null) =>
    lines?.map((line): SettlementLine => ({
      ...line,
      rateYen: BigInt(line.rateYen),
      amountYen: BigInt(line.amountYen),
      adjustmentOf: line.adjustmentOf ?? null,
    })) ?? null,
};
