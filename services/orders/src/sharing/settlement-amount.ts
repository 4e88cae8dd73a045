/** Yen for approved minutes at an hourly rate: exact integer arithmetic, rounded down once per line. */
export function settlementAmountYen(approvedMinutes: number, rateYen: bigint): bigint {
  // Minutes and rates are never negative, so bigint division's truncation is the floor.
  return (BigInt(approvedMinutes) * rateYen) / 60n;
}
