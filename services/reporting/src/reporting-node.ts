import { INestApplication, LogLevel } from '@nestjs/common';
import { runMigrations } from '@kyodo/database';
import { createServiceApp } from '@kyodo/subgraph';
import { ReportingAppModule, ReportingAppOptions } from './app.module';
import { reportingDataSourceOptions } from './data-source';

/** Builds (not yet listening) the hub's reporting service. main.ts and the test harness share it. */
export function createReportingApp(options: ReportingAppOptions, logLevel: LogLevel = 'warn'): Promise<INestApplication> {
  return createServiceApp(ReportingAppModule.forRoot(options), logLevel);
}

export function migrateReporting(databaseUrl: string): Promise<string[]> {
  return runMigrations(reportingDataSourceOptions(databaseUrl));
}
