import { SkillStage } from '@kyodo/domain';
import { assessFeasibility, assessWithConsortium } from './assess-feasibility';
import type { StageFreeCapacity } from './assess-feasibility';

const capacity = (a: number, b: number, c: number): StageFreeCapacity[] => [
  { stage: SkillStage.A, freeMinutes: a },
  { stage: SkillStage.B, freeMinutes: b },
  { stage: SkillStage.C, freeMinutes: c },
];

describe('assessFeasibility', () => {
  it('is feasible when the required stage alone has the minutes', () => {
    const result = assessFeasibility({ [SkillStage.A]: 600 }, capacity(600, 0, 0));
    expect(result.verdict).toBe('FEASIBLE');
    expect(result.stages).toEqual([
      { stage: 'A', requiredMinutes: 600, freeMinutes: 600, shortMinutes: 0 },
      { stage: 'B', requiredMinutes: 0, freeMinutes: 0, shortMinutes: 0 },
      { stage: 'C', requiredMinutes: 0, freeMinutes: 0, shortMinutes: 0 },
    ]);
  });

  it('lets more advanced workers take work of a lower stage', () => {
    expect(assessFeasibility({ [SkillStage.A]: 600 }, capacity(100, 300, 200)).verdict).toBe('FEASIBLE');
  });

  it('never lets less advanced workers take work of a higher stage, and reports the shortfall at that stage', () => {
    const result = assessFeasibility({ [SkillStage.B]: 600 }, capacity(10_000, 200, 100));
    expect(result.verdict).toBe('SHORT');
    expect(result.stages.find((s) => s.stage === 'B')).toEqual({ stage: 'B', requiredMinutes: 600, freeMinutes: 200, shortMinutes: 300 });
    expect(result.stages.filter((s) => s.stage !== 'B').map((s) => s.shortMinutes)).toEqual([0, 0]);
  });

  it('keeps advanced capacity for the work only advanced workers can do', () => {
    // A work drawing on C first would leave the C work short; served C-first, both fit.
    const result = assessFeasibility({ [SkillStage.C]: 300, [SkillStage.A]: 300 }, capacity(300, 0, 300));
    expect(result.verdict).toBe('FEASIBLE');
    const tight = assessFeasibility({ [SkillStage.C]: 300, [SkillStage.A]: 301 }, capacity(300, 0, 300));
    expect(tight.stages.map((s) => s.shortMinutes)).toEqual([1, 0, 0]);
  });

  it('is short by everything when the org has no free capacity at all', () => {
    const result = assessFeasibility({ [SkillStage.C]: 60 }, []);
    expect(result).toEqual({
      verdict: 'SHORT',
      stages: [
        { stage: 'A', requiredMinutes: 0, freeMinutes: 0, shortMinutes: 0 },
        { stage: 'B', requiredMinutes: 0, freeMinutes: 0, shortMinutes: 0 },
        { stage: 'C', requiredMinutes: 60, freeMinutes: 0, shortMinutes: 60 },
      ],
    });
  });
});

describe('assessWithConsortium', () => {
  const partner = (a: number, b: number, c: number) => capacity(a, b, c);

  it('stays FEASIBLE on the own capacity whatever partners have', () => {
    expect(assessWithConsortium({ [SkillStage.A]: 600 }, capacity(600, 0, 0), partner(0, 0, 0)).verdict).toBe('FEASIBLE');
  });

  it("answers FEASIBLE_WITH_CONSORTIUM when partners cover the shortfall, keeping the org's own shortfall in the stages", () => {
    const result = assessWithConsortium({ [SkillStage.B]: 600 }, capacity(0, 200, 0), partner(0, 400, 0));
    expect(result.verdict).toBe('FEASIBLE_WITH_CONSORTIUM');
    expect(result.stages.find((s) => s.stage === 'B')).toEqual({ stage: 'B', requiredMinutes: 600, freeMinutes: 200, shortMinutes: 400 });
  });

  it('stays SHORT when partners cannot cover it either, e.g. only below the stage', () => {
    expect(assessWithConsortium({ [SkillStage.B]: 600 }, capacity(0, 200, 0), partner(10_000, 399, 0)).verdict).toBe('SHORT');
  });
});
