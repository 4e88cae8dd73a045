import 'reflect-metadata';
import { OFFLINE_AUTH } from '@kyodo/auth';
import { authOptionsOf, hostedOrgIdsOf, operatedByOf, loadConfig, MigrateConfig, NodeConfig } from '@kyodo/config';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { runServiceMain } from '@kyodo/subgraph';
import { createTrainingApp, migrateTraining } from './training-node';
import { gatewayUpstream } from './upstream/training-upstream';

// `main.ts` serves, `main.ts migrate` migrates DATABASE_URL, `main.ts print-schema` prints the SDL.
void runServiceMain({
  serve: async () => {
    const config = loadConfig(NodeConfig);
    if (config.MIGRATE_ON_START) await migrateTraining(config.DATABASE_URL);
    const app = await createTrainingApp(
      {
        orgId: config.ORG_ID,
        hostedOrgIds: hostedOrgIdsOf(config),
        operatedBy: operatedByOf(config),
        databaseUrl: config.DATABASE_URL,
        auth: authOptionsOf(config),
        upstream: gatewayUpstream(config.GATEWAY_URL),
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
