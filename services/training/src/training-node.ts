import { INestApplication, LogLevel } from '@nestjs/common';
import { runMigrations } from '@kyodo/database';
import { createServiceApp } from '@kyodo/subgraph';
import { TrainingAppModule, TrainingAppOptions } from './app.module';
import { trainingDataSourceOptions } from './data-source';

/** Builds (not yet listening) the training node of one org. main.ts and the test harness share it. */
export function createTrainingApp(options: TrainingAppOptions, logLevel: LogLevel = 'warn'): Promise<INestApplication> {
  return createServiceApp(TrainingAppModule.forRoot(options), logLevel);
}

export function migrateTraining(databaseUrl: string): Promise<string[]> {
  return runMigrations(trainingDataSourceOptions(databaseUrl));
}
