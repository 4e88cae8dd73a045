import 'reflect-metadata';
import { TokenVerifier } from '@kyodo/auth';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { testKeycloakUrl, tokenFor } from '@kyodo/testing';
import { runBench } from '../support/run-bench';

/**
 * bench/auth: what token verification costs a request.
 *
 *   (a) a small query through the gateway, which verifies the token and forwards it to the node;
 *   (b) the same query with the same token straight at the node, which verifies it again;
 *   (c) TokenVerifier.verify alone, in this process, over VERIFY_CALLS calls.
 *
 * (a) and (b) run sequentially (latency) and with bounded concurrency (throughput), loopback
 * only, against a one-org test consortium. PostgreSQL and Keycloak come from the same set-up as
 * the end-to-end tests (TEST_DATABASE_URL and KEYCLOAK_URL are used when set). Ends with one
 * JSON line. Knobs: BENCH_SEQUENTIAL (default 1000), BENCH_CONCURRENT (2000), BENCH_CONCURRENCY
 * (16), BENCH_VERIFY_CALLS (5000).
 */

const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 1000);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const VERIFY_CALLS = Number(process.env.BENCH_VERIFY_CALLS ?? 5000);
const WARMUP = 100;
const ORG = 'tateshina';
/** Small and served by one node: the request is mostly transport, routing and verification. */
const QUERY = JSON.stringify({ query: '{ courses { code } }' });

const microsSince = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e3;

interface Latency {
  meanUs: number;
  p50Us: number;
  p95Us: number;
  p99Us: number;
}

function summarize(samples: number[]): Latency {
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (us: number) => Math.round(us);
  return {
    meanUs: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
    p50Us: round(at(0.5)),
    p95Us: round(at(0.95)),
    p99Us: round(at(0.99)),
  };
}

async function post(url: string, authorization: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: QUERY });
  const body = (await response.json()) as { errors?: unknown[]; data?: { courses?: unknown } };
  if (!response.ok || body.errors || !Array.isArray(body.data?.courses))
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body)}`);
}

async function sequential(url: string, authorization: string, requests: number): Promise<Latency> {
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = process.hrtime.bigint();
    await post(url, authorization);
    samples.push(microsSince(started));
  }
  return summarize(samples);
}

/** `concurrency` loops share `requests` requests: a bounded stand-in for autocannon (not installed). */
async function concurrent(
  url: string,
  authorization: string,
  requests: number,
  concurrency: number,
): Promise<Latency & { requestsPerSecond: number }> {
  const samples: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++;
        const sent = process.hrtime.bigint();
        await post(url, authorization);
        samples.push(microsSince(sent));
      }
    }),
  );
  const seconds = microsSince(started) / 1e6;
  return { ...summarize(samples), requestsPerSecond: Math.round(requests / seconds) };
}

async function verifyAlone(authorization: string): Promise<number> {
  const verifier = new TokenVerifier({ keycloakUrl: testKeycloakUrl(), realm: 'kyodo', audience: 'kyodo-api' });
  for (let i = 0; i < WARMUP; i++) await verifier.verify(authorization); // the first call fetches the realm key
  const started = process.hrtime.bigint();
  for (let i = 0; i < VERIFY_CALLS; i++) await verifier.verify(authorization);
  return microsSince(started) / VERIFY_CALLS;
}

const line = (label: string, l: Latency) => `${label.padEnd(34)} mean ${l.meanUs} µs  p50 ${l.p50Us}  p95 ${l.p95Us}  p99 ${l.p99Us}`;

async function main(): Promise<void> {
  const benchStarted = process.hrtime.bigint();
  let consortium: RunningConsortium | undefined;
  try {
    consortium = await launchTestConsortium('bench_auth', [ORG]);
    const gateway = consortium.gatewayUrl;
    const node = `${consortium.node(ORG, 'training').url}/graphql`;
    const authorization = `Bearer ${await tokenFor(`${ORG}-director`)}`;
    console.log(`one-org consortium up; gateway ${gateway}, training node ${node}`);

    for (const url of [gateway, node]) for (let i = 0; i < WARMUP; i++) await post(url, authorization);

    const viaGateway = await sequential(gateway, authorization, SEQUENTIAL);
    const atNode = await sequential(node, authorization, SEQUENTIAL);
    console.log(line(`(a) gateway, sequential ×${SEQUENTIAL}`, viaGateway));
    console.log(line(`(b) node, sequential ×${SEQUENTIAL}`, atNode));

    const viaGatewayConcurrent = await concurrent(gateway, authorization, CONCURRENT, CONCURRENCY);
    const atNodeConcurrent = await concurrent(node, authorization, CONCURRENT, CONCURRENCY);
    console.log(
      `${line(`(a) gateway, ${CONCURRENCY} concurrent ×${CONCURRENT}`, viaGatewayConcurrent)}  ${viaGatewayConcurrent.requestsPerSecond} req/s`,
    );
    console.log(
      `${line(`(b) node, ${CONCURRENCY} concurrent ×${CONCURRENT}`, atNodeConcurrent)}  ${atNodeConcurrent.requestsPerSecond} req/s`,
    );

    const verifyUs = await verifyAlone(authorization);
    console.log(`(c) TokenVerifier.verify alone: ${verifyUs.toFixed(1)} µs per call over ${VERIFY_CALLS} calls`);

    const ratio = viaGateway.meanUs / atNode.meanUs;
    console.log(
      `The gateway verifies once more than a direct call: ~${verifyUs.toFixed(0)} µs of the ${(viaGateway.meanUs - atNode.meanUs).toFixed(0)} µs it adds per request ` +
        `(${((verifyUs / viaGateway.meanUs) * 100).toFixed(1)}% of a gateway request); the rest is query planning, routing and the extra hop.`,
    );
    console.log(
      JSON.stringify({
        bench: 'auth',
        verifyMicrosPerRequest: Number(verifyUs.toFixed(1)),
        gatewayToNodeLatencyRatio: Number(ratio.toFixed(2)),
        sequential: { requests: SEQUENTIAL, gateway: viaGateway, node: atNode },
        concurrent: { requests: CONCURRENT, concurrency: CONCURRENCY, gateway: viaGatewayConcurrent, node: atNodeConcurrent },
        verifyCalls: VERIFY_CALLS,
        totalSeconds: Number((microsSince(benchStarted) / 1e6).toFixed(1)),
      }),
    );
  } finally {
    await consortium?.stop();
  }
}

runBench(main);
