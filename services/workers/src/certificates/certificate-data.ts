/** What a certificate prints, gathered by CertificatesService and drawn by the PDF renderers. */

export interface CertifiedWorker {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  address: string | null;
  contractStart: string | null;
  contractEnd: string | null;
}

export interface CertificateHeader {
  /** The issuing member, as printed (e.g. 立科町). */
  issuer: string;
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
