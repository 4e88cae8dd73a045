import { INestApplication, LogLevel } from '@nestjs/common';
import { runMigrations } from '@kyodo/database';
import { createServiceApp } from '@kyodo/subgraph';
import { WorkersAppModule, WorkersAppOptions } from './app.module';
import { workersDataSourceOptions } from './data-source';

/** Builds (not yet listening) the workers node of one org. main.ts and the test harness share it. */
export function createWorkersApp(options: WorkersAppOptions, logLevel: LogLevel = 'warn'): Promise<INestApplication> {
  return createServiceApp(WorkersAppModule.forRoot(options), logLevel);
}

export function migrateWorkers(databaseUrl: string): Promise<string[]> {
  return runMigrations(workersDataSourceOptions(databaseUrl));
}
