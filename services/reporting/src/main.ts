import 'reflect-metadata';
import { OFFLINE_AUTH, REPORTING_CLIENT, ServiceAccountTokens } from '@kyodo/auth';
import { authOptionsOf, loadConfig, MigrateConfig } from '@kyodo/config';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { runServiceMain } from '@kyodo/subgraph';
import { ReportingConfig } from './reporting.config';
import { createReportingApp, migrateReporting } from './reporting-node';

// `main.ts` serves, `main.ts migrate` migrates DATABASE_URL, `main.ts print-schema` prints the SDL.
void runServiceMain({
  serve: async () => {
    const config = loadConfig(ReportingConfig);
    if (config.MIGRATE_ON_START) await migrateReporting(config.DATABASE_URL);
    const auth = authOptionsOf(config);
    const tokens = config.REPORTING_CLIENT_SECRET
      ? new ServiceAccountTokens({
          keycloakUrl: auth.keycloakUrl,
          realm: auth.realm,
          clientId: REPORTING_CLIENT,
          clientSecret: config.REPORTING_CLIENT_SECRET,
        })
      : undefined;
    const app = await createReportingApp(
      {
        databaseUrl: config.DATABASE_URL,
        gatewayUrl: config.GATEWAY_URL,
        auth,
        snapshotSchedule: { tokens, checkIntervalMs: config.SNAPSHOT_CHECK_INTERVAL_MS },
      },
      config.LOG_LEVEL,
    );
    return { app, port: config.PORT };
  },
  migrate: () => migrateReporting(loadConfig(MigrateConfig).DATABASE_URL),
  offline: () => createReportingApp({ databaseUrl: OFFLINE_DATABASE_URL, connectToDatabase: false, auth: OFFLINE_AUTH }, 'error'),
});
