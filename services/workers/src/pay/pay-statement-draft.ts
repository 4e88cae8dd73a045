import { PayBasis } from '../assignments/pay-basis.enum';
import { withholdingTaxYen } from './withholding-tax';

/** What one assignment's approved time entries of a month add up to. */
export interface ApprovedWork {
  assignmentId: string;
  workerId: string;
  payBasis: PayBasis;
  hourlyRateYen: number | null;
  pieceRateYen: number | null;
  withholding: boolean;
  minutes: number;
  /** Pieces, for a PIECE assignment; null for HOURLY. */
  quantity: number | null;
}

export interface PayLineDraft {
  assignmentId: string;
  payBasis: PayBasis;
  minutes: number;
  quantity: number | null;
  rateYen: number;
  amountYen: number;
  withholding: boolean;
}

export interface PayStatementDraft {
  workerId: string;
  minutes: number;
  grossYen: number;
  /** The part of the gross subject to withholding: the lines of assignments flagged for it. */
  withholdingBaseYen: number;
  withholdingYen: number;
  netYen: number;
  lines: PayLineDraft[];
}

function safeYen(yen: number): number {
  if (!Number.isSafeInteger(yen)) throw new RangeError(`¥${yen} is beyond what is computed exactly`);
  return yen;
}

/**
 * HOURLY: minutes × hourly rate ÷ 60, a fraction of a yen rounded half up (50銭 and above up,
 * the rounding Japanese wage practice allows). PIECE: pieces × piece rate, always whole yen.
 */
export function payLine(work: ApprovedWork): PayLineDraft {
  const { assignmentId, payBasis, minutes, withholding } = work;
  if (payBasis === PayBasis.PIECE) {
    const rateYen = work.pieceRateYen ?? 0;
    const quantity = work.quantity ?? 0;
    return { assignmentId, payBasis, minutes, quantity, rateYen, amountYen: safeYen(quantity * rateYen), withholding };
  }
  const rateYen = work.hourlyRateYen ?? 0;
  return { assignmentId, payBasis, minutes, quantity: null, rateYen, amountYen: safeYen(Math.floor((minutes * rateYen + 30) / 60)), withholding };
}

/**
 * One statement per worker: the lines of their assignments, and withholding computed once on
 * the month's payment subject to it (the month's pay is one payment).
 */
export function draftPayStatements(work: readonly ApprovedWork[]): PayStatementDraft[] {
  const byWorker = new Map<string, PayLineDraft[]>();
  for (const w of work) byWorker.set(w.workerId, [...(byWorker.get(w.workerId) ?? []), payLine(w)]);
  return [...byWorker].map(([workerId, lines]) => {
    const sum = (of: readonly PayLineDraft[], field: 'amountYen' | 'minutes') => safeYen(of.reduce((total, line) => total + line[field], 0));
    const grossYen = sum(lines, 'amountYen');
    const withholdingBaseYen = sum(lines.filter((l) => l.withholding), 'amountYen');
    const withholdingYen = withholdingTaxYen(withholdingBaseYen);
    return { workerId, minutes: sum(lines, 'minutes'), grossYen, withholdingBaseYen, withholdingYen, netYen: grossYen - withholdingYen, lines };
  });
}
