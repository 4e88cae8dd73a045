/**
 * Yen typed into a form: digits only (full-width digits and separators are accepted and
 * dropped), kept as the decimal string the `Yen` scalar carries, so no amount passes through a
 * JavaScript number.
 */
export function parseYenInput(value: string): string | null {
  const digits = value.normalize('NFKC').replace(/[,\s¥円]/g, '');
  return /^\d{1,13}$/.test(digits) ? digits.replace(/^0+(?=\d)/, '') : null;
}
