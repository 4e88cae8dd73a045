/**
 * 源泉徴収 on a fee paid to an individual (所得税法 第204条, with the 復興特別所得税 surcharge):
 * 10.21% of one payment up to ¥1,000,000 and 20.42% of the part above, rounded down to whole yen.
 */
export const WITHHOLDING_THRESHOLD_YEN = 1_000_000;

/** Exact integer arithmetic: the rates are 1021 and 2042 ten-thousandths. */
export function withholdingTaxYen(paymentYen: number): number {
  if (!Number.isSafeInteger(paymentYen) || paymentYen < 0)
    throw new RangeError(`A payment is a whole, non-negative number of yen, not ${paymentYen}`);
  return Number(withholdingTaxOf(BigInt(paymentYen)));
}

/** The same on a bigint amount (the Yen scalar's), exact at any size. */
export function withholdingTaxOf(payment: bigint): bigint {
  if (payment < 0n) throw new RangeError(`A payment is a whole, non-negative number of yen, not ${payment}`);
  const threshold = BigInt(WITHHOLDING_THRESHOLD_YEN);
  const lower = payment < threshold ? payment : threshold;
  const upper = payment - lower;
  // Each part's tax is exact up to its fraction; the sum is rounded down once.
  return (lower * 1021n + upper * 2042n) / 10000n;
}
