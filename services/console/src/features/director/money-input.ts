/**
 * Yen typed into a form: digits only (full-width digits and separators are accepted and
 * dropped). Kept as a decimal string until it is sent, so the same form serves the `Yen` scalar
 * (decimal strings); `toApiYen` is the one place that adapts it to what today's schema takes.
 */
export function parseYenInput(value: string): string | null {
  const digits = value.normalize('NFKC').replace(/[,\s¥円]/g, '');
  return /^\d{1,13}$/.test(digits) ? digits.replace(/^0+(?=\d)/, '') : null;
}

/** Today's schema takes yen as Int (at most 2,000,000,000); the Yen scalar will take the string. */
export function toApiYen(digits: string): number {
  return Number(digits);
}
