import { registerEnumType } from '@nestjs/graphql';

/**
 * Skill stage on one axis (IT or business) of the operators' skill map (スキルマップ):
 * A is the entry level (basic PC operation; delivers what is asked on time), B the middle,
 * C the most advanced (specialised software; works on own judgement). So the letters sort the
 * way the stages rank, in code and in SQL alike.
 */
export enum SkillStage {
  A = 'A',
  B = 'B',
  C = 'C',
}

/**
 * The GraphQL name carries the skill map's version. Until version 2 Kyodo read the stages the
 * other way round (A most experienced); renaming the type makes a node that still does so break
 * the composed schema, so the registry keeps it out of routing instead of mixing both readings.
 */
export const SKILL_STAGE_GRAPHQL_NAME = 'SkillStageV2';

registerEnumType(SkillStage, {
  name: SKILL_STAGE_GRAPHQL_NAME,
  description: 'Skill stage per the skill map (スキルマップ, version 2): A (entry), B, C (most advanced).',
  valuesMap: {
    A: { description: 'Entry level: basic PC operation; delivers what is asked on time.' },
    B: { description: 'Between A and C.' },
    C: { description: 'Most advanced: specialised software; works on own judgement.' },
  },
});

/** Entry level first, most advanced last. */
export const SKILL_STAGES: readonly SkillStage[] = [SkillStage.A, SkillStage.B, SkillStage.C];

const RANK: Record<SkillStage, number> = { [SkillStage.A]: 1, [SkillStage.B]: 2, [SkillStage.C]: 3 };

/** True when `stage` meets or exceeds `required`. */
export function meetsStage(stage: SkillStage, required: SkillStage): boolean {
  return RANK[stage] >= RANK[required];
}

/** The stage above `stage` (A → B → C); null at the most advanced. */
export function stageAbove(stage: SkillStage): SkillStage | null {
  return SKILL_STAGES[RANK[stage]] ?? null;
}

/** The more advanced (more demanding) of two stages. */
export function higherStage(a: SkillStage, b: SkillStage): SkillStage {
  return meetsStage(a, b) ? a : b;
}

/** The skill map's two axes: a worker has a stage on each. */
export enum SkillAxis {
  IT = 'IT',
  BUSINESS = 'BUSINESS',
}

registerEnumType(SkillAxis, { name: 'SkillAxis', description: 'Axis of the skill map: IT skill or business skill.' });
