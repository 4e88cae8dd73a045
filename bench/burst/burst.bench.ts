import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, poolCycle, seedClaimedPoolOffer } from '@kyodo/testing';
import { runBench } from '../support/run-bench';

/**
 * bench/burst: what the worst operations a node still allows cost another user of that node.
 *
 * One org's orders node (behind the gateway) holds a pool offer with CLAIMS claims. Another user
 * (the org's admin) sends a small query through the gateway, one at a time, SAMPLES times:
 *   (a) alone;
 *   (b) while BURST clients (the org's director, straight at the node, as an attacker on the
 *       member's network could) each send the deepest or the costliest allowed operation (the
 *       claims-and-back cycle of test/red-team/execution-limits, about 30,000 fields) again and
 *       again.
 * Prints p50/p99 of (a) and (b), their ratio, how the burst's operations ended, and the node's
 * RSS peak. Ends with one JSON line. Knobs: BENCH_SAMPLES (default 200), BENCH_BURST (20),
 * BENCH_CLAIMS (60).
 */

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const BURST = Number(process.env.BENCH_BURST ?? 20);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 60);
const ORG = 'tateshina';
const VICTIM_QUERY = JSON.stringify({ query: '{ poolOffers { id title } }' });
const WORST_ALLOWED = [poolCycle(ORG, 4), poolCycle(ORG, 4, 'id hours status claimantOrgId', 'id title hours')];

interface Latency {
  p50Ms: number;
  p99Ms: number;
}

function summarize(samples: number[]): Latency {
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50Ms: Math.round(at(0.5) * 10) / 10, p99Ms: Math.round(at(0.99) * 10) / 10 };
}

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

async function victim(url: string, authorization: string): Promise<Latency> {
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: VICTIM_QUERY,
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (!response.ok || body.errors) throw new Error(`the other user's query failed: ${response.status} ${JSON.stringify(body.errors)}`);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

runBench(async () => {
  let consortium: RunningConsortium | undefined;
  try {
    consortium = await launchTestConsortium('bench_burst', [ORG], { subgraphs: ['orders'], gatewayEnv: { LOG_LEVEL: 'error' } });
    const node = consortium.node(ORG, 'orders');
    const pid = consortium.processIds().nodes.find((n) => n.orgId === ORG && n.subgraph === 'orders')!.pid!;
    const director = await bearer(`${ORG}-director`);
    await seedClaimedPoolOffer(consortium.gatewayUrl, node.databaseUrl, ORG, director, CLAIMS);
    const other = (await bearer(`${ORG}-admin`)).authorization;

    await victim(consortium.gatewayUrl, other); // warm-up
    const alone = await victim(consortium.gatewayUrl, other);

    const outcomes: Record<string, number> = {};
    let burstOn = true;
    let peakMb = rssMb(pid);
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(pid))), 20);
    const attackers = Array.from({ length: BURST }, async (_, i) => {
      while (burstOn) {
        const response = await fetch(`${node.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...director },
          body: JSON.stringify({ query: WORST_ALLOWED[i % 2] }),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        const outcome = body.errors ? String(body.errors[0].extensions?.code) : 'answered';
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
    });
    // Let the burst build up before measuring.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const during = await victim(consortium.gatewayUrl, other);
    burstOn = false;
    await Promise.all(attackers);
    clearInterval(sampler);

    const result = {
      bench: 'burst',
      samples: SAMPLES,
      burst: BURST,
      claims: CLAIMS,
      alone,
      duringBurst: during,
      p50Ratio: Math.round((during.p50Ms / alone.p50Ms) * 10) / 10,
      p99Ratio: Math.round((during.p99Ms / alone.p99Ms) * 10) / 10,
      burstOutcomes: outcomes,
      nodeRssPeakMb: Math.round(peakMb),
    };
    console.log(`other user alone: p50 ${alone.p50Ms} ms, p99 ${alone.p99Ms} ms`);
    console.log(
      `during ${BURST} worst allowed operations at once: p50 ${during.p50Ms} ms, p99 ${during.p99Ms} ms (x${result.p50Ratio} / x${result.p99Ratio})`,
    );
    console.log(`burst operations: ${JSON.stringify(outcomes)}; node RSS peak ${result.nodeRssPeakMb} MB`);
    console.log(JSON.stringify(result));
  } finally {
    await consortium?.stop();
  }
});
