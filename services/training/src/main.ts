import 'reflect-metadata';
import { OFFLINE_AUTH, ServiceAccountTokens, TRAINING_CLIENT } from '@kyodo/auth';
import { authOptionsOf, hostedOrgIdsOf, operatedByOf, loadConfig, MigrateConfig } from '@kyodo/config';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { runServiceMain } from '@kyodo/subgraph';
import { TrainingConfig } from './training.config';
import { createTrainingApp, migrateTraining } from './training-node';
import { gatewayUpstream } from './upstream/training-upstream';

// `main.ts` serves, `main.ts migrate` migrates DATABASE_URL, `main.ts print-schema` prints the SDL.
void runServiceMain({
  serve: async () => {
    const config = loadConfig(TrainingConfig);
    if (config.MIGRATE_ON_START) await migrateTraining(config.DATABASE_URL);
    const auth = authOptionsOf(config);
    const serviceAccount = config.TRAINING_CLIENT_SECRET
      ? new ServiceAccountTokens({
          keycloakUrl: auth.keycloakUrl,
          realm: auth.realm,
          clientId: TRAINING_CLIENT,
          clientSecret: config.TRAINING_CLIENT_SECRET,
        })
      : undefined;
    const app = await createTrainingApp(
      {
        orgId: config.ORG_ID,
        hostedOrgIds: hostedOrgIdsOf(config),
        operatedBy: operatedByOf(config),
        databaseUrl: config.DATABASE_URL,
        auth,
        upstream: gatewayUpstream(config.GATEWAY_URL, serviceAccount),
        outboxSweepMs: config.OUTBOX_SWEEP_MS,
      },
      config.LOG_LEVEL,
    );
    return { app, port: config.PORT };
  },
  migrate: () => migrateTraining(loadConfig(MigrateConfig).DATABASE_URL),
  offline: () =>
    createTrainingApp(
      {
        orgId: 'schema',
        databaseUrl: OFFLINE_DATABASE_URL,
        connectToDatabase: false,
        auth: OFFLINE_AUTH,
        upstream: gatewayUpstream(undefined),
      },
      'error',
    ),
});
