import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo } from '@kyodo/consortium-tools';
import { provisionKeycloak } from '@kyodo/keycloak-tools';

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Resident memory of a process in MiB, from the kernel's own accounting. */
function rssMib(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? 0) / 1024);
}

/**
 * bench/startup: how long `npm start` takes from launch until the consortium answers through
 * the gateway, with the database already initialised (a first, untimed start creates and
 * migrates the databases), and each service's resident memory once it is ready.
 *
 * The baseline is the same start without Node's module compile cache (`NODE_COMPILE_CACHE`,
 * which `npm start` sets): runs alternate between the two so machine load falls on both alike.
 * Keycloak is timed apart: the demo starts it alongside PostgreSQL, so with a warm Keycloak
 * cache the whole start is about max(Keycloak, consortium) rather than their sum. Ends with
 * one JSON line; the target for the consortium is under 20 s.
 */
async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const cacheDir = mkdtempSync(join(tmpdir(), 'kyodo-compile-cache-'));

  const keycloakStart = process.hrtime.bigint();
  const keycloak = await provisionKeycloak();
  const keycloakSeconds = seconds(keycloakStart);
  const env = { ...process.env, KEYCLOAK_URL: keycloak.url };
  // The services inherit this process's environment: the switch below reaches each of them.
  const startTimed = async (compileCache: boolean) => {
    if (compileCache) process.env.NODE_COMPILE_CACHE = cacheDir;
    else delete process.env.NODE_COMPILE_CACHE;
    const startedAt = process.hrtime.bigint();
    const demo = await startDemo(env);
    const elapsed = seconds(startedAt);
    const rss = Object.fromEntries([...demo.consortium.servicePids()].map(([name, pid]) => [name, rssMib(pid)]));
    await demo.stop();
    return { elapsed, rss };
  };
  try {
    // Untimed: initialises the databases and fills the compile cache.
    await startTimed(true);
    const withCache: number[] = [];
    const withoutCache: number[] = [];
    let rss: Record<string, number> = {};
    for (let i = 0; i < runs; i++) {
      withoutCache.push((await startTimed(false)).elapsed);
      const cached = await startTimed(true);
      withCache.push(cached.elapsed);
      rss = cached.rss;
    }
    const target = 20;
    console.log(`consortium start, compile cache:    ${withCache.map((s) => s.toFixed(2)).join(', ')} s`);
    console.log(`consortium start, no compile cache: ${withoutCache.map((s) => s.toFixed(2)).join(', ')} s`);
    console.log(
      `Keycloak start (${keycloak.startedHere ? 'distribution cached' : 'external, not started'}): ${keycloakSeconds.toFixed(2)} s`,
    );
    console.log('resident memory once ready (MiB):');
    for (const [name, mib] of Object.entries(rss).sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${name.padEnd(28)} ${mib}`);
    console.log(
      JSON.stringify({
        bench: 'startup',
        node: process.version,
        runs,
        consortiumMedianSeconds: Number(median(withCache).toFixed(2)),
        noCompileCacheMedianSeconds: Number(median(withoutCache).toFixed(2)),
        ratioToNoCompileCache: Number((median(withCache) / median(withoutCache)).toFixed(3)),
        keycloakSeconds: Number(keycloakSeconds.toFixed(2)),
        targetSeconds: target,
        consortiumRatioToTarget: Number((median(withCache) / target).toFixed(3)),
        rssMibTotal: Object.values(rss).reduce((a, b) => a + b, 0),
        rssMib: rss,
      }),
    );
  } finally {
    await keycloak.stop();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
