import { INestApplication, LogLevel } from '@nestjs/common';
import { runMigrations } from '@kyodo/database';
import { createServiceApp } from '@kyodo/subgraph';
import { ConsortiumAppModule, ConsortiumAppOptions } from './consortium.module';
import { consortiumDataSourceOptions } from './data-source';

/** Builds (not yet listening) the consortium service of the hub. */
export function createConsortiumApp(options: ConsortiumAppOptions, logLevel: LogLevel = 'warn'): Promise<INestApplication> {
  return createServiceApp(ConsortiumAppModule.forRoot(options), logLevel);
}

export function migrateConsortium(databaseUrl: string): Promise<string[]> {
  return runMigrations(consortiumDataSourceOptions(databaseUrl));
}
