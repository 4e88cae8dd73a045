/** The standard consumption tax rate (標準税率) in percent; 8 is the reduced rate (軽減税率). */
export const STANDARD_TAX_RATE = 10;

export interface TaxableLine {
  amountYen: bigint;
  taxRatePercent: number;
}

export interface TaxSummary {
  subtotalYen: bigint;
  taxYen: bigint;
  totalYen: bigint;
  /** Per rate, as a qualified invoice must state it. */
  byRate: { taxRatePercent: number; amountYen: bigint; taxYen: bigint }[];
}

/**
 * Qualified-invoice rule (インボイス制度): tax is computed once per invoice per rate on the sum of
 * that rate's lines and rounded down there, never per line. Exact bigint arithmetic (amounts
 * past 2^53 keep every digit; bigint division rounds toward zero, i.e. down for amounts >= 0).
 */
export function consumptionTax(lines: readonly TaxableLine[]): TaxSummary {
  const perRate = new Map<number, bigint>();
  for (const line of lines) perRate.set(line.taxRatePercent, (perRate.get(line.taxRatePercent) ?? 0n) + line.amountYen);
  const byRate = [...perRate]
    .sort(([a], [b]) => b - a)
    .map(([taxRatePercent, amountYen]) => ({ taxRatePercent, amountYen, taxYen: (amountYen * BigInt(taxRatePercent)) / 100n }));
  const subtotalYen = byRate.reduce((sum, r) => sum + r.amountYen, 0n);
  const taxYen = byRate.reduce((sum, r) => sum + r.taxYen, 0n);
  return { subtotalYen, taxYen, totalYen: subtotalYen + taxYen, byRate };
}
