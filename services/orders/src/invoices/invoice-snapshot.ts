import type { DocumentIssuer } from '@kyodo/domain';
import type { InvoiceSettingsEntity } from '../invoice-settings/invoice-settings.entity';
import { consumptionTax } from './consumption-tax';
import type { InvoiceDocument } from './invoice-document';
import { InvoiceKind } from './invoice-kind.enum';

/**
 * Everything an issued invoice or credit note prints, fixed when it is issued and stored with it
 * (invoices.snapshot, immutable like the rest of the row). Amounts are decimal strings: JSON has
 * no bigint, and a number would lose digits past 2^53.
 */
export interface InvoiceSnapshot {
  version: 1;
  kind: InvoiceKind;
  numberLabel: string;
  issuedOn: string;
  issuer: {
    name: string;
    registrationNumber: string;
    address: string;
    phone: string | null;
    /** The town's programme its partner operator issues for (e.g. 立科町テレワーク事業); absent or null when the member issues in its own name. */
    programme?: string | null;
    bankAccount: { bankName: string; branch: string; type: string; number: string; holder: string };
  };
  /** 受領者: the client the document is addressed to, by the name it had at issue. */
  recipient: { name: string };
  corrects: { numberLabel: string; reason: string | null } | null;
  /** 取引年月日 per line: the day the client accepted the delivery (検収日, Asia/Tokyo). */
  lines: { position: number; description: string; taxRatePercent: number; amountYen: string; transactionOn: string }[];
  /** 支払期限; null on a credit note. */
  paymentDueOn: string | null;
}

export interface SnapshotLine {
  position: number;
  description: string;
  taxRatePercent: number;
  amountYen: bigint;
  transactionOn: string;
}

/**
 * The issuer part of a snapshot: the resolved issuer (DocumentIssuers) and the account clients
 * transfer to, from the member's settings; the caller has checked both are complete (missingForIssue).
 */
export function issuerOf(issuer: DocumentIssuer, settings: InvoiceSettingsEntity): InvoiceSnapshot['issuer'] {
  return {
    name: issuer.legalName,
    registrationNumber: issuer.registrationNumber ?? '',
    address: issuer.address ?? '',
    phone: issuer.phone,
    programme: issuer.programme,
    bankAccount: {
      bankName: settings.bankName ?? '',
      branch: settings.bankBranch ?? '',
      type: settings.bankAccountType ?? '',
      number: settings.bankAccountNumber ?? '',
      holder: settings.bankAccountHolder ?? '',
    },
  };
}

export function snapshotLines(lines: readonly SnapshotLine[]): InvoiceSnapshot['lines'] {
  return lines.map((l) => ({ ...l, amountYen: l.amountYen.toString() }));
}

/** The PDF's content, from the snapshot alone; totals recomputed from its lines by the rule the database checked at issue. */
export function documentOf(snapshot: InvoiceSnapshot): InvoiceDocument {
  const lines = snapshot.lines.map((l) => ({ ...l, amountYen: BigInt(l.amountYen) }));
  const days = lines.map((l) => l.transactionOn).sort();
  return {
    kind: snapshot.kind,
    numberLabel: snapshot.numberLabel,
    issuedOn: snapshot.issuedOn,
    issuer: snapshot.issuer,
    clientName: snapshot.recipient.name,
    corrects: snapshot.corrects,
    lines,
    transactionPeriod: days.length > 0 ? { from: days[0], to: days[days.length - 1] } : null,
    paymentDueOn: snapshot.paymentDueOn,
    totals: consumptionTax(lines),
  };
}

/** 翌月末: the last day of the month after `isoDate`. */
export function endOfNextMonth(isoDate: string): string {
  const [y, m] = isoDate.split('-').map(Number);
  // Day 0 of the month after next is the last day of next month (m is 1-based, Date months 0-based).
  return new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10);
}
