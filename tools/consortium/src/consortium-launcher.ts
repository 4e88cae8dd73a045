import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, freePorts } from '@kyodo/database';
import { DEMO_OPERATOR_IDENTITIES, DEMO_PROGRAMMES, NODE_SUBGRAPHS, NodeSubgraph, type LegalIdentity } from '@kyodo/domain';
import { HUB_MAINS, ORG_NODE_MAINS } from './node-catalogue';
import { ProcessSupervisor } from './process-supervisor';
import type { RestartPolicyOptions } from './restart-policy';

import { REPO_ROOT } from './repo-root';

/**
 * Encrypts workers' sensitive notes in demo and test consortia: base64 of the 32 bytes
 * `demo-only-kyodo-workers-data-key`. DEMO ONLY; a member's real key comes from its vault.
 */
const DEMO_WORKER_DATA_KEY = 'ZGVtby1vbmx5LWt5b2RvLXdvcmtlcnMtZGF0YS1rZXk=';
/** infra/keycloak/kyodo-realm.json: the workers nodes invite a member's logins as kyodo-workers. */
const DEMO_WORKERS_ADMIN_SECRET = 'demo-kyodo-workers-secret';

/**
 * Secret of the service account (`kyodo-gateway`) with which the consortium service onboards
 * members in Keycloak: the demo value of infra/keycloak/kyodo-realm.json. DEMO ONLY.
 */
export const DEMO_GATEWAY_ADMIN_SECRET = 'demo-kyodo-gateway-secret';
/** The kyodo-reporting service account's secret in infra/keycloak (DEMO ONLY): monthly snapshots. */
const DEMO_REPORTING_CLIENT_SECRET = 'demo-kyodo-reporting-secret';

/**
 * V8 heap limits (--max-old-space-size, MB) per kind of process, as infra/k8s sizes them: an idle
 * node holds about 100 MB of heap; the rest is room for the requests its execution limits
 * allow (EXECUTION_* in every service). A request that gets past them ends only its own process,
 * which the supervisor starts again, never the machine the member's other nodes share.
 */
export const HEAP_LIMIT_MB = { node: 512, reporting: 512, consortium: 512, gateway: 1024 } as const;

/**
 * How long every service of a consortium may take to answer /health: 180 s, or
 * KYODO_BOOT_TIMEOUT_MS on a machine so shared that compiling at start-up takes longer.
 */
