import 'reflect-metadata';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { launchTestConsortium, REPO_ROOT, RunningConsortium } from '@kyodo/consortium-tools';
import { freePort } from '@kyodo/database';
import { readCommitted } from '@kyodo/schema-tools';
import { bearer, gql, postGraphQL, tokenFor } from '@kyodo/testing';
import { runBench } from '../support/run-bench';
import { startExtraGateway } from '../support/extra-gateway';
import { load, LoadResult, round, startReadyProcess } from '../support/load';

/**
 * bench/gateway: one federated query — tateshina's order list with each order's tasks and its
 * lead worker, who works for shiojiri — so two subgraphs and two org nodes (tateshina's orders
 * node, shiojiri's workers node). Measured in one run, on the same nodes, with autocannon:
 *   (a) our gateway (token check, routing by org, registry, breakers);
 *   (b) Hive Gateway serving the same supergraph with the subgraph URLs written in: orders at
 *       tateshina's node, workers at shiojiri's, which is exactly where ours routes this query;
 *   (c) the floor: a bare proxy that makes the same two subgraph calls and nothing else.
 * Prints throughput, p50 and p99 of each and the ratios ours/Hive and ours/floor.
 *
 * Both gateways share one subgraph request among identical queries in flight by default; the
 * bench's load is one query from one caller, where that sharing pays most. So a second round runs
 * both with it off (ours: DEDUPLICATE_INFLIGHT_QUERIES=false; Hive: deduplicateInflightRequests
 * false), each client request then costing its own subgraph calls, as the floor's do.
 * Knobs: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (16), BENCH_ORDERS (20), BENCH_TASKS (5).
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 20);
const TASKS = Number(process.env.BENCH_TASKS ?? 5);

export const BENCH_QUERY = gql`
  {
    orders(first: 20) {
      nodes {
        id
        title
        valueYen
        status
        tasks {
          id
          title
          hours
          status
        }
        leadWorker {
          orgId
          id
          itStage
          businessStage
          skillTags
        }
      }
    }
  }
`;

async function must<T>(promise: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const res = await promise;
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

async function seed(gw: string): Promise<void> {
  const shiojiri = await bearer('shiojiri-admin');
  const tateshina = await bearer('tateshina-director');
  const workerIds: string[] = [];
  for (let i = 0; i < 5; i++) {
    const { registerWorker } = await must(
      postGraphQL<{ registerWorker: { id: string } }>(
        gw,
        gql`
          mutation ($input: RegisterWorkerInput!) {
            registerWorker(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            familyName: '塩尻',
            givenName: `${i}`,
            familyNameKana: 'シオジリ',
            givenNameKana: 'イチ',
            itStage: 'B',
            stageReason: '入所時の評価（前職の実務経験）',
            businessStage: 'B',
            skillTags: ['data-entry', 'excel'],
            monthlyHourCap: 80,
          },
        },
        shiojiri,
      ),
    );
    workerIds.push(registerWorker.id);
  }
  const { createClient } = await must(
    postGraphQL<{ createClient: { id: string } }>(
      gw,
      gql`
        mutation {
          createClient(input: { name: "立科町 総務課", sector: PUBLIC }) {
            id
          }
        }
      `,
      {},
      tateshina,
    ),
  );
  for (let o = 0; o < ORDERS; o++) {
    const { createOrder } = await must(
      postGraphQL<{ createOrder: { id: string } }>(
        gw,
        gql`
          mutation ($input: CreateOrderInput!) {
            createOrder(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            clientId: createClient.id,
            title: `住民アンケート入力 ${o}`,
            category: 'DATA_ENTRY',
            valueYen: 500_000,
            estimatedHours: 100,
            deadline: '2027-03-31',
          },
        },
        tateshina,
      ),
    );
    // The lead is named at tateshina's workers node, which asks shiojiri's about consent and pushes it to the orders node.
    await must(
      postGraphQL(
        gw,
        gql`
          mutation ($orderId: ID!, $leadWorkerOrgId: String, $leadWorkerId: ID) {
            setOrderLeadWorker(orderId: $orderId, leadWorkerOrgId: $leadWorkerOrgId, leadWorkerId: $leadWorkerId) {
              id
            }
          }
        `,
        { orderId: createOrder.id, leadWorkerOrgId: 'shiojiri', leadWorkerId: workerIds[o % workerIds.length] },
        tateshina,
      ),
    );
    for (let t = 0; t < TASKS; t++) {
      await must(
        postGraphQL(
          gw,
          gql`
            mutation ($input: CreateTaskInput!) {
              createTask(input: $input) {
                id
              }
            }
          `,
          { input: { orderId: createOrder.id, title: `入力 ${t}`, payBasis: 'HOURLY', hours: 10, payRateYen: 1_100, valueYen: 50_000 } },
          tateshina,
        ),
      );
    }
  }
}

/** The committed supergraph with each subgraph's URL pointing at one concrete node. */
function supergraphWithUrls(urls: Record<string, string>): string {
  let sdl = readCommitted('services/gateway/supergraph.graphql')!;
  for (const [name, url] of Object.entries(urls)) sdl = sdl.replace(`http://${name}.routed-by-org.invalid/graphql`, url);
  const path = join(mkdtempSync(join(tmpdir(), 'kyodo-bench-')), 'supergraph.graphql');
  writeFileSync(path, sdl);
  return path;
}

