import { SkillStage } from '@kyodo/domain';
import { staffableStages } from './staffable-stages';

describe('staffableStages', () => {
  it('counts more advanced workers for lower-stage offers, never the other way round', () => {
    expect(staffableStages([{ stage: SkillStage.B, freeMinutes: 60 }])).toEqual([SkillStage.A, SkillStage.B]);
    expect(staffableStages([{ stage: SkillStage.A, freeMinutes: 10_000 }])).toEqual([SkillStage.A]);
  });

  it('needs at least an hour, summed over the stages that may do the work', () => {
    expect(
      staffableStages([
        { stage: SkillStage.C, freeMinutes: 30 },
        { stage: SkillStage.A, freeMinutes: 30 },
      ]),
    ).toEqual([SkillStage.A]);
    expect(staffableStages([{ stage: SkillStage.C, freeMinutes: 59 }])).toEqual([]);
  });
});
