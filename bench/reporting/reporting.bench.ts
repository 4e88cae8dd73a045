import 'reflect-metadata';
import { Client } from 'pg';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, postGraphQL } from '@kyodo/testing';
import { runBench } from '../support/run-bench';
import { generateOrders, generateWorkers } from './generate-data';

/**
 * bench/reporting: one org's fiscal-year aggregates — what reporting gathers through the fan-out —
 * with 1,000,000 time entries and 100,000 tasks in that org's nodes, all in the year measured
 * (the worst case: a fiscal year never holds more than everything). The org's orders and workers
 * nodes and the gateway run as separate processes, as in production (Keycloak token, PostgreSQL).
 * Timed: each node asked directly, and the gateway asked both fields in one request (fanned out
 * to both nodes at once). Prints the p50 and worst of BENCH_RUNS (default 10) after a warm-up,
 * and their ratio to the 1 s target. Knobs: BENCH_TIME_ENTRIES, BENCH_TASKS, BENCH_RUNS.
 */

const ORG = 'shiojiri';
const FISCAL_YEAR = 2025;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const TIME_ENTRIES = Number(process.env.BENCH_TIME_ENTRIES ?? 1_000_000);
const TASKS = Number(process.env.BENCH_TASKS ?? 100_000);
const TARGET_MS = 1000;

const ORDERS_FIELD =
  'consortiumOrderAggregates(fiscalYear: $fiscalYear) { orgId total { orderCount valueYen } byClient { clientId valueYen } byCategory { category valueYen } }';
const WORKERS_FIELD =
  'consortiumWorkforceAggregates(fiscalYear: $fiscalYear) { orgId registeredWorkers activeWorkers workersEarningAtLeast10000 totalPayYen sharedWork { taskOrgId approvedMinutes payYen } }';
const ORDERS_QUERY = gql`query ($fiscalYear: Int!) { ${ORDERS_FIELD} }`;
const WORKERS_QUERY = gql`query ($fiscalYear: Int!) { ${WORKERS_FIELD} }`;
const BOTH_QUERY = gql`query ($fiscalYear: Int!) { ${ORDERS_FIELD} ${WORKERS_FIELD} }`;

const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;
const round = (n: number) => Math.round(n * 10) / 10;
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function count(databaseUrl: string, table: string): Promise<number> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  } finally {
    await db.end();
  }
}

/** Times one request; any error fails the bench (a fast refusal is no result). */
async function timed(url: string, query: string, headers: Record<string, string>): Promise<{ ms: number; data: unknown }> {
  const startedAt = process.hrtime.bigint();
  const res = await postGraphQL(url, query, { fiscalYear: FISCAL_YEAR }, headers);
  const elapsed = ms(startedAt);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { ms: elapsed, data: res.data };
}

async function series(url: string, query: string, headers: Record<string, string>): Promise<{ p50: number; worst: number; data: unknown }> {
  await timed(url, query, headers);
  const times: number[] = [];
  let data: unknown;
  for (let i = 0; i < RUNS; i++) ({ ms: times[i], data } = await timed(url, query, headers));
  return { p50: round(p50(times)), worst: round(Math.max(...times)), data };
}

async function main(): Promise<void> {
  let consortium: RunningConsortium | undefined;
  try {
    consortium = await launchTestConsortium('bench_reporting', [ORG], { subgraphs: ['orders', 'workers'] });
    const ordersNode = consortium.node(ORG, 'orders');
    const workersNode = consortium.node(ORG, 'workers');

    const generationStart = process.hrtime.bigint();
    const tasksPerOrder = 5;
    await Promise.all([
      generateOrders(ordersNode.databaseUrl, {
        orgId: ORG,
        fiscalYear: FISCAL_YEAR,
        clients: 200,
        orders: Math.ceil(TASKS / tasksPerOrder),
        tasksPerOrder,
      }),
      generateWorkers(workersNode.databaseUrl, {
        orgId: ORG,
        partnerOrgId: 'tateshina',
        fiscalYear: FISCAL_YEAR,
        workers: 2_000,
        assignmentsPerWorker: 10,
        timeEntries: TIME_ENTRIES,
      }),
    ]);
    const tasks = await count(ordersNode.databaseUrl, 'tasks');
    const timeEntries = await count(workersNode.databaseUrl, 'time_entries');
    console.log(`generated ${tasks} tasks and ${timeEntries} time entries in ${(ms(generationStart) / 1000).toFixed(1)} s`);

    const headers = await bearer('consortium-admin');
    const orders = await series(ordersNode.url, ORDERS_QUERY, headers);
    const workers = await series(workersNode.url, WORKERS_QUERY, headers);
    const gateway = await series(consortium.gatewayUrl, BOTH_QUERY, headers);
    console.log(`the year's aggregates: ${JSON.stringify(gateway.data).slice(0, 600)}`);
    console.log(
      `orders node p50 ${orders.p50} ms (worst ${orders.worst}); workers node p50 ${workers.p50} ms (worst ${workers.worst}); both through the gateway p50 ${gateway.p50} ms (worst ${gateway.worst})`,
    );
    console.log(
      JSON.stringify({
        bench: 'reporting',
        fiscalYear: FISCAL_YEAR,
        tasks,
        timeEntries,
        runs: RUNS,
        ordersNodeP50Ms: orders.p50,
        workersNodeP50Ms: workers.p50,
        gatewayP50Ms: gateway.p50,
        gatewayWorstMs: gateway.worst,
        targetMs: TARGET_MS,
        p50RatioToTarget: Number((gateway.p50 / TARGET_MS).toFixed(3)),
        worstRatioToTarget: Number((gateway.worst / TARGET_MS).toFixed(3)),
      }),
    );
  } finally {
    await consortium?.stop();
  }
}

runBench(main);
