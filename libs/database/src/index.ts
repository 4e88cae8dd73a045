export { startEmbeddedPostgres } from './embedded-postgres';
export type { EmbeddedPostgresHandle, EmbeddedPostgresOptions } from './embedded-postgres';
export { nodeDatabaseName, databaseUrl, ensureDatabase, dropDatabase, canConnect } from './database-url';
export { serviceDataSourceOptions } from './data-source-options';
export type { ServiceDataSourceInput } from './data-source-options';
export { runMigrations } from './run-migrations';
