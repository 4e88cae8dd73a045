import { monthsOf, rankWorkers, type CandidateWorker } from './eligibility';

const worker = (id: string, it: 'A' | 'B' | 'C', business: 'A' | 'B' | 'C', extra: Partial<CandidateWorker> = {}): CandidateWorker => ({
  id,
  itStage: it,
  businessStage: business,
  ndaSignedOn: '2026-04-01',
  monthlyHourCap: 60,
  ...extra,
});

describe('rankWorkers', () => {
  const needs = { requiredStage: 'B' as const, confidential: false, minutesPerMonth: 600 };

  it('puts eligible workers first, the closest stage first, and says why the others are out', () => {
    const ranked = rankWorkers([worker('low', 'A', 'C'), worker('top', 'C', 'C'), worker('fit', 'B', 'C')], needs);
    expect(ranked.map((r) => [r.worker.id, r.reasons])).toEqual([
      ['fit', []],
      ['top', []],
      ['low', ['STAGE']],
    ]);
  });

  it('reads the lower of the two axes as the stage, as capacity does', () => {
    expect(rankWorkers([worker('w', 'C', 'A')], needs)[0]).toMatchObject({ stage: 'A', reasons: ['STAGE'] });
  });

  it('keeps a worker without an NDA off confidential work, and one without the hours off any', () => {
    const ranked = rankWorkers([worker('no-nda', 'B', 'B', { ndaSignedOn: null }), worker('busy', 'B', 'B', { monthlyHourCap: 5 })], {
      ...needs,
      confidential: true,
    });
    expect(Object.fromEntries(ranked.map((r) => [r.worker.id, r.reasons]))).toEqual({ 'no-nda': ['NDA'], busy: ['HOURS'] });
  });

  it('prefers the worker with more monthly hours among equals', () => {
    const ranked = rankWorkers([worker('a', 'B', 'B', { monthlyHourCap: 20 }), worker('b', 'B', 'B', { monthlyHourCap: 80 })], needs);
    expect(ranked.map((r) => r.worker.id)).toEqual(['b', 'a']);
  });
});

describe('monthsOf', () => {
  it('counts the calendar months a period touches', () => {
    expect(monthsOf('2026-12-07', '2026-12-31')).toBe(1);
    expect(monthsOf('2026-12-07', '2027-01-06')).toBe(2);
  });
});
