// The workers service's public entry for tools and end-to-end tests (never for other services).
export { createWorkersApp, migrateWorkers } from './workers-node';
export type { WorkersAppOptions } from './app.module';
