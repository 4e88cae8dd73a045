export { SKILL_STAGES, SKILL_STAGE_GRAPHQL_NAME, SkillAxis, SkillStage, higherStage, meetsStage, stageAbove } from './skill-stage';
export { fiscalYearOf, fiscalYearRange, tokyoToday } from './fiscal-year';
export { ORG_SCOPED_KEY, ORG_SCOPED_REFERENCE } from './org-scoped-key';
export type { OrgScopedRef } from './org-scoped-key';
export { DEMO_ORGS, NODE_SUBGRAPHS } from './consortium';
export type { DemoOrg, NodeSubgraph } from './consortium';
export { FAN_OUT_FIELDS, CROSS_ORG_FIELDS } from './consortium-operations';
export type { FanOutRule, MergeKey } from './consortium-operations';
export { SECURITY_COURSE_CODE } from './security-course';
