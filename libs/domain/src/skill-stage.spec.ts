import { higherStage, meetsStage, SKILL_STAGES, SkillStage, stageAbove } from './skill-stage';

describe('skill stages (skill map version 2: A entry, C most advanced)', () => {
  it('lets a stage meet its own and lower requirements only', () => {
    expect(meetsStage(SkillStage.C, SkillStage.A)).toBe(true);
    expect(meetsStage(SkillStage.B, SkillStage.B)).toBe(true);
    expect(meetsStage(SkillStage.A, SkillStage.B)).toBe(false);
    expect(meetsStage(SkillStage.B, SkillStage.C)).toBe(false);
  });

  it('climbs A → B → C and stops at C', () => {
    expect(SKILL_STAGES).toEqual(['A', 'B', 'C']);
    expect(stageAbove(SkillStage.A)).toBe(SkillStage.B);
    expect(stageAbove(SkillStage.B)).toBe(SkillStage.C);
    expect(stageAbove(SkillStage.C)).toBeNull();
  });

  it('takes the more advanced of two stages as the more demanding', () => {
    expect(higherStage(SkillStage.A, SkillStage.C)).toBe(SkillStage.C);
    expect(higherStage(SkillStage.B, SkillStage.A)).toBe(SkillStage.B);
  });
});
