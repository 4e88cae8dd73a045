/**
 * The skill map (スキルマップ) a new member starts from: what promotes a worker on each axis.
 * Course codes are those of the consortium's catalogue template, which is seeded first; the
 * member's org-admin changes any rule afterwards (setPromotionRule).
 */
export const SKILL_MAP_TEMPLATE = [
  { axis: 'IT', toStage: 'B', requiredCourseCodes: ['SEC-BASIC', 'WIN-BASIC', 'OFFICE-BASIC'], minWorkMinutes: 50 * 60 },
  { axis: 'IT', toStage: 'C', requiredCourseCodes: ['MOS-PREP'], minWorkMinutes: 200 * 60 },
  { axis: 'BUSINESS', toStage: 'B', requiredCourseCodes: ['BIZ-BASIC', 'OPS-RULES', 'BIZ-SKILL-1'], minWorkMinutes: 50 * 60 },
  { axis: 'BUSINESS', toStage: 'C', requiredCourseCodes: ['BIZ-SKILL-2'], minWorkMinutes: 200 * 60 },
] as const;
