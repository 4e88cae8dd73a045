import 'reflect-metadata';
import { OFFLINE_AUTH } from '@kyodo/auth';
import { authOptionsOf, hostedOrgIdsOf, operatorPublicationOf, loadConfig, MigrateConfig, NodeConfig } from '@kyodo/config';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { runServiceMain } from '@kyodo/subgraph';
import { createOrdersApp, migrateOrders } from './orders-node';

// `main.ts` serves, `main.ts migrate` migrates DATABASE_URL, `main.ts print-schema` prints the SDL.
void runServiceMain({
  serve: async () => {
    const config = loadConfig(NodeConfig);
    if (config.MIGRATE_ON_START) await migrateOrders(config.DATABASE_URL);
    const app = await createOrdersApp(
      {
        orgId: config.ORG_ID,
        hostedOrgIds: hostedOrgIdsOf(config),
        ...operatorPublicationOf(config),
        databaseUrl: config.DATABASE_URL,
        auth: authOptionsOf(config),
      },
      config.LOG_LEVEL,
    );
    return { app, port: config.PORT };
  },
  migrate: () => migrateOrders(loadConfig(MigrateConfig).DATABASE_URL),
  offline: () =>
    createOrdersApp({ orgId: 'schema', databaseUrl: OFFLINE_DATABASE_URL, connectToDatabase: false, auth: OFFLINE_AUTH }, 'error'),
});
