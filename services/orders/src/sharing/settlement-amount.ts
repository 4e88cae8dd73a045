/** Yen for approved minutes at an hourly rate: exact integer arithmetic, rounded down once per line. */
export function settlementAmountYen(approvedMinutes: number, rateYen: number): number {
  return Math.floor((approvedMinutes * rateYen) / 60);
}
