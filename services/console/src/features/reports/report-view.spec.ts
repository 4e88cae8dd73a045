import { adoptionPoints, formatRate, formatWhole, historyYears, scopedFigures } from './report-view';

const slice = (valueYen: string) => ({ orderCount: 1, valueYen });
const totals = { orders: slice('3'), publicSector: slice('2'), privateSector: slice('1'), routine: slice('3'), nonRoutine: slice('0') };
const part = (tag: string) => ({ totals: { ...totals, orders: slice(tag) }, byCategory: [], sharedWork: [], yearOverYear: [] });

describe('report view', () => {
  const report = {
    fiscalYear: 2025,
    orgs: [
      { orgId: 'tateshina', ...part('10') },
      { orgId: 'shiojiri', ...part('20') },
    ],
    consortium: part('30'),
  };

  it('picks the consortium for no scope, else the member, and nothing for a member without figures', () => {
    expect(scopedFigures(report, null)?.totals.orders.valueYen).toBe('30');
    expect(scopedFigures(report, 'shiojiri')?.totals.orders.valueYen).toBe('20');
    expect(scopedFigures(report, 'omachi')).toBeNull();
    expect(scopedFigures(undefined, null)).toBeNull();
    // An org admin's answer has no consortium part: its own org stands for it.
    expect(scopedFigures({ ...report, consortium: null }, null)?.totals.orders.valueYen).toBe('10');
  });

  it('prints 達成率 with one decimal and a dash without a figure', () => {
    expect(formatRate(104.5)).toBe('104.5%');
    expect(formatRate(100)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
    expect(formatWhole('9007199254740993')).toBe('9,007,199,254,740,993');
    expect(formatWhole(null)).toBe('—');
  });

  it('covers five years up to the chosen one and leaves out years without a consortium snapshot', () => {
    expect(historyYears(2026)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(
      adoptionPoints([
        { fiscalYear: 2024, consortium: { municipalityCount: null } },
        { fiscalYear: 2025, consortium: { municipalityCount: 3 } },
        { fiscalYear: 2026, consortium: null },
      ]),
    ).toEqual([{ fiscalYear: 2025, municipalities: 3 }]);
  });
});
