import 'reflect-metadata';
import { authOptionsOf, loadConfig, MigrateConfig } from '@kyodo/config';
import { runMigrations } from '@kyodo/database';
import { runServiceMain } from '@kyodo/subgraph';
import { gatewayDataSourceOptions } from './data-source';
import { GatewayConfig } from './gateway.config';
import { createGatewayApp } from './gateway-node';
import { BreakerNodeSender, DEFAULT_BREAKER } from './routing/breaker-node-sender';
import { CircuitReporter } from './routing/circuit-reporter';
import { HttpNodeSender } from './routing/node-sender';
import { OperationRecorder } from './routing/operation-recorder';
import { RoutingTableDirectory } from './routing/routing-table-directory';
import { LogoutTokenVerifier } from './sessions/logout-token-verifier';
import { RevokedSessionStore } from './sessions/revoked-session-store';
import { DEFAULT_SUPERGRAPH_PATH, readSupergraph } from './supergraph/supergraph-file';

const migrateGateway = (databaseUrl: string) => runMigrations(gatewayDataSourceOptions(databaseUrl));

// `main.ts` serves, `main.ts migrate` migrates DATABASE_URL (ended sessions). The gateway has no
// subgraph of its own: the consortium service (services/consortium) runs the registry.
void runServiceMain({
  serve: async () => {
    const config = loadConfig(GatewayConfig);
    if (config.MIGRATE_ON_START) await migrateGateway(config.DATABASE_URL);
    const auth = authOptionsOf(config);

    // Where every org's nodes are: the consortium service's routing table, read before serving.
    const directory = new RoutingTableDirectory(config.CONSORTIUM_URL, config.HUB_SECRET, config.ROUTING_TABLE_RETRY_MS);
    await directory.start();

    // Sessions Keycloak ended (back-channel logout), shared with the other replicas through the gateway's database.
    const revokedSessions = new RevokedSessionStore(config.DATABASE_URL, config.SESSION_REVOCATION_POLL_MS);
    await revokedSessions.start();

    const http = new HttpNodeSender(config.NODE_TIMEOUT_MS, config.DEDUPLICATE_INFLIGHT_QUERIES);
    const sender = new BreakerNodeSender(http, { ...DEFAULT_BREAKER, resetTimeoutMs: config.CIRCUIT_RESET_MS });
    // The circuits live in this replica's memory: the support body reads them through the registry.
    const circuits = new CircuitReporter(config.CONSORTIUM_URL, config.HUB_SECRET, directory, sender, config.CIRCUIT_REPORT_INTERVAL_MS);
    if (config.CIRCUIT_REPORT_INTERVAL_MS > 0) circuits.start();
    const app = await createGatewayApp(
      {
        auth,
        supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH),
        directory,
        members: directory,
        hubUrls: { reporting: config.REPORTING_URL, consortium: config.CONSORTIUM_URL },
        // A registry change made through this gateway routes at once for the next request.
        afterHubMutation: { consortium: () => directory.refresh() },
        sender,
        recorder: config.KYODO_RECORD_OPERATIONS ? new OperationRecorder(config.KYODO_RECORD_OPERATIONS) : undefined,
        sessions: { store: revokedSessions, logoutTokens: new LogoutTokenVerifier(auth) },
        // Stopping the gateway stops its timers and pools with it.
        onShutdown: async () => {
          directory.stop();
          circuits.stop();
          sender.shutdown();
          await http.close();
          await revokedSessions.close();
        },
      },
      config.LOG_LEVEL,
    );
    return { app, port: config.PORT };
  },
  migrate: () => migrateGateway(loadConfig(MigrateConfig).DATABASE_URL),
});
