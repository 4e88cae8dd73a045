import { join } from 'node:path';
import { dropDatabase, ensureDatabase, freePorts } from '@kyodo/database';
import { NODE_SUBGRAPHS, NodeSubgraph } from '@kyodo/domain';
import { HUB_MAINS, ORG_NODE_MAINS } from './node-catalogue';
import { ProcessSupervisor } from './process-supervisor';

import { REPO_ROOT } from './repo-root';

/**
 * Encrypts workers' sensitive notes in demo and test consortia: base64 of the 32 bytes
 * `demo-only-kyodo-workers-data-key`. DEMO ONLY; a member's real key comes from its vault.
 */
const DEMO_WORKER_DATA_KEY = 'ZGVtby1vbmx5LWt5b2RvLXdvcmtlcnMtZGF0YS1rZXk=';

export interface ConsortiumPorts {
  gateway: number;
  reporting: number;
  /** The consortium subgraph, served by the gateway process. */
  consortium: number;
  /** Port of org number `orgIndex`'s node for `subgraph`. */
  node(orgIndex: number, subgraph: NodeSubgraph): number;
}

export interface LaunchOptions {
  orgs: readonly string[];
  /** Keycloak base URL every service verifies tokens against. */
  keycloakUrl: string;
  /** PostgreSQL server on which each node gets its own database. */
  serverUrl: string;
  /** Name of a node's database (`hub` as the org for hub services). */
  databaseName(orgId: string, subgraph: string): string;
  /** Existing databases to use instead, keyed `org/subgraph`. */
  databaseOverrides?: ReadonlyMap<string, string>;
  /** Fixed ports, or free ones picked at launch. */
  ports: ConsortiumPorts | 'free';
  logDir: string;
  logLevel?: 'error' | 'warn' | 'log' | 'debug';
  nodeTimeoutMs?: number;
  /** Extra environment for the gateway process (tests: faster registry checks, shorter circuit resets). */
  gatewayEnv?: Record<string, string>;
  /** Tests drop the databases they created when they stop; the demo keeps them. */
  dropDatabasesOnStop?: boolean;
}

export interface NodeInfo {
  orgId: string;
  subgraph: NodeSubgraph;
  url: string;
  databaseUrl: string;
}

/**
 * Starts a consortium on this machine: one database per node, migrations, then every org node,
 * the reporting service and the gateway, each a process of its own. The demo (`npm start`),
 * the end-to-end tests and the benchmarks all start consortia through this one function.
 */
export class RunningConsortium {
  readonly nodes: NodeInfo[] = [];
  gatewayUrl = '';
  reportingUrl = '';
  /** The consortium subgraph (members and nodes) inside the gateway process. */
  consortiumUrl = '';
  private readonly createdDatabases: string[] = [];

  private constructor(
    private readonly options: LaunchOptions,
    private readonly supervisor: ProcessSupervisor,
  ) {}

  static async launch(options: LaunchOptions): Promise<RunningConsortium> {
    const consortium = new RunningConsortium(options, new ProcessSupervisor(REPO_ROOT, options.logDir));
    try {
      await consortium.boot();
    } catch (error) {
      await consortium.stop();
      throw error;
    }
    return consortium;
  }

  private async database(orgId: string, subgraph: string): Promise<string> {
    const override = this.options.databaseOverrides?.get(`${orgId}/${subgraph}`);
    if (override) return override;
    const name = this.options.databaseName(orgId, subgraph);
    const url = await ensureDatabase(this.options.serverUrl, name);
    this.createdDatabases.push(name);
    return url;
  }

  private async boot(): Promise<void> {
    const { orgs, ports: fixed } = this.options;
    const ports = fixed === 'free' ? await consortiumFreePorts(orgs.length) : fixed;
    const common = { LOG_LEVEL: this.options.logLevel ?? 'warn', KEYCLOAK_URL: this.options.keycloakUrl };
    // Nodes ask other subgraphs through the gateway, whose port is known before anything starts.
    const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;

    const planned = orgs.flatMap((orgId, orgIndex) => NODE_SUBGRAPHS.map((subgraph) => ({ orgId, subgraph, port: ports.node(orgIndex, subgraph) })));
    const [nodeDatabases, reportingDatabase, consortiumDatabase] = await Promise.all([
      Promise.all(planned.map(({ orgId, subgraph }) => this.database(orgId, subgraph))),
      this.database('hub', 'reporting'),
      this.database('hub', 'consortium'),
    ]);
    // Each service applies its own pending migrations before it serves.
    const withDatabase = (url: string) => ({ ...common, DATABASE_URL: url, MIGRATE_ON_START: 'true' });

    const nodeUrls: Record<string, Record<string, string>> = {};
    planned.forEach(({ orgId, subgraph, port }, i) => {
      const { url } = this.supervisor.start(nodeProcessName(orgId, subgraph), ORG_NODE_MAINS[subgraph], port, { ...withDatabase(nodeDatabases[i]), ORG_ID: orgId, GATEWAY_URL: gatewayUrl, ...(subgraph === 'workers' ? { WORKER_DATA_KEY: DEMO_WORKER_DATA_KEY } : {}) });
      (nodeUrls[orgId] ??= {})[subgraph] = url;
      this.nodes.push({ orgId, subgraph, url, databaseUrl: nodeDatabases[i] });
    });
    this.reportingUrl = this.supervisor.start('hub-reporting', HUB_MAINS.reporting, ports.reporting, withDatabase(reportingDatabase)).url;
    const gateway = this.supervisor.start('hub-gateway', HUB_MAINS.gateway, ports.gateway, {
      ...withDatabase(consortiumDatabase),
      KYODO_NODES: JSON.stringify(nodeUrls),
      REPORTING_URL: this.reportingUrl,
      CONSORTIUM_PORT: String(ports.consortium),
      NODE_TIMEOUT_MS: String(this.options.nodeTimeoutMs ?? 10_000),
      ...this.options.gatewayEnv,
    });
    this.gatewayUrl = `${gateway.url}/graphql`;
    this.consortiumUrl = `http://127.0.0.1:${ports.consortium}`;
    await this.supervisor.waitHealthy(120_000);
  }

  node(orgId: string, subgraph: NodeSubgraph): NodeInfo {
    const node = this.nodes.find((n) => n.orgId === orgId && n.subgraph === subgraph);
    if (!node) throw new Error(`No ${subgraph} node for ${orgId}`);
    return node;
  }

  /** Stops one org node's process, as when a member's server goes down. */
  stopNode(orgId: string, subgraph: NodeSubgraph): Promise<void> {
    return this.supervisor.stop(nodeProcessName(orgId, subgraph));
  }

  /** Starts it again on the same port and waits until it is healthy. */
  restartNode(orgId: string, subgraph: NodeSubgraph): Promise<void> {
    return this.supervisor.restart(nodeProcessName(orgId, subgraph));
  }

  async stop(): Promise<void> {
    await this.supervisor.stopAll();
    if (this.options.dropDatabasesOnStop) {
      await Promise.all(this.createdDatabases.map((name) => dropDatabase(this.options.serverUrl, name)));
    }
  }
}

function nodeProcessName(orgId: string, subgraph: string): string {
  return `${orgId}-${subgraph}`;
}

async function consortiumFreePorts(orgCount: number): Promise<ConsortiumPorts> {
  const [gateway, reporting, consortium, ...nodes] = await freePorts(3 + orgCount * NODE_SUBGRAPHS.length);
  return { gateway, reporting, consortium, node: (orgIndex, subgraph) => nodes[orgIndex * NODE_SUBGRAPHS.length + NODE_SUBGRAPHS.indexOf(subgraph)] };
}
