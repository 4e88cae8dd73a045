import { join } from 'node:path';
import { ensureDatabase, nodeDatabaseName, startEmbeddedPostgres } from '@kyodo/database';
import { DEMO_ORGS, NODE_SUBGRAPHS } from '@kyodo/domain';
import { loadConfig, ConfigValidationError } from '@kyodo/config';
import { GATEWAY_MAIN, HUB_SERVICES, ORG_NODE_SERVICES } from '../node-catalogue';
import { DemoConfig, nodeDatabaseOverrideVar } from './demo.config';
import { ProcessSupervisor } from './process-supervisor';
import { seedDemo } from './demo-seed';

export const REPO_ROOT = join(__dirname, '../../../..');

export interface DemoHandle {
  gatewayUrl: string;
  services: { name: string; url: string }[];
  seeded: boolean;
  stop(): Promise<void>;
}

const POSTGRES_URL = /^postgres(ql)?:\/\/.+/;

/** Per-node database overrides, validated like every other variable. */
function nodeDatabaseOverrides(env: NodeJS.ProcessEnv): Map<string, string> {
  const overrides = new Map<string, string>();
  const problems = [];
  for (const org of DEMO_ORGS) {
    for (const subgraph of NODE_SUBGRAPHS) {
      const variable = nodeDatabaseOverrideVar(org.id, subgraph);
      const value = env[variable];
      if (!value) continue;
      if (POSTGRES_URL.test(value)) overrides.set(`${org.id}/${subgraph}`, value);
      else problems.push({ variable, value: '***', messages: [`${variable} must be a postgres:// connection URL`] });
    }
  }
  if (problems.length) throw new ConfigValidationError(problems);
  return overrides;
}

/**
 * Boots the demo consortium: PostgreSQL (configured or embedded), one database per node,
 * migrations, then the hub (gateway, reporting) and three member orgs, each node its own
 * process and HTTP server. Seeds demo data on the first start.
 */
export async function startDemo(env: NodeJS.ProcessEnv = process.env): Promise<DemoHandle> {
  const config = loadConfig(DemoConfig, env);
  const overrides = nodeDatabaseOverrides(env);
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: join(REPO_ROOT, '.kyodo/postgres'), port: config.EMBEDDED_PG_PORT });
  const serverUrl = config.DATABASE_URL ?? embedded!.url;
  const supervisor = new ProcessSupervisor(REPO_ROOT, join(REPO_ROOT, '.kyodo/logs'));
  const stop = async () => {
    await supervisor.stopAll();
    await embedded?.stop();
  };

  try {
    const common = { LOG_LEVEL: config.LOG_LEVEL };
    const nodeUrls: Record<string, Record<string, string>> = {};
    const nodes = DEMO_ORGS.flatMap((org, orgIndex) =>
      NODE_SUBGRAPHS.map((subgraph, i) => ({ orgId: org.id, subgraph, port: config.NODE_PORT_BASE + orgIndex * 10 + i + 1 })),
    );
    const nodeDatabases = await Promise.all(
      nodes.map(async (node) => {
        const url = overrides.get(`${node.orgId}/${node.subgraph}`) ?? (await ensureDatabase(serverUrl, nodeDatabaseName(node.orgId, node.subgraph)));
        await ORG_NODE_SERVICES[node.subgraph].migrate(url);
        return url;
      }),
    );
    const reportingDb = await ensureDatabase(serverUrl, 'kyodo_hub_reporting');
    await HUB_SERVICES.reporting.migrate(reportingDb);

    nodes.forEach((node, i) => {
      const started = supervisor.start(`${node.orgId}-${node.subgraph}`, ORG_NODE_SERVICES[node.subgraph].main, node.port, {
        ...common,
        ORG_ID: node.orgId,
        DATABASE_URL: nodeDatabases[i],
      });
      (nodeUrls[node.orgId] ??= {})[node.subgraph] = started.url;
    });
    const reporting = supervisor.start('hub-reporting', HUB_SERVICES.reporting.main, config.REPORTING_PORT, { ...common, DATABASE_URL: reportingDb });
    const gateway = supervisor.start('hub-gateway', GATEWAY_MAIN, config.GATEWAY_PORT, {
      ...common,
      KYODO_NODES: JSON.stringify(nodeUrls),
      REPORTING_URL: reporting.url,
    });
    await supervisor.waitHealthy(90_000);
    const seeded = await seedDemo(`${gateway.url}/graphql`);
    return {
      gatewayUrl: `${gateway.url}/graphql`,
      services: [
        { name: 'gateway', url: gateway.url },
        { name: 'reporting', url: reporting.url },
        ...nodes.map((n) => ({ name: `${n.orgId} ${n.subgraph}`, url: nodeUrls[n.orgId][n.subgraph] })),
      ],
      seeded,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
