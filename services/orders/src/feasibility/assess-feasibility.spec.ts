import { SkillStage } from '@kyodo/domain';
import { assessFeasibility, assessWithConsortium } from './assess-feasibility';
import type { StageFreeCapacity } from './capacity-source';

const capacity = (a: number, b: number, c: number): StageFreeCapacity[] => [
  { stage: SkillStage.A, workerCount: 1, freeMinutes: a },
  { stage: SkillStage.B, workerCount: 1, freeMinutes: b },
  { stage: SkillStage.C, workerCount: 1, freeMinutes: c },
];

describe('assessFeasibility', () => {
  it('is feasible when the required stage alone has the minutes', () => {
    const result = assessFeasibility({ [SkillStage.C]: 600 }, capacity(0, 0, 600));
    expect(result.verdict).toBe('FEASIBLE');
    expect(result.stages).toEqual([
      { stage: 'A', requiredMinutes: 0, freeMinutes: 0, shortMinutes: 0 },
      { stage: 'B', requiredMinutes: 0, freeMinutes: 0, shortMinutes: 0 },
      { stage: 'C', requiredMinutes: 600, freeMinutes: 600, shortMinutes: 0 },
    ]);
  });

  it('lets more experienced workers take work of a lower stage', () => {
    expect(assessFeasibility({ [SkillStage.C]: 600 }, capacity(200, 300, 100)).verdict).toBe('FEASIBLE');
  });

  it('never lets less experienced workers take work of a higher stage, and reports the shortfall at that stage', () => {
    const result = assessFeasibility({ [SkillStage.B]: 600 }, capacity(100, 200, 10_000));
    expect(result.verdict).toBe('SHORT');
    expect(result.stages.find((s) => s.stage === 'B')).toEqual({ stage: 'B', requiredMinutes: 600, freeMinutes: 200, shortMinutes: 300 });
    expect(result.stages.filter((s) => s.stage !== 'B').map((s) => s.shortMinutes)).toEqual([0, 0]);
  });

  it('keeps senior capacity for the work only seniors can do', () => {
    // C work drawing on A first would leave the A work short; served A-first, both fit.
    const result = assessFeasibility({ [SkillStage.A]: 300, [SkillStage.C]: 300 }, capacity(300, 0, 300));
    expect(result.verdict).toBe('FEASIBLE');
    const tight = assessFeasibility({ [SkillStage.A]: 300, [SkillStage.C]: 301 }, capacity(300, 0, 300));
    expect(tight.stages.map((s) => s.shortMinutes)).toEqual([0, 0, 1]);
  });

  it('is short by everything when the org has no free capacity at all', () => {
    const result = assessFeasibility({ [SkillStage.A]: 60 }, []);
    expect(result).toEqual({
      verdict: 'SHORT',
      stages: [
        { stage: 'A', requiredMinutes: 60, freeMinutes: 0, shortMinutes: 60 },
        { stage: 'B', requiredMinutes: 0, freeMinutes: 0, shortMinutes: 0 },
        { stage: 'C', requiredMinutes: 0, freeMinutes: 0, shortMinutes: 0 },
      ],
    });
  });
});

describe('assessWithConsortium', () => {
  const partner = (a: number, b: number, c: number) => capacity(a, b, c);

  it('stays FEASIBLE on the own capacity whatever partners have', () => {
    expect(assessWithConsortium({ [SkillStage.C]: 600 }, capacity(0, 0, 600), partner(0, 0, 0)).verdict).toBe('FEASIBLE');
  });

  it("answers FEASIBLE_WITH_CONSORTIUM when partners cover the shortfall, keeping the org's own shortfall in the stages", () => {
    const result = assessWithConsortium({ [SkillStage.B]: 600 }, capacity(0, 200, 0), partner(0, 400, 0));
    expect(result.verdict).toBe('FEASIBLE_WITH_CONSORTIUM');
    expect(result.stages.find((s) => s.stage === 'B')).toEqual({ stage: 'B', requiredMinutes: 600, freeMinutes: 200, shortMinutes: 400 });
  });

  it('stays SHORT when partners cannot cover it either, e.g. only below the stage', () => {
    expect(assessWithConsortium({ [SkillStage.B]: 600 }, capacity(0, 200, 0), partner(0, 399, 10_000)).verdict).toBe('SHORT');
  });
});
