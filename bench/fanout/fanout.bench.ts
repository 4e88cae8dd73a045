import 'reflect-metadata';
import { Client } from 'pg';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, postGraphQL } from '@kyodo/testing';
import { runBench } from '../support/run-bench';
import { processCpuMs, round } from '../support/load';

/**
 * bench/fanout: one consortium-wide query (the shared course catalogue, a page of 20 merged
 * across every member's training node) over 1, 3, 10 and 30 member nodes, in one run. One
 * consortium of 30 training nodes is started; the registry itself narrows routing to the first
 * N nodes (updateNode enabled: false / true), so the same gateway and nodes serve every step.
 * Prints the latency (p50, p99, mean of BENCH_REQUESTS sequential requests) per step and the
 * ratio to 1 node. Knobs: BENCH_REQUESTS (default 300), BENCH_COURSES per node (10).
 *
 * All processes share this machine's cores: with 30 nodes the nodes' own work competes for the
 * same 2 CPUs that separate member servers would not share, so the ratio here is an upper bound.
 * The bench therefore also reads, from /proc, the CPU the gateway and the nodes spent per request:
 * on separate servers a fan-out costs about one node's latency plus the gateway's own work, and
 * the estimate printed for that ("separate servers") is the 1-node latency plus the gateway CPU
 * a step adds over 1 node. It is an estimate from measured CPU, labelled as such.
 */

const STEPS = [1, 3, 10, 30];
const NODES = Math.max(...STEPS);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const COURSES = Number(process.env.BENCH_COURSES ?? 10);
const QUERY = gql`
  {
    consortiumCourses(first: 20) {
      nodes {
        orgId
        code
        title
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
const orgIdOf = (i: number) => `member-${String(i + 1).padStart(2, '0')}`;

async function seedCourses(consortium: RunningConsortium): Promise<void> {
  await Promise.all(
    consortium.nodes.map(async (node) => {
      const db = new Client({ connectionString: node.databaseUrl });
      await db.connect();
      for (let c = 0; c < COURSES; c++) {
        await db.query(
          `INSERT INTO courses (org_id, code, title, category, format, duration_minutes, description, visibility) VALUES ($1, $2, $3, 'IT_SKILL', 'E_LEARNING', 90, '', 'CONSORTIUM')`,
          [node.orgId, `SHARED-${String(c).padStart(3, '0')}`, `${node.orgId} 共有研修 ${c}`],
        );
      }
      await db.end();
    }),
  );
}

interface Step {
  nodes: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** CPU per request: the gateway's, and all nodes' together. */
  gatewayCpuMs: number;
  nodesCpuMs: number;
}

async function measure(
  url: string,
  headers: Record<string, string>,
  expectedOrgs: number,
  pids: { gateway: number; nodes: number[] },
): Promise<Omit<Step, 'nodes'>> {
  const send = async () => {
    const res = await postGraphQL<{ consortiumCourses: { nodes: { orgId: string }[] } }>(url, QUERY, {}, headers);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.consortiumCourses.nodes;
  };
  const orgs = new Set((await send()).map((n) => n.orgId));
  if (orgs.size !== Math.min(expectedOrgs, 20)) throw new Error(`expected courses of ${expectedOrgs} orgs, got ${[...orgs].join(', ')}`);
  for (let i = 0; i < 50; i++) await send(); // warm-up
  const samples: number[] = [];
  const cpu = () => ({ gateway: processCpuMs(pids.gateway), nodes: pids.nodes.reduce((sum, pid) => sum + processCpuMs(pid), 0) });
  const cpuBefore = cpu();
  for (let i = 0; i < REQUESTS; i++) {
    const started = process.hrtime.bigint();
    await send();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const cpuAfter = cpu();
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return {
    p50Ms: round(at(0.5)),
    p99Ms: round(at(0.99)),
    meanMs: round(samples.reduce((s, x) => s + x, 0) / samples.length),
    gatewayCpuMs: round((cpuAfter.gateway - cpuBefore.gateway) / REQUESTS),
    nodesCpuMs: round((cpuAfter.nodes - cpuBefore.nodes) / REQUESTS),
  };
}

async function main(): Promise<void> {
  let consortium: RunningConsortium | undefined;
  try {
    const orgs = Array.from({ length: NODES }, (_, i) => orgIdOf(i));
    consortium = await launchTestConsortium('bench_fanout', orgs, { subgraphs: ['training'], gatewayEnv: { LOG_LEVEL: 'error' } });
    await seedCourses(consortium);
    const gw = consortium.gatewayUrl;
    const admin = await bearer('consortium-admin');
    const caller = await bearer('tateshina-director');
    const { data } = await postGraphQL<{ memberNodes: { id: string; orgId: string }[] }>(
      gw,
      gql`
        {
          memberNodes {
            id
            orgId
          }
        }
      `,
      {},
      admin,
    );
    const nodeIds = new Map(data!.memberNodes.map((n) => [n.orgId, n.id]));
    const setEnabled = async (orgId: string, enabled: boolean) => {
      const res = await postGraphQL(
        gw,
        gql`
          mutation ($input: UpdateNodeInput!) {
            updateNode(input: $input) {
              status
            }
          }
        `,
        { input: { id: nodeIds.get(orgId), enabled } },
        admin,
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    };

    const ids = consortium.processIds();
    const pidOf = (orgId: string) => ids.nodes.find((n) => n.orgId === orgId)!.pid!;
    const steps: Step[] = [];
    for (const n of STEPS) {
      await Promise.all(orgs.map((orgId, i) => setEnabled(orgId, i < n)));
      const step = { nodes: n, ...(await measure(gw, caller, n, { gateway: ids.gateway!, nodes: orgs.slice(0, n).map(pidOf) })) };
      steps.push(step);
      console.log(
        `${String(n).padStart(2)} nodes: p50 ${step.p50Ms} ms  p99 ${step.p99Ms} ms  mean ${step.meanMs} ms  (×${round(step.p50Ms / steps[0].p50Ms)} of 1 node);` +
          `  CPU per request: gateway ${step.gatewayCpuMs} ms, nodes ${step.nodesCpuMs} ms`,
      );
    }
    const ratios = Object.fromEntries(steps.map((s) => [s.nodes, round(s.p50Ms / steps[0].p50Ms)]));
    // Separate servers: one node's latency, plus what the gateway's own work grows by.
    const separate = Object.fromEntries(
      steps.map((s) => [s.nodes, round((steps[0].p50Ms + s.gatewayCpuMs - steps[0].gatewayCpuMs) / steps[0].p50Ms)]),
    );
    console.log(
      `fan-out over 10 nodes: ×${ratios[10]} the p50 latency of 1 node measured on this machine; ×${separate[10]} estimated for separate servers (target ≤ 1.5)`,
    );
    console.log(
      JSON.stringify({
        bench: 'fanout',
        requests: REQUESTS,
        coursesPerNode: COURSES,
        steps,
        p50RatioTo1Node: ratios,
        estimatedRatioOnSeparateServers: separate,
      }),
    );
  } finally {
    await consortium?.stop();
  }
}

runBench(main);
