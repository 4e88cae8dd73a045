import 'reflect-metadata';
import { OFFLINE_AUTH } from '@kyodo/auth';
import { authOptionsOf, loadConfig, MigrateConfig } from '@kyodo/config';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { runServiceMain } from '@kyodo/subgraph';
import { ConsortiumConfig } from './consortium.config';
import { createConsortiumApp, migrateConsortium } from './registry/consortium-node';
import { KeycloakMemberIdentity } from './registry/keycloak-member-identity';
import { NodeChecker } from './registry/node-checker';
import { readSubgraphManifest } from './supergraph/subgraph-manifest';

// `main.ts` serves, `main.ts migrate` migrates DATABASE_URL (the registry), `main.ts print-schema`
// prints the consortium subgraph's SDL.
void runServiceMain({
  serve: async () => {
    const config = loadConfig(ConsortiumConfig);
    if (config.MIGRATE_ON_START) await migrateConsortium(config.DATABASE_URL);
    const auth = authOptionsOf(config);
    const identity = config.KEYCLOAK_ADMIN_CLIENT_SECRET
      ? new KeycloakMemberIdentity({
          keycloakUrl: auth.keycloakUrl,
          realm: auth.realm,
          clientId: config.KEYCLOAK_ADMIN_CLIENT_ID,
          clientSecret: config.KEYCLOAK_ADMIN_CLIENT_SECRET,
        })
      : undefined;
    const app = await createConsortiumApp(
      {
        auth,
        databaseUrl: config.DATABASE_URL,
        hubSecret: config.HUB_SECRET,
        checker: new NodeChecker(readSubgraphManifest(config.SUBGRAPH_MANIFEST_PATH), undefined, config.NODE_DOWN_AFTER_FAILED_CHECKS),
        registry: {
          seed: config.KYODO_NODES,
          seedForms: config.KYODO_MEMBER_FORMS,
          checkIntervalMs: config.NODE_CHECK_INTERVAL_MS,
          refreshIntervalMs: config.REGISTRY_REFRESH_MS,
        },
        onboarding: { identity },
      },
      config.LOG_LEVEL,
    );
    return { app, port: config.PORT };
  },
  migrate: () => migrateConsortium(loadConfig(MigrateConfig).DATABASE_URL),
  offline: () =>
    createConsortiumApp(
      {
        auth: OFFLINE_AUTH,
        databaseUrl: OFFLINE_DATABASE_URL,
        connectToDatabase: false,
        hubSecret: 'offline',
        checker: new NodeChecker({}),
        registry: { seed: {}, checkIntervalMs: 0, refreshIntervalMs: 0 },
      },
      'error',
    ),
});
