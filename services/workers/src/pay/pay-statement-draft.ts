import { PayBasis } from '../assignments/pay-basis.enum';
import { withholdingTaxOf } from './withholding-tax';

/** What one assignment's approved time entries of one month worked add up to, within a pay month. */
export interface ApprovedWork {
  assignmentId: string;
  workerId: string;
  /** YYYY-MM the work was done in: the pay month itself, or an earlier closed month for an adjustment. */
  workedMonth: string;
  payBasis: PayBasis;
  hourlyRateYen: bigint | null;
  pieceRateYen: bigint | null;
  withholding: boolean;
  minutes: number;
  /** Pieces, for a PIECE assignment; null for HOURLY. */
  quantity: number | null;
}

export interface PayLineDraft {
  assignmentId: string;
  workedMonth: string;
  payBasis: PayBasis;
  minutes: number;
  quantity: number | null;
  rateYen: bigint;
  amountYen: bigint;
  withholding: boolean;
}

export interface PayStatementDraft {
  workerId: string;
  minutes: number;
  grossYen: bigint;
  /** The part of the gross subject to withholding: the lines of assignments flagged for it. */
  withholdingBaseYen: bigint;
  withholdingYen: bigint;
  netYen: bigint;
  lines: PayLineDraft[];
}

/**
 * HOURLY: minutes × hourly rate ÷ 60, a fraction of a yen rounded half up (50銭 and above up,
 * the rounding Japanese wage practice allows). PIECE: pieces × piece rate, always whole yen.
 * Money is bigint throughout: a month's pay has no ceiling at 2^31 or 2^53.
 */
export function payLine(work: ApprovedWork): PayLineDraft {
  const { assignmentId, workedMonth, payBasis, minutes, withholding } = work;
  if (payBasis === PayBasis.PIECE) {
    const rateYen = work.pieceRateYen ?? 0n;
    const quantity = work.quantity ?? 0;
    return { assignmentId, workedMonth, payBasis, minutes, quantity, rateYen, amountYen: BigInt(quantity) * rateYen, withholding };
  }
  const rateYen = work.hourlyRateYen ?? 0n;
  // Rates and minutes are never negative (CHECKs), so bigint division's truncation is the floor.
  return {
    assignmentId,
    workedMonth,
    payBasis,
    minutes,
    quantity: null,
    rateYen,
    amountYen: (BigInt(minutes) * rateYen + 30n) / 60n,
    withholding,
  };
}

const sumYen = (lines: readonly PayLineDraft[]): bigint => lines.reduce((total, line) => total + line.amountYen, 0n);

/**
 * One statement per worker: the lines of their assignments (adjustments for closed months
 * included), and withholding computed once on the month's payment subject to it (the month's pay
 * is one payment).
 */
export function draftPayStatements(work: readonly ApprovedWork[]): PayStatementDraft[] {
  const byWorker = new Map<string, PayLineDraft[]>();
  for (const w of work) byWorker.set(w.workerId, [...(byWorker.get(w.workerId) ?? []), payLine(w)]);
  return [...byWorker].map(([workerId, lines]) => {
    const grossYen = sumYen(lines);
    const withholdingBaseYen = sumYen(lines.filter((l) => l.withholding));
    const withholdingYen = withholdingTaxOf(withholdingBaseYen);
    const minutes = lines.reduce((total, line) => total + line.minutes, 0);
    return { workerId, minutes, grossYen, withholdingBaseYen, withholdingYen, netYen: grossYen - withholdingYen, lines };
  });
}
