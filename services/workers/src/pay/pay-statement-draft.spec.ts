import { PayBasis } from '../assignments/pay-basis.enum';
import { ApprovedWork, draftPayStatements, payLine } from './pay-statement-draft';

const hourly = (workerId: string, minutes: number, hourlyRateYen: bigint, withholding = false): ApprovedWork => ({
  assignmentId: `${workerId}-h${minutes}`,
  workerId,
  workedMonth: '2025-06',
  payBasis: PayBasis.HOURLY,
  hourlyRateYen,
  pieceRateYen: null,
  withholding,
  minutes,
  quantity: null,
});
const piece = (workerId: string, quantity: number, pieceRateYen: bigint, withholding = false): ApprovedWork => ({
  assignmentId: `${workerId}-p${quantity}`,
  workerId,
  workedMonth: '2025-06',
  payBasis: PayBasis.PIECE,
  hourlyRateYen: null,
  pieceRateYen,
  withholding,
  minutes: 60,
  quantity,
});

describe('pay statement drafts', () => {
  it('pays minutes × hourly rate ÷ 60, a fraction of a yen rounded half up', () => {
    expect(payLine(hourly('w', 600, 1_100n)).amountYen).toBe(11_000n);
    expect(payLine(hourly('w', 1, 1_029n)).amountYen).toBe(17n); // 17.15
    expect(payLine(hourly('w', 1, 1_050n)).amountYen).toBe(18n); // 17.5
    expect(payLine(hourly('w', 1, 1_049n)).amountYen).toBe(17n); // 17.483…
  });

  it('pays pieces × piece rate', () => {
    expect(payLine(piece('w', 500, 5n))).toMatchObject({ quantity: 500, rateYen: 5n, amountYen: 2_500n, minutes: 60 });
  });

  it('makes one statement per worker, withholding on the flagged lines only, once on their sum', () => {
    const [a, b] = draftPayStatements([
      hourly('a', 600, 1_000n, true),
      piece('b', 100, 30n),
      piece('a', 1_000, 10n, true),
      hourly('a', 120, 900n),
    ]);
    // a: 10,000 + 10,000 subject to withholding (20,000 → 2,042) + 1,800 not subject.
    expect(a).toMatchObject({
      workerId: 'a',
      minutes: 780,
      grossYen: 21_800n,
      withholdingBaseYen: 20_000n,
      withholdingYen: 2_042n,
      netYen: 19_758n,
    });
    expect(a.lines.map((l) => l.amountYen)).toEqual([10_000n, 10_000n, 1_800n]);
    expect(b).toMatchObject({ workerId: 'b', grossYen: 3_000n, withholdingBaseYen: 0n, withholdingYen: 0n, netYen: 3_000n });
  });

  it('computes exactly past 2^53: ¥9,007,199,254,740,993 a piece, summed over lines', () => {
    const [s] = draftPayStatements([piece('a', 1, 9_007_199_254_740_993n, true), piece('a', 2, 9_007_199_254_740_993n)]);
    expect(s.grossYen).toBe(27_021_597_764_222_979n);
    expect(s.withholdingBaseYen).toBe(9_007_199_254_740_993n);
    // 1,000,000 × 10.21% + 9,007,199,253,740,993 × 20.42%, rounded down once.
    expect(s.withholdingYen).toBe((1_000_000n * 1021n + 9_007_199_253_740_993n * 2042n) / 10000n);
    expect(s.netYen).toBe(s.grossYen - s.withholdingYen);
    expect(payLine(hourly('w', 1440, 9_007_199_254_740_993n)).amountYen).toBe(216_172_782_113_783_832n);
  });

  it('withholds 20.42% above ¥1,000,000 of a month', () => {
    const [s] = draftPayStatements([piece('a', 1, 1_000_001n, true)]);
    expect(s).toMatchObject({ grossYen: 1_000_001n, withholdingYen: 102_100n, netYen: 897_901n });
  });
});