function bootTimeoutMs(): number {
  const fromEnv = Number(process.env.KYODO_BOOT_TIMEOUT_MS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 180_000;
}

export interface ConsortiumPorts {
  gateway: number;
  reporting: number;
  /** The consortium service (registry, onboarding, routing table). */
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
  /** Which subgraphs each org runs (all by default); a benchmark of one subgraph starts only that one. */
  subgraphs?: readonly NodeSubgraph[];
  /** Extra environment for the reporting process (tests turn its monthly snapshot schedule off). */
  reportingEnv?: Record<string, string>;
  /** Extra environment for the gateway process (tests: shorter circuit resets, recording operations). */
  gatewayEnv?: Record<string, string>;
  /** Extra environment for the consortium service (tests: node checks off or faster). */
  consortiumEnv?: Record<string, string>;
  /**
   * Members an org's nodes host besides itself (hosted placement), by host: e.g. shiojiri's nodes
   * hosting omachi. Each host's nodes get HOSTED_ORG_IDS; a hosted member gets no nodes of its own.
   */
  hosted?: Readonly<Record<string, readonly string[]>>;
  /**
   * Registers the hosted members at start (KYODO_NODES at their host's URLs, placed HOSTED), as if
   * they had been onboarded; otherwise their host only stands ready and onboardMember places them.
   */
  registerHosted?: boolean;
  /**
   * Each municipality-run member's partner operator: the member's own nodes, and the nodes of a
   * host that serves it, get OPERATED_BY (the operator's staff may act for it there on the
   * delegated functions). The registry's side is KYODO_MEMBER_FORMS, in consortiumEnv.
   */
  operatedBy?: Readonly<Record<string, string>>;
  /**
   * Published with OPERATED_BY (OPERATOR_IDENTITIES, PROGRAMMES): each operator's legal identity
   * and each operated member's programme, which the member's documents carry. The demo's
   * (DEMO_OPERATOR_IDENTITIES, DEMO_PROGRAMMES) unless given; a node refuses to start without
   * them for a member it serves that another operates.
   */
  operatorIdentities?: Readonly<Record<string, LegalIdentity>>;
  programmes?: Readonly<Record<string, string>>;
  /** Extra environment for every org node (tests that loosen one limit to try the next one). */
  nodeEnv?: Record<string, string>;
  /** Tests drop the databases they created when they stop; the demo keeps them. */
  dropDatabasesOnStop?: boolean;
  /** Where the supervisor announces a crashed service's restart (the demo prints it; its log file has it anyway). */
  announce?: (line: string) => void;
  /** How soon a crashed service is started again (tests widen the first wait to watch the registry notice). */
  restartPolicy?: RestartPolicyOptions;
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
  /** The consortium service (members, nodes, onboarding; the routing table). */
  consortiumUrl = '';
  /** The consortium service's database (the registry). */
  consortiumDatabaseUrl = '';
  /** The gateway's own database (ended sessions): a second gateway replica shares it. */
  gatewayDatabaseUrl = '';
  /** What the gateway presents to read the routing table: a second replica needs it too. */
  readonly hubSecret = randomBytes(24).toString('base64url');
  private readonly createdDatabases: string[] = [];

  private constructor(
    private readonly options: LaunchOptions,
    private readonly supervisor: ProcessSupervisor,
  ) {}

  static async launch(options: LaunchOptions): Promise<RunningConsortium> {
    const consortium = new RunningConsortium(
      options,
      new ProcessSupervisor(REPO_ROOT, options.logDir, { announce: options.announce, restartPolicy: options.restartPolicy }),
    );
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
    // Nodes ask other subgraphs through the gateway, whose port is known before anything starts.
    const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;

    const subgraphs = this.options.subgraphs ?? NODE_SUBGRAPHS;
    const planned = orgs.flatMap((orgId, orgIndex) =>
      subgraphs.map((subgraph) => ({ orgId, subgraph, port: ports.node(orgIndex, subgraph) })),
    );
    const [nodeDatabases, reportingDatabase, consortiumDatabase, gatewayDatabase] = await Promise.all([
      Promise.all(planned.map(({ orgId, subgraph }) => this.database(orgId, subgraph))),
      this.database('hub', 'reporting'),
      this.database('hub', 'consortium'),
      this.database('hub', 'gateway'),
    ]);

    this.consortiumDatabaseUrl = consortiumDatabase;
    this.gatewayDatabaseUrl = gatewayDatabase;
    const nodeUrls: Record<string, Record<string, string>> = {};
    planned.forEach(({ orgId, subgraph, port }, i) => {
      (nodeUrls[orgId] ??= {})[subgraph] = this.startNode({ orgId, subgraph, port, databaseUrl: nodeDatabases[i], gatewayUrl }).url;
    });
    // A hosted member has no nodes: the registry seeds it at its host's URLs, placed HOSTED.
    if (this.options.registerHosted)
      for (const [host, members] of Object.entries(this.options.hosted ?? {}))
        for (const member of members) if (nodeUrls[host] && !orgs.includes(member)) nodeUrls[member] = { ...nodeUrls[host] };
    // The gateway's registry checks the nodes as soon as it boots and marks one that does not
    // answer DOWN: the hub starts once the nodes answer, so a slow node boot is not an outage.
    await this.supervisor.waitHealthy(
      bootTimeoutMs(),
      planned.map(({ orgId, subgraph }) => nodeProcessName(orgId, subgraph)),
    );
    // Reporting gathers members' aggregates through the gateway's fan-out (takeReportingSnapshot).
    this.reportingUrl = this.supervisor.start(
      'hub-reporting',
      HUB_MAINS.reporting,
      ports.reporting,
      {
        ...this.serviceEnv(reportingDatabase),
        GATEWAY_URL: gatewayUrl,
        REPORTING_CLIENT_SECRET: DEMO_REPORTING_CLIENT_SECRET,
        ...this.options.reportingEnv,
      },
      HEAP_LIMIT_MB.reporting,
    ).url;
    // The registry: seeded with the nodes, it checks them and publishes the routing table.
    this.consortiumUrl = this.supervisor.start(
      'hub-consortium',
      HUB_MAINS.consortium,
      ports.consortium,
      {
        ...this.serviceEnv(consortiumDatabase),
        HUB_SECRET: this.hubSecret,
        GATEWAY_URL: gatewayUrl,
        KYODO_NODES: JSON.stringify(nodeUrls),
        KEYCLOAK_ADMIN_CLIENT_SECRET: DEMO_GATEWAY_ADMIN_SECRET,
        ...this.options.consortiumEnv,
        ...this.seededForms(nodeUrls),
      },
      HEAP_LIMIT_MB.consortium,
    ).url;
    // The gateway serves once it has read the routing table.
    const gateway = this.supervisor.start(
      'hub-gateway',
      HUB_MAINS.gateway,
      ports.gateway,
      {
        ...this.serviceEnv(gatewayDatabase),
        CONSORTIUM_URL: this.consortiumUrl,
        HUB_SECRET: this.hubSecret,
        REPORTING_URL: this.reportingUrl,
        NODE_TIMEOUT_MS: String(this.options.nodeTimeoutMs ?? 10_000),
        ...this.options.gatewayEnv,
      },
      HEAP_LIMIT_MB.gateway,
    );
    this.gatewayUrl = `${gateway.url}/graphql`;
    await this.supervisor.waitHealthy(bootTimeoutMs());
  }

  /** What every service process gets; each applies its own pending migrations before it serves. */
  private serviceEnv(databaseUrl: string): Record<string, string> {
    return {
      LOG_LEVEL: this.options.logLevel ?? 'warn',
      KEYCLOAK_URL: this.options.keycloakUrl,
      DATABASE_URL: databaseUrl,
      MIGRATE_ON_START: 'true',
    };
  }

  /** KYODO_MEMBER_FORMS with each seeded hosted member's host added (its form as given, else CORPORATE_EXPANDED). */
  private seededForms(nodeUrls: Record<string, Record<string, string>>): { KYODO_MEMBER_FORMS?: string } {
    const given = this.options.consortiumEnv?.KYODO_MEMBER_FORMS;
    const forms = (given ? JSON.parse(given) : {}) as Record<string, Record<string, unknown>>;
    const hosted = Object.entries(this.options.hosted ?? {}).flatMap(([host, members]) =>
      members.filter((m) => nodeUrls[m] && !this.options.orgs.includes(m)).map((m) => [m, host] as const),
    );
    if (hosted.length === 0) return given ? { KYODO_MEMBER_FORMS: given } : {};
    for (const [member, host] of hosted) forms[member] = { operatingForm: 'CORPORATE_EXPANDED', ...forms[member], hostedBy: host };
    return { KYODO_MEMBER_FORMS: JSON.stringify(forms) };
  }

  /**
   * OPERATED_BY for an org's nodes: its own partner operator, and that of each member they host;
   * with it, those operators' legal identities and those members' programmes, which their
   * documents carry (the node never asks another node for them inside a request).
   */
  private operatedByEnv(orgId: string): { OPERATED_BY?: string; OPERATOR_IDENTITIES?: string; PROGRAMMES?: string } {
    const served = [orgId, ...(this.options.hosted?.[orgId] ?? [])];
    const operated = served.flatMap((member) => {
      const operatorId = this.options.operatedBy?.[member];
      return operatorId ? [[member, operatorId] as const] : [];
    });
    if (operated.length === 0) return {};
    const identities = { ...DEMO_OPERATOR_IDENTITIES, ...this.options.operatorIdentities };
    const programmes = { ...DEMO_PROGRAMMES, ...this.options.programmes };
    const pick = <T>(all: Readonly<Record<string, T>>, ids: readonly string[]) =>
      JSON.stringify(Object.fromEntries(ids.filter((id) => id in all).map((id) => [id, all[id]])));
    return {
      OPERATED_BY: operated.map(([member, operatorId]) => `${member}:${operatorId}`).join(','),
      OPERATOR_IDENTITIES: pick(identities, [...new Set(operated.map(([, operatorId]) => operatorId))]),
      PROGRAMMES: pick(
        programmes,
        operated.map(([member]) => member),
      ),
    };
  }

  /** Starts one org node as its own process (it migrates its database first) and lists it in `nodes`. */
  private startNode(spec: { orgId: string; subgraph: NodeSubgraph; port: number; databaseUrl: string; gatewayUrl: string }): NodeInfo {
    const { orgId, subgraph, port, databaseUrl, gatewayUrl } = spec;
    const env = {
      ...this.serviceEnv(databaseUrl),
      ORG_ID: orgId,
      GATEWAY_URL: gatewayUrl,
      ...(this.options.hosted?.[orgId]?.length ? { HOSTED_ORG_IDS: this.options.hosted[orgId].join(',') } : {}),
      ...this.operatedByEnv(orgId),
      ...(subgraph === 'workers' ? { WORKER_DATA_KEY: DEMO_WORKER_DATA_KEY, KEYCLOAK_ADMIN_CLIENT_SECRET: DEMO_WORKERS_ADMIN_SECRET } : {}),
      ...this.options.nodeEnv,
    };
    const { url } = this.supervisor.start(nodeProcessName(orgId, subgraph), ORG_NODE_MAINS[subgraph], port, env, HEAP_LIMIT_MB.node);
    const node = { orgId, subgraph, url, databaseUrl };
    this.nodes.push(node);
    return node;
  }

  /**
   * Starts a new org's nodes (their own databases, free ports) while the consortium runs, without
   * telling the gateway: onboarding registers them, as when a municipality joins with servers it
   * has just set up. Resolves once every one of them answers its health check.
   */
  async startUnregisteredOrgNodes(orgId: string): Promise<NodeInfo[]> {
    if (this.nodes.some((n) => n.orgId === orgId)) throw new Error(`${orgId} already runs nodes in this consortium`);
    const subgraphs = this.options.subgraphs ?? NODE_SUBGRAPHS;
    const [ports, databases] = await Promise.all([
      freePorts(subgraphs.length),
      Promise.all(subgraphs.map((subgraph) => this.database(orgId, subgraph))),
    ]);
    const started = subgraphs.map((subgraph, i) =>
      this.startNode({ orgId, subgraph, port: ports[i], databaseUrl: databases[i], gatewayUrl: this.gatewayUrl }),
    );
    await this.supervisor.waitHealthy(
      bootTimeoutMs(),
      subgraphs.map((subgraph) => nodeProcessName(orgId, subgraph)),
    );
    return started;
  }

  /** Where every service's output goes, one `<process>.log` each. */
  get logDir(): string {
    return this.options.logDir;
  }

  /** The node serving `orgId` for `subgraph`: its own, or its host's for a hosted member. */
  node(orgId: string, subgraph: NodeSubgraph): NodeInfo {
    const host = Object.entries(this.options.hosted ?? {}).find(
      ([, members]) => members.includes(orgId) && !this.options.orgs.includes(orgId),
    )?.[0];
    const node = this.nodes.find((n) => n.orgId === (host ?? orgId) && n.subgraph === subgraph);
    if (!node) throw new Error(`No ${subgraph} node for ${orgId}`);
    return node;
  }

  /** Stops one org node's process, as when a member's server goes down. */
  /** `{ orgId: { subgraph: url } }` of every running org node, as KYODO_NODES takes it. */
  nodeUrls(): Record<string, Record<string, string>> {
    const urls: Record<string, Record<string, string>> = {};
    for (const node of this.nodes) (urls[node.orgId] ??= {})[node.subgraph] = node.url;
    return urls;
  }

  /** Process ids of the gateway and of each org node, for benchmarks that account CPU time. */
  processIds(): { gateway?: number; nodes: { orgId: string; subgraph: NodeSubgraph; pid?: number }[] } {
    return {
      gateway: this.supervisor.pid('hub-gateway'),
      nodes: this.nodes.map(({ orgId, subgraph }) => ({ orgId, subgraph, pid: this.supervisor.pid(nodeProcessName(orgId, subgraph)) })),
    };
  }

  /** Every service process of the consortium (hub and nodes) by name, for benchmarks that read memory. */
  servicePids(): Map<string, number> {
    return this.supervisor.pids();
  }

  stopNode(orgId: string, subgraph: NodeSubgraph): Promise<void> {
    return this.supervisor.stop(nodeProcessName(orgId, subgraph));
  }

  /**
   * Starts it again on the same port and waits until it is healthy, then as long again as the
   * gateway's registry takes to let a node it marked DOWN back in (it re-checks DOWN nodes every
   * second), so that a node that was down long enough to be marked DOWN is routed to on return.
   */
  async restartNode(orgId: string, subgraph: NodeSubgraph): Promise<void> {
    await this.supervisor.restart(nodeProcessName(orgId, subgraph));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
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
  return {
    gateway,
    reporting,
    consortium,
    node: (orgIndex, subgraph) => nodes[orgIndex * NODE_SUBGRAPHS.length + NODE_SUBGRAPHS.indexOf(subgraph)],
  };
}
