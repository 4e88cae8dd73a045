export { SKILL_STAGES, SKILL_STAGE_GRAPHQL_NAME, SkillAxis, SkillStage, higherStage, meetsStage, stageAbove } from './skill-stage';
export { fiscalYearOf, fiscalYearRange, tokyoToday } from './fiscal-year';
export { ORG_SCOPED_KEY, ORG_SCOPED_REFERENCE } from './org-scoped-key';
export type { OrgScopedRef } from './org-scoped-key';
export { DEMO_HOSTED, DEMO_OPERATED_BY, DEMO_OPERATOR_IDENTITIES, DEMO_ORGS, DEMO_PROGRAMMES, NODE_SUBGRAPHS } from './consortium';
export { IssuerNotPublishedError, issuerNameLine, operatorOf, REGISTRATION_NUMBER_PATTERN, resolveDocumentIssuer } from './document-issuer';
export type { DocumentIssuer, LegalIdentity, OperatorPublication } from './document-issuer';
export type { DemoOrg, NodeSubgraph } from './consortium';
export { FAN_OUT_FIELDS, CROSS_ORG_FIELDS, FEATURE_OF_OPERATION } from './consortium-operations';
export type { FanOutRule, MergeKey } from './consortium-operations';
export { SECURITY_COURSE_CODE } from './security-course';
export { MemberFeature, MemberStatus, ROUTING_TABLE_MAX_WAIT_MS, ROUTING_TABLE_PATH } from './routing-table';
export type { MemberAccess, NodeLookup, NodeUrlMap, RoutableNode, RoutingEntry, RoutingTable } from './routing-table';
export { canActAsPartnerOperator, FEATURES_BY_FORM, OperatingForm } from './operating-form';
export { BANK_ACCOUNT_TYPE_LABEL, BankAccountType } from './bank-account-type';
export { CIRCUIT_REPORT_INTERVAL_MS, CIRCUIT_REPORT_PATH, CIRCUIT_STATES } from './circuit-report';
export type { CircuitReport, CircuitState, NodeCircuitState } from './circuit-report';
export {
  actorsFor,
  DEFAULT_DELEGATED_FUNCTIONS,
  DEFAULT_OPERATOR_CONFIRMATIONS,
  DelegatedFunction,
  delegatedFunctionOf,
  mayActFor,
  OPERATIONS_OF_DELEGATED_FUNCTION,
  OPERATOR_FOR_CLAIM,
  operatorGroupName,
} from './delegation';
export type { DelegatedActor, Delegation } from './delegation';
