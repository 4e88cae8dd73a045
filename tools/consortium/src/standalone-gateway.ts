import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePorts } from '@kyodo/database';
import { createTestDatabase } from '@kyodo/testing';
import { HUB_MAINS } from './node-catalogue';
import { REPO_ROOT } from './repo-root';

/** A consortium service to route by: a running one (a replica shares its registry), or one started for this gateway. */
export type StandaloneRegistry =
  | { url: string; hubSecret: string }
  | {
      /** `{ orgId: { subgraph: url } }`: the nodes its new registry is seeded with. */
      nodes: Record<string, Record<string, string>>;
      /** Settings of that consortium service (NODE_CHECK_INTERVAL_MS, SUBGRAPH_MANIFEST_PATH…). */
      env?: Record<string, string>;
    };

export interface StandaloneGatewayOptions {
  /** Names its databases on the test PostgreSQL server. */
  label: string;
  /** Where its routing table comes from. */
  registry: StandaloneRegistry;
  /**
   * The database of another gateway, to run as a second replica of it (sharing its ended
   * sessions); it is neither created nor dropped here.
   */
  databaseUrl?: string;
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
  /** Kills its processes and drops the databases it created. */
  stop(): Promise<void>;
}

interface Started {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * A gateway process of its own, beside or without a launched consortium: tests and benchmarks
 * use it to run the gateway with other settings (another supergraph, no nodes, no request
 * sharing) against the same nodes. Given nodes, it starts a consortium service of its own for them.
 */
export async function startStandaloneGateway(options: StandaloneGatewayOptions): Promise<StandaloneGateway> {
  const [[port, consortiumPort], database] = await Promise.all([
    freePorts(2),
    options.databaseUrl ? { url: options.databaseUrl, drop: async () => undefined } : createTestDatabase(`${options.label}_gateway`),
  ]);
  const started: Started[] = [{ baseUrl: '', stop: () => database.drop() }];
  const stopAll = async () => {
    for (const s of started.reverse()) await s.stop();
  };
  try {
    let registry: { url: string; hubSecret: string };
    if ('url' in options.registry) registry = options.registry;
    else {
      const registryDatabase = await createTestDatabase(`${options.label}_consortium`);
      started.push({ baseUrl: '', stop: () => registryDatabase.drop() });
      const hubSecret = randomBytes(24).toString('base64url');
      const consortium = await startService(options.label, 'consortium', HUB_MAINS.consortium, consortiumPort, {
        DATABASE_URL: registryDatabase.url,
        KEYCLOAK_URL: options.keycloakUrl,
        HUB_SECRET: hubSecret,
        KYODO_NODES: JSON.stringify(options.registry.nodes),
        GATEWAY_URL: `http://127.0.0.1:${port}/graphql`,
        ...options.registry.env,
      });
      started.push(consortium);
      registry = { url: consortium.baseUrl, hubSecret };
    }
    const gateway = await startService(options.label, 'gateway', HUB_MAINS.gateway, port, {
      DATABASE_URL: database.url,
      KEYCLOAK_URL: options.keycloakUrl,
      CONSORTIUM_URL: registry.url,
      HUB_SECRET: registry.hubSecret,
      REPORTING_URL: options.reportingUrl,
      ...options.env,
    });
    started.push(gateway);
    return { baseUrl: gateway.baseUrl, url: `${gateway.baseUrl}/graphql`, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** One service process, migrating its database first; resolves once `/health` answers. */
async function startService(label: string, name: string, main: string, port: number, env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, main)], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SWC_NODE_PROJECT: join(REPO_ROOT, 'tsconfig.base.json'),
      PORT: String(port),
      MIGRATE_ON_START: 'true',
      LOG_LEVEL: 'error',
      ...env,
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
  };
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    if (
      await fetch(`${baseUrl}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the ${label} ${name} service did not start`);
}
