/** What a certificate prints, gathered by CertificatesService and drawn by the PDF renderers. */

import type { WorkLocation } from '../workers/work-location.enum';
import type { DocumentIssuer } from '@kyodo/domain';

export interface CertifiedWorker {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  address: string | null;
  /** YYYY-MM-DD; printed only when recorded. */
  dateOfBirth: string | null;
  workLocation: WorkLocation;
  /** Minutes per weekday, Sunday first: the worker's registered weekly availability (予定). */
  availabilityMinutes: number[];
  contractStart: string | null;
  contractEnd: string | null;
}

export interface CertificateHeader {
  /** Who issues it (DocumentIssuers): legal name, registration number, address, phone, representative and, for a town operated by another, its programme. */
  issuer: DocumentIssuer;
  /** YYYY-MM-DD, Asia/Tokyo. */
  issuedOn: string;
  worker: CertifiedWorker;
  from: string;
  to: string;
}

export interface WorkMonth {
  month: string;
  /** Distinct days with approved work. */
  days: number;
  /** Approved minutes worked in the month, corrections paid later as adjustments included. */
  minutes: number;
  /** Whether the month's pay is closed; an open month is labelled 締め前. */
  payClosed: boolean;
}

export interface WorkCertificateData extends CertificateHeader {
  months: WorkMonth[];
}

export interface PaymentMonth {
  month: string;
  /** Null while the month's pay is not closed: nothing is certified for it yet. */
  paid: { grossYen: bigint; withholdingYen: bigint; netYen: bigint } | null;
}

export interface PaymentCertificateData extends CertificateHeader {
  months: PaymentMonth[];
}
