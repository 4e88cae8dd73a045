import { createHash } from 'node:crypto';

/**
 * What the freelance act (第3条) requires a commission to state, frozen at issue: the PDF is drawn
 * from it and its SHA-256 is what a worker accepts. Amounts are whole yen.
 */
export interface CommissionTermsContent {
  /** 委託者: the legal name the work is commissioned under (DocumentIssuers: a town's partner operator, for a town operated by another). */
  commissioner: string;
  /**
   * The rest of the commissioner's identity: whose it is, its registration number and address,
   * and the town's programme when an operator commissions for it. Absent on terms issued before
   * it was recorded (their hash stays as accepted).
   */
  commissionerDetails?: { identityOrgId: string; registrationNumber: string | null; address: string | null; programme: string | null };
  /** 受託者: the worker, as named in the register. */
  workerName: string;
  /** 委託をした日, YYYY-MM-DD. */
  commissionedOn: string;
  /** 業務の内容. */
  workDescription: string;
  periodFrom: string;
  periodTo: string;
  plannedMinutes: number;
  /** 報酬の額: the rate and what it is paid for; yen as decimal strings (JSON has no bigint). */
  pay: { basis: 'HOURLY' | 'PIECE'; rateYen: string; estimateYen: string | null; withholding: boolean };
  /** 支払期日: the calendar's rule and the date for each month of the period. */
  payment: { rule: string; dates: { month: string; closingDate: string; paymentDate: string }[] };
  /** 給付を受領する期日・場所. */
  deliveryDate: string;
  deliveryPlace: string;
}

/** JSON with keys sorted at every level: PostgreSQL's jsonb does not keep key order, the hash must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hash of one version's terms, over the content and its version number. */
export function termsSha256(version: number, content: CommissionTermsContent): string {
  return createHash('sha256').update(canonicalJson({ version, content }), 'utf8').digest('hex');
}
