/**
 * part / whole as a percentage with one decimal, rounded half away from zero, computed in
 * integers (BigInt) so that no yen amount is ever a float on the way. null when whole is 0.
 */
export function percentOneDecimal(part: bigint | number, whole: bigint | number): number | null {
  const p0 = BigInt(part);
  const w0 = BigInt(whole);
  if (w0 === 0n) return null;
  const negative = p0 < 0n !== w0 < 0n && p0 !== 0n;
  const p = (p0 < 0n ? -p0 : p0) * 1000n;
  const w = w0 < 0n ? -w0 : w0;
  const tenths = (p * 2n + w) / (2n * w);
  return (negative ? -Number(tenths) : Number(tenths)) / 10;
}

/** total / count in whole yen, rounded half up; 0 when nobody is counted. */
export function averageYen(total: bigint, count: number): bigint {
  if (count === 0) return 0n;
  const n = BigInt(count);
  // Floor division for negative totals too (BigInt division truncates toward zero).
  const twice = 2n * total + n;
  const q = twice / (2n * n);
  return twice % (2n * n) < 0n ? q - 1n : q;
}
