import type { INestApplication } from '@nestjs/common';
import { dropDatabase, ensureDatabase, nodeDatabaseName } from '@kyodo/database';
import { NODE_SUBGRAPHS, NodeSubgraph } from '@kyodo/domain';
import { listeningUrl } from '@kyodo/subgraph';
import { createGatewayApp, readSupergraph, StaticNodeDirectory, NodeUrlMap } from '@kyodo/gateway-service';
import { HUB_SERVICES, ORG_NODE_SERVICES } from './node-catalogue';

export interface InProcessConsortiumOptions {
  orgs: readonly string[];
  /** PostgreSQL server on which each node gets its own database. */
  serverUrl: string;
  /** Prefix of every database name, so that parallel runs never share one. */
  databasePrefix: string;
  nodeTimeoutMs?: number;
}

interface RunningNode {
  orgId: string;
  subgraph: NodeSubgraph;
  databaseUrl: string;
  port: number;
  url: string;
  app: INestApplication | null;
}

/**
 * A whole consortium inside one process, for tests and benchmarks: every org node is its own
 * Nest app and HTTP server with its own database, behind a real gateway. Nodes can be stopped
 * and started again on the same port to test partial failure.
 */
export class InProcessConsortium {
  private readonly nodes = new Map<string, RunningNode>();
  private readonly databases: string[] = [];
  private reporting?: INestApplication;
  private gateway?: INestApplication;
  gatewayUrl = '';
  reportingUrl = '';

  private constructor(private readonly options: InProcessConsortiumOptions) {}

  static async start(options: InProcessConsortiumOptions): Promise<InProcessConsortium> {
    const consortium = new InProcessConsortium(options);
    try {
      await consortium.boot();
    } catch (error) {
      await consortium.close();
      throw error;
    }
    return consortium;
  }

  private async database(name: string): Promise<string> {
    const url = await ensureDatabase(this.options.serverUrl, name);
    this.databases.push(name);
    return url;
  }

  private async boot(): Promise<void> {
    const prefix = this.options.databasePrefix;
    await Promise.all(
      this.options.orgs.flatMap((orgId) =>
        NODE_SUBGRAPHS.map(async (subgraph) => {
          const databaseUrl = await this.database(nodeDatabaseName(`${prefix}_${orgId}`, subgraph));
          await ORG_NODE_SERVICES[subgraph].migrate(databaseUrl);
          const node: RunningNode = { orgId, subgraph, databaseUrl, port: 0, url: '', app: null };
          this.nodes.set(`${orgId}/${subgraph}`, node);
          await this.startNode(orgId, subgraph);
        }),
      ),
    );
    const reportingDb = await this.database(`${prefix}_hub_reporting`.replace(/[^a-z0-9_]/g, '_'));
    await HUB_SERVICES.reporting.migrate(reportingDb);
    this.reporting = await HUB_SERVICES.reporting.create({ databaseUrl: reportingDb }, 'error');
    await this.reporting.listen(0, '127.0.0.1');
    this.reportingUrl = await listeningUrl(this.reporting);

    this.gateway = await createGatewayApp(
      {
        supergraphSdl: readSupergraph(),
        directory: new StaticNodeDirectory(this.nodeUrls()),
        hubUrls: { reporting: this.reportingUrl },
        nodeTimeoutMs: this.options.nodeTimeoutMs ?? 5000,
      },
      'error',
    );
    await this.gateway.listen(0, '127.0.0.1');
    this.gatewayUrl = await listeningUrl(this.gateway);
  }

  nodeUrls(): NodeUrlMap {
    const urls: NodeUrlMap = {};
    for (const node of this.nodes.values()) (urls[node.orgId] ??= {})[node.subgraph] = node.url;
    return urls;
  }

  node(orgId: string, subgraph: NodeSubgraph): RunningNode {
    const node = this.nodes.get(`${orgId}/${subgraph}`);
    if (!node) throw new Error(`No ${subgraph} node for ${orgId}`);
    return node;
  }

  /** Starts (or restarts, on its previous port) one org node. */
  async startNode(orgId: string, subgraph: NodeSubgraph): Promise<void> {
    const node = this.node(orgId, subgraph);
    if (node.app) return;
    const app = await ORG_NODE_SERVICES[subgraph].create({ orgId, databaseUrl: node.databaseUrl }, 'error');
    await app.listen(node.port, '127.0.0.1');
    node.app = app;
    node.url = await listeningUrl(app);
    node.port = Number(new URL(node.url).port);
  }

  async stopNode(orgId: string, subgraph: NodeSubgraph): Promise<void> {
    const node = this.node(orgId, subgraph);
    await node.app?.close();
    node.app = null;
  }

  async close(): Promise<void> {
    await this.gateway?.close();
    await this.reporting?.close();
    await Promise.all([...this.nodes.values()].map((n) => n.app?.close()));
    await Promise.all(this.databases.map((name) => dropDatabase(this.options.serverUrl, name)));
  }
}
