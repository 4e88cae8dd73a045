import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePorts } from '@kyodo/database';
import { createTestDatabase } from '@kyodo/testing';
import { HUB_MAINS } from './node-catalogue';
import { REPO_ROOT } from './repo-root';

export interface StandaloneGatewayOptions {
  /** Names its registry database on the test PostgreSQL server. */
  label: string;
  /**
   * The registry database of another gateway, to run as a second replica of it (sharing its
   * members, nodes and ended sessions); it is neither created nor dropped here.
   */
  databaseUrl?: string;
  /** `{ orgId: { subgraph: url } }`: the nodes it seeds its registry with. */
  nodes: Record<string, Record<string, string>>;
  reportingUrl: string;
  keycloakUrl: string;
  /** Any other gateway settings (SUPERGRAPH_PATH, NODE_TIMEOUT_MS, DEDUPLICATE_INFLIGHT_QUERIES…). */
  env?: Record<string, string>;
}

export interface StandaloneGateway {
  /** Base URL (`/health` lives here). */
  baseUrl: string;
  /** `<baseUrl>/graphql`. */
  url: string;
  /** Kills the process and drops its registry database (unless it was another gateway's). */
  stop(): Promise<void>;
}

/**
 * A gateway process of its own, beside or without a launched consortium: tests and benchmarks
 * use it to run the gateway with other settings (another supergraph, no nodes, no request
 * sharing) against the same nodes.
 */
export async function startStandaloneGateway(options: StandaloneGatewayOptions): Promise<StandaloneGateway> {
  const [[port, consortiumPort], database] = await Promise.all([
    freePorts(2),
    options.databaseUrl ? { url: options.databaseUrl, drop: async () => undefined } : createTestDatabase(options.label),
  ]);
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, HUB_MAINS.gateway)], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SWC_NODE_PROJECT: join(REPO_ROOT, 'tsconfig.base.json'),
      PORT: String(port),
      CONSORTIUM_PORT: String(consortiumPort),
      DATABASE_URL: database.url,
      MIGRATE_ON_START: 'true',
      KEYCLOAK_URL: options.keycloakUrl,
      KYODO_NODES: JSON.stringify(options.nodes),
      REPORTING_URL: options.reportingUrl,
      LOG_LEVEL: 'error',
      ...options.env,
    },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    await database.drop();
  };
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    if (await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false)) return { baseUrl, url: `${baseUrl}/graphql`, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the ${options.label} gateway did not start`);
}
