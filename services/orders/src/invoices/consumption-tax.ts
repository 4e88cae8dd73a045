/** The standard consumption tax rate (標準税率) in percent; 8 is the reduced rate (軽減税率). */
export const STANDARD_TAX_RATE = 10;

export interface TaxableLine {
  amountYen: number;
  taxRatePercent: number;
}

export interface TaxSummary {
  subtotalYen: number;
  taxYen: number;
  totalYen: number;
  /** Per rate, as a qualified invoice must state it. */
  byRate: { taxRatePercent: number; amountYen: number; taxYen: number }[];
}

/**
 * Qualified-invoice rule (インボイス制度): tax is computed once per invoice per rate on the sum of
 * that rate's lines and rounded down there, never per line. Integer arithmetic only.
 */
export function consumptionTax(lines: readonly TaxableLine[]): TaxSummary {
  const perRate = new Map<number, number>();
  for (const line of lines) perRate.set(line.taxRatePercent, (perRate.get(line.taxRatePercent) ?? 0) + line.amountYen);
  const byRate = [...perRate]
    .sort(([a], [b]) => b - a)
    .map(([taxRatePercent, amountYen]) => ({ taxRatePercent, amountYen, taxYen: Math.floor((amountYen * taxRatePercent) / 100) }));
  const subtotalYen = byRate.reduce((sum, r) => sum + r.amountYen, 0);
  const taxYen = byRate.reduce((sum, r) => sum + r.taxYen, 0);
  return { subtotalYen, taxYen, totalYen: subtotalYen + taxYen, byRate };
}
