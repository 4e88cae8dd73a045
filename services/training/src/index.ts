// The training service's public entry for tools and end-to-end tests (never for other services).
export { createTrainingApp, migrateTraining } from './training-node';
export type { TrainingAppOptions } from './app.module';
