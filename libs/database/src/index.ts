export { startEmbeddedPostgres } from './embedded-postgres';
export type { EmbeddedPostgresHandle, EmbeddedPostgresOptions } from './embedded-postgres';
export { nodeDatabaseName, databaseUrl, ensureDatabase, dropDatabase, canConnect } from './database-url';
export { serviceDataSourceOptions, OFFLINE_DATABASE_URL } from './data-source-options';
export type { ServiceDataSourceInput } from './data-source-options';
export { runMigrations } from './run-migrations';
export { yenTransformer } from './yen-column';
export { isUniqueViolation, isCheckViolation, uuidsOnly } from './postgres-errors';
export { freePort, isPortFree } from './free-port';
