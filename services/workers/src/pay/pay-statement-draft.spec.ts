import { PayBasis } from '../assignments/pay-basis.enum';
import { ApprovedWork, draftPayStatements, payLine } from './pay-statement-draft';

const hourly = (workerId: string, minutes: number, hourlyRateYen: number, withholding = false): ApprovedWork => ({
  assignmentId: `${workerId}-h${minutes}`,
  workerId,
  payBasis: PayBasis.HOURLY,
  hourlyRateYen,
  pieceRateYen: null,
  withholding,
  minutes,
  quantity: null,
});
const piece = (workerId: string, quantity: number, pieceRateYen: number, withholding = false): ApprovedWork => ({
  assignmentId: `${workerId}-p${quantity}`,
  workerId,
  payBasis: PayBasis.PIECE,
  hourlyRateYen: null,
  pieceRateYen,
  withholding,
  minutes: 60,
  quantity,
});

describe('pay statement drafts', () => {
  it('pays minutes × hourly rate ÷ 60, a fraction of a yen rounded half up', () => {
    expect(payLine(hourly('w', 600, 1_100)).amountYen).toBe(11_000);
    expect(payLine(hourly('w', 1, 1_029)).amountYen).toBe(17); // 17.15
    expect(payLine(hourly('w', 1, 1_050)).amountYen).toBe(18); // 17.5
    expect(payLine(hourly('w', 1, 1_049)).amountYen).toBe(17); // 17.483…
  });

  it('pays pieces × piece rate', () => {
    expect(payLine(piece('w', 500, 5))).toMatchObject({ quantity: 500, rateYen: 5, amountYen: 2_500, minutes: 60 });
  });

  it('makes one statement per worker, withholding on the flagged lines only, once on their sum', () => {
    const [a, b] = draftPayStatements([hourly('a', 600, 1_000, true), piece('b', 100, 30), piece('a', 1_000, 10, true), hourly('a', 120, 900)]);
    // a: 10,000 + 10,000 subject to withholding (20,000 → 2,042) + 1,800 not subject.
    expect(a).toMatchObject({ workerId: 'a', minutes: 780, grossYen: 21_800, withholdingBaseYen: 20_000, withholdingYen: 2_042, netYen: 19_758 });
    expect(a.lines.map((l) => l.amountYen)).toEqual([10_000, 10_000, 1_800]);
    expect(b).toMatchObject({ workerId: 'b', grossYen: 3_000, withholdingBaseYen: 0, withholdingYen: 0, netYen: 3_000 });
  });

  it('withholds 20.42% above ¥1,000,000 of a month', () => {
    const [s] = draftPayStatements([piece('a', 1, 1_000_001, true)]);
    expect(s).toMatchObject({ grossYen: 1_000_001, withholdingYen: 102_100, netYen: 897_901 });
  });
});
