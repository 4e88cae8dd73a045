import type { TaxSummary } from './consumption-tax';
import { InvoiceKind } from './invoice-kind.enum';

/** Everything an invoice PDF prints: from the document's snapshot (invoice-snapshot.ts). */
export interface InvoiceDocument {
  kind: InvoiceKind;
  /** e.g. 2026-000012: fiscal year and the gapless number. */
  numberLabel: string;
  issuedOn: string;
  issuer: {
    name: string;
    registrationNumber: string | null;
    address: string | null;
    phone: string | null;
    /** The town's programme a partner operator issues for; absent or null when the member issues in its own name. */
    programme?: string | null;
    /** 振込先; null only on documents issued before snapshots (no bank account then). */
    bankAccount: { bankName: string; branch: string; type: string; number: string; holder: string } | null;
  };
  clientName: string;
  /** Credit notes: the corrected invoice's number label and why. */
  corrects: { numberLabel: string; reason: string | null } | null;
  /** transactionOn: 取引年月日 of the line (null on documents issued before snapshots). */
  lines: { position: number; description: string; taxRatePercent: number; amountYen: bigint; transactionOn: string | null }[];
  /** The first and last 取引年月日 of the lines. */
  transactionPeriod: { from: string; to: string } | null;
  /** 支払期限 */
  paymentDueOn: string | null;
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
