export { subgraphGraphQLModule } from './subgraph-graphql.module';
export type { SubgraphRequestContext } from './subgraph-graphql.module';
export { DomainError } from './domain.error';
export { formatGraphQLError } from './graphql-error.formatter';
export { ServiceNodeModule } from './service-node.module';
export { HealthController } from './health.controller';
export type { HealthReport } from './health.controller';
export { NODE_IDENTITY, servedOrgIds } from './node-identity';
export { TARGET_ORG_HEADER, currentTargetOrg, runForOrg, markActingAsOperator, currentDelegatedAct } from './target-org';
export type { NodeIdentity } from './node-identity';
export { createServiceApp, printAppSubgraphSdl } from './bootstrap';
export { requestLoader, alignByKey } from './request-loader';
export { PageInfo, PageArgs, PageOf, encodeCursor, decodeCursor, toPage, encodeKeyCursor, decodeKeyCursor } from './pagination';
export type { Page, KeysetCursor, KeyValue } from './pagination';
export { OrgNode } from './org-node';
export { OrgArgs, OrgPageArgs } from './org.args';
export { Public, PUBLIC_KEY } from './public.decorator';
export { runServiceMain } from './service-main';
export type { ServiceEntry } from './service-main';
export { OrgScopedEntity } from './org-scoped.entity';
export { GatewayClient, GATEWAY_CLIENT } from './gateway-client';
export type { OnBehalfOf, TypedOperation, UpstreamErrorCode } from './gateway-client';
export { SubgraphSchemaModule, SubgraphSdlService, subgraphSdlOf, sdlHash } from './subgraph-schema';
export type { SubgraphSdl } from './subgraph-schema';
export { FiscalYearArgs, IsFiscalYear } from './fiscal-year.args';
export {
  GATEWAY_OPERATION_LIMITS,
  NODE_OPERATION_LIMITS,
  ASSUMED_LIST_SIZE,
  countTokens,
  measureOperation,
  operationCost,
  limitRefusal,
  limitsFromConfig,
  operationLimitsPlugin,
  operationParseOptions,
  withTokenLimitCode,
  isIntrospection,
} from './operation-limits';
export type { OperationLimits, OperationMeasure, OperationLimitCode, CostOptions } from './operation-limits';
export { executionGuardPlugin, executionLimitsFromEnv } from './execution-guard.plugin';
export type { ExecutionLimits, ExecutionLimitCode } from './execution-guard.plugin';
export * from './validation';
export { RedactingLogger } from './logging/redacting.logger';
export { redactForLog, REDACTED_KEYS, REDACTED } from './logging/redaction';
export { YenScalar, WholeNumberScalar, parseYen } from './yen.scalar';
