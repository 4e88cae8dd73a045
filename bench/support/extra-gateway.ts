import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { HUB_MAINS, REPO_ROOT, RunningConsortium } from '@kyodo/consortium-tools';
import { dropDatabase, ensureDatabase, freePorts } from '@kyodo/database';
import { testServerUrl } from '@kyodo/testing';

/**
 * A second gateway over a running consortium's nodes, with other settings (a benchmark compares
 * settings on the same nodes), with a registry database of its own that stop() drops.
 */
export async function startExtraGateway(consortium: RunningConsortium, label: string, env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const [port, consortiumPort] = await freePorts(2);
  const database = `t_${label}_${port}`;
  const databaseUrl = await ensureDatabase(testServerUrl(), database);
  const nodes: Record<string, Record<string, string>> = {};
  for (const node of consortium.nodes) (nodes[node.orgId] ??= {})[node.subgraph] = node.url;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, HUB_MAINS.gateway)], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SWC_NODE_PROJECT: join(REPO_ROOT, 'tsconfig.base.json'),
      PORT: String(port),
      CONSORTIUM_PORT: String(consortiumPort),
      DATABASE_URL: databaseUrl,
      MIGRATE_ON_START: 'true',
      KEYCLOAK_URL: process.env.KEYCLOAK_URL ?? '',
      KYODO_NODES: JSON.stringify(nodes),
      REPORTING_URL: consortium.reportingUrl,
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: 'ignore',
  });
  const stop = async () => {
    child.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await dropDatabase(testServerUrl(), database);
  };
  for (let i = 0; i < 600; i++) {
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) return { url: `http://127.0.0.1:${port}/graphql`, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the ${label} gateway did not start`);
}
