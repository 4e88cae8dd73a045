export { EnvVar, describeEnv } from './env-var.decorator';
export type { EnvVarDescriptor, EnvVarOptions } from './env-var.decorator';
export { loadConfig, ConfigValidationError } from './load-config';
export type { ConfigProblem } from './load-config';
export { IsPort, IsEnvInt, IsEnvBoolean, IsOrgId, IsPostgresUrl, IsOptionalPostgresUrl, IsHttpUrl, ORG_ID_PATTERN } from './validators';
export { NodeConfig } from './node.config';
export { HubServiceConfig } from './hub.config';
export { ServiceConfig, authOptionsOf } from './service.config';
export { DatabaseServiceConfig, MigrateConfig } from './database-service.config';
