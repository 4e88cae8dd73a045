import 'reflect-metadata';
import { OFFLINE_AUTH } from '@kyodo/auth';
import { authOptionsOf, loadConfig, MigrateConfig } from '@kyodo/config';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { runServiceMain } from '@kyodo/subgraph';
import { createConsortiumApp, migrateConsortium } from './consortium/consortium-node';
import { KeycloakMemberIdentity } from './consortium/keycloak-member-identity';
import { NodeChecker } from './consortium/node-checker';
import { RegistryNodeDirectory } from './consortium/registry-directory';
import { GatewayConfig } from './gateway.config';
import { createGatewayApp } from './gateway-node';
import { BreakerNodeSender, DEFAULT_BREAKER } from './routing/breaker-node-sender';
import { HttpNodeSender } from './routing/node-sender';
import { OperationRecorder } from './routing/operation-recorder';
import { LogoutTokenVerifier } from './sessions/logout-token-verifier';
import { RevokedSessionStore } from './sessions/revoked-session-store';
import { readSubgraphManifest } from './supergraph/subgraph-manifest';
import { DEFAULT_SUPERGRAPH_PATH, readSupergraph } from './supergraph/supergraph-file';

// `main.ts` serves, `main.ts migrate` migrates DATABASE_URL (the consortium registry),
// `main.ts print-schema` prints the consortium subgraph's SDL.
void runServiceMain({
  serve: async () => {
    const config = loadConfig(GatewayConfig);
    if (config.MIGRATE_ON_START) await migrateConsortium(config.DATABASE_URL);
    const supergraphPath = config.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH;
    const auth = authOptionsOf(config);
    const directory = new RegistryNodeDirectory();
    const identity = config.KEYCLOAK_ADMIN_CLIENT_SECRET
      ? new KeycloakMemberIdentity({ keycloakUrl: auth.keycloakUrl, realm: auth.realm, clientId: config.KEYCLOAK_ADMIN_CLIENT_ID, clientSecret: config.KEYCLOAK_ADMIN_CLIENT_SECRET })
      : undefined;

    // Sessions Keycloak ended (back-channel logout), shared with the other replicas through the hub database.
    const revokedSessions = new RevokedSessionStore(config.DATABASE_URL, config.SESSION_REVOCATION_POLL_MS);
    await revokedSessions.start();

    // The consortium subgraph runs in this process on a loopback port of its own; the gateway
    // composes it like any subgraph. It keeps `directory` current for routing.
    const consortium = await createConsortiumApp(
      {
        auth: { ...auth, sessionRevocations: revokedSessions },
        databaseUrl: config.DATABASE_URL,
        directory,
        checker: new NodeChecker(readSubgraphManifest(supergraphPath), undefined, config.NODE_DOWN_AFTER_FAILED_CHECKS),
        registry: { seed: config.KYODO_NODES, checkIntervalMs: config.NODE_CHECK_INTERVAL_MS, refreshIntervalMs: config.REGISTRY_REFRESH_MS },
        onboarding: { identity },
      },
      config.LOG_LEVEL,
    );
    await consortium.listen(config.CONSORTIUM_PORT, '127.0.0.1');
    const consortiumUrl = (await consortium.getUrl()).replace('[::1]', '127.0.0.1');

    const http = new HttpNodeSender(config.NODE_TIMEOUT_MS, config.DEDUPLICATE_INFLIGHT_QUERIES);
    const sender = new BreakerNodeSender(http, { ...DEFAULT_BREAKER, resetTimeoutMs: config.CIRCUIT_RESET_MS });
    const app = await createGatewayApp(
      {
        auth,
        supergraphSdl: readSupergraph(supergraphPath),
        directory,
        members: directory,
        hubUrls: { reporting: config.REPORTING_URL, consortium: consortiumUrl },
        sender,
        recorder: config.KYODO_RECORD_OPERATIONS ? new OperationRecorder(config.KYODO_RECORD_OPERATIONS) : undefined,
        sessions: { store: revokedSessions, logoutTokens: new LogoutTokenVerifier(auth) },
        // Stopping the gateway stops the consortium subgraph and the breakers' timers with it.
        onShutdown: async () => {
          sender.shutdown();
          await http.close();
          await consortium.close();
          await revokedSessions.close();
        },
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
        directory: new RegistryNodeDirectory(),
        checker: new NodeChecker({}),
        registry: { seed: {}, checkIntervalMs: 0, refreshIntervalMs: 0 },
      },
      'error',
    ),
});
