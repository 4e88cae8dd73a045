import type { TaxSummary } from './consumption-tax';
import { InvoiceKind } from './invoice-kind.enum';

/** Everything an invoice PDF prints, gathered from the org's database. */
export interface InvoiceDocument {
  kind: InvoiceKind;
  /** e.g. 2026-000012: fiscal year and the gapless number. */
  numberLabel: string;
  issuedOn: string;
  issuer: { name: string; registrationNumber: string | null; address: string | null; phone: string | null };
  clientName: string;
  /** Credit notes: the corrected invoice's number label and why. */
  corrects: { numberLabel: string; reason: string | null } | null;
  lines: { position: number; description: string; taxRatePercent: number; amountYen: bigint }[];
  totals: TaxSummary;
}

export function invoiceNumberLabel(fiscalYear: number, number: number): string {
  return `${fiscalYear}-${String(number).padStart(6, '0')}`;
}

export function invoiceFilename(kind: InvoiceKind, numberLabel: string): string {
  return `${kind === InvoiceKind.INVOICE ? 'invoice' : 'credit-note'}-${numberLabel}.pdf`;
}

/** ¥1,234,567: whole yen with thousands separators, every digit (bigint), independent of the process locale. */
export function yen(amount: bigint): string {
  return `¥${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** 2026-11-21 → 2026年11月21日 */
export function japaneseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
