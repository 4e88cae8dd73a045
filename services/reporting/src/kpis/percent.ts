/**
 * part / whole as a percentage with one decimal, rounded half away from zero, computed in
 * integers (BigInt) so that no yen amount is ever a float on the way. null when whole is 0.
 */
export function percentOneDecimal(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const sign = Math.sign(part) * Math.sign(whole);
  const p = BigInt(Math.abs(part)) * 1000n;
  const w = BigInt(Math.abs(whole));
  const tenths = (p * 2n + w) / (2n * w);
  return (sign * Number(tenths)) / 10;
}

/** total / count in whole yen, rounded half up; 0 when nobody is counted. */
export function averageYen(total: number, count: number): number {
  return count === 0 ? 0 : Math.floor((2 * total + count) / (2 * count));
}
