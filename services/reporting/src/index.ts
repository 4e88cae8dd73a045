// The reporting service's public entry for tools and end-to-end tests (never for other services).
export { createReportingApp, migrateReporting } from './reporting-node';
export type { ReportingAppOptions } from './app.module';
