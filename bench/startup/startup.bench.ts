import 'reflect-metadata';
import { startDemo } from '@kyodo/consortium-tools';
import { provisionKeycloak } from '@kyodo/keycloak-tools';

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

/**
 * bench/startup: how long `npm start` takes from launch until the consortium answers through
 * the gateway, with the database already initialised (a first, untimed start creates and
 * migrates the databases). Keycloak is timed apart: the demo starts it alongside PostgreSQL,
 * so with a warm Keycloak cache the whole start is about max(Keycloak, consortium) rather than
 * their sum. Ends with one JSON line; the target for the consortium is under 20 s.
 */
async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 3);

  const keycloakStart = process.hrtime.bigint();
  const keycloak = await provisionKeycloak();
  const keycloakSeconds = seconds(keycloakStart);
  const env = { ...process.env, KEYCLOAK_URL: keycloak.url };
  try {
    const warmup = await startDemo(env);
    await warmup.stop();
    const consortiumSeconds: number[] = [];
    for (let i = 0; i < runs; i++) {
      const startedAt = process.hrtime.bigint();
      const demo = await startDemo(env);
      consortiumSeconds.push(seconds(startedAt));
      await demo.stop();
    }
    const sorted = [...consortiumSeconds].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const target = 20;
    console.log(`consortium start (database initialised, Keycloak running): ${consortiumSeconds.map((s) => s.toFixed(2)).join(', ')} s`);
    console.log(
      `Keycloak start (${keycloak.startedHere ? 'distribution cached' : 'external, not started'}): ${keycloakSeconds.toFixed(2)} s`,
    );
    console.log(
      JSON.stringify({
        bench: 'startup',
        runs,
        consortiumSeconds: consortiumSeconds.map((s) => Number(s.toFixed(2))),
        consortiumMedianSeconds: Number(median.toFixed(2)),
        keycloakSeconds: Number(keycloakSeconds.toFixed(2)),
        targetSeconds: target,
        consortiumRatioToTarget: Number((median / target).toFixed(3)),
      }),
    );
  } finally {
    await keycloak.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