const show = (label: string, r: LoadResult) =>
  console.log(
    `${label.padEnd(28)} ${String(r.requestsPerSecond).padStart(6)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  (${r.requests} requests, ${r.failures} failed)`,
  );

async function main(): Promise<void> {
  let consortium: RunningConsortium | undefined;
  const helpers: ChildProcess[] = [];
  let undeduplicated: Awaited<ReturnType<typeof startExtraGateway>> | undefined;
  try {
    consortium = await launchTestConsortium('bench_gateway', ['tateshina', 'shiojiri'], { gatewayEnv: { LOG_LEVEL: 'error' } });
    await seed(consortium.gatewayUrl);
    const authorization = `Bearer ${await tokenFor('tateshina-director')}`;
    const orders = `${consortium.node('tateshina', 'orders').url}/graphql`;
    const workers = `${consortium.node('shiojiri', 'workers').url}/graphql`;

    const [hivePort, floorPort] = [await freePort(), await freePort()];
    const supergraph = supergraphWithUrls({
      orders,
      workers,
      training: `${consortium.node('tateshina', 'training').url}/graphql`,
      reporting: `${consortium.reportingUrl}/graphql`,
      consortium: `${consortium.consortiumUrl}/graphql`,
    });
    const hivePlainPort = await freePort();
    helpers.push(await startReadyProcess([join(REPO_ROOT, 'bench/gateway/hive-gateway.mjs'), supergraph, String(hivePort)], REPO_ROOT));
    helpers.push(
      await startReadyProcess(
        [join(REPO_ROOT, 'bench/gateway/hive-gateway.mjs'), supergraph, String(hivePlainPort), 'no-dedupe'],
        REPO_ROOT,
      ),
    );
    helpers.push(
      await startReadyProcess([join(REPO_ROOT, 'bench/gateway/floor-server.mjs'), String(floorPort), orders, workers], REPO_ROOT),
    );
    undeduplicated = await startExtraGateway(consortium, 'bench_gateway_plain', { DEDUPLICATE_INFLIGHT_QUERIES: 'false' });
    const targets = {
      ours: consortium.gatewayUrl,
      hive: `http://127.0.0.1:${hivePort}/graphql`,
      floor: `http://127.0.0.1:${floorPort}/graphql`,
      oursPlain: undeduplicated.url,
      hivePlain: `http://127.0.0.1:${hivePlainPort}/graphql`,
    };

    // Every target must give the same answer before anything is timed.
    const body = JSON.stringify({ query: BENCH_QUERY });
    const answers = await Promise.all(
      Object.values(targets).map(async (url: string) =>
        (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body })).json(),
      ),
    );
    for (const answer of answers) {
      if (JSON.stringify(answer) !== JSON.stringify(answers[0]))
        throw new Error(`Targets disagree:\n${JSON.stringify(answers[0])}\n${JSON.stringify(answer)}`);
    }
    const leads = (answers[0] as { data: { orders: { nodes: { leadWorker: { itStage: string } | null }[] } } }).data.orders.nodes;
    if (leads.length !== Math.min(20, ORDERS) || leads.some((o) => o.leadWorker?.itStage !== 'B'))
      throw new Error(`Unexpected answer: ${JSON.stringify(answers[0])}`);
    console.log(`same answer from all five: ${leads.length} orders × ${TASKS} tasks, lead workers resolved at shiojiri's workers node`);

    const labels: Record<keyof typeof targets, string> = {
      ours: '(a) ours',
      hive: '(b) Hive Gateway',
      floor: '(c) floor',
      oursPlain: '(a) ours, no sharing',
      hivePlain: '(b) Hive, no sharing',
    };
    const results = {} as Record<keyof typeof targets, LoadResult>;
    for (const name of Object.keys(targets) as (keyof typeof targets)[]) {
      await load(targets[name], body, authorization, { connections: CONNECTIONS, seconds: 3 }); // warm-up: JIT, pools, plan caches
      results[name] = await load(targets[name], body, authorization, { connections: CONNECTIONS, seconds: SECONDS });
      show(labels[name], results[name]);
    }
    const ratios = (ours: LoadResult, hive: LoadResult, floor: LoadResult) => ({
      throughputOursToHive: round(ours.requestsPerSecond / hive.requestsPerSecond),
      p99OursToHive: round(ours.p99Ms / hive.p99Ms),
      throughputOursToFloor: round(ours.requestsPerSecond / floor.requestsPerSecond),
      p50OursToFloor: round(ours.p50Ms / floor.p50Ms),
    });
    const defaults = ratios(results.ours, results.hive, results.floor);
    const plain = ratios(results.oursPlain, results.hivePlain, results.floor);
    for (const [label, r] of [
      ['defaults', defaults],
      ['no sharing', plain],
    ] as const) {
      console.log(
        `${label.padEnd(10)} ours/Hive: throughput ×${r.throughputOursToHive}, p99 ×${r.p99OursToHive};  ours/floor: throughput ×${r.throughputOursToFloor}, p50 ×${r.p50OursToFloor}`,
      );
    }
    console.log(JSON.stringify({ bench: 'gateway', connections: CONNECTIONS, seconds: SECONDS, results, defaults, noSharing: plain }));
  } finally {
    for (const helper of helpers) helper.kill('SIGKILL');
    await undeduplicated?.stop();
    await consortium?.stop();
  }
}

runBench(main);
