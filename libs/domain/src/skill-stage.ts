import { registerEnumType } from '@nestjs/graphql';

/** Skill stage A/B/C on one axis (IT or business); A is the most experienced. */
export enum SkillStage {
  A = 'A',
  B = 'B',
  C = 'C',
}

registerEnumType(SkillStage, { name: 'SkillStage', description: 'Skill stage: A (most experienced), B, C (beginner).' });

const RANK: Record<SkillStage, number> = { [SkillStage.C]: 1, [SkillStage.B]: 2, [SkillStage.A]: 3 };

/** True when `stage` meets or exceeds `required`. */
export function meetsStage(stage: SkillStage, required: SkillStage): boolean {
  return RANK[stage] >= RANK[required];
}

/** The two axes of the skill map: a worker has a stage on each. */
export enum SkillAxis {
  IT = 'IT',
  BUSINESS = 'BUSINESS',
}

registerEnumType(SkillAxis, { name: 'SkillAxis', description: 'Axis of the skill map: IT skill or business skill.' });
