import 'reflect-metadata';
import { startDemo } from '@kyodo/consortium-tools';

/**
 * bench/startup: how long `npm start` takes from launch to a consortium that answers through
 * the gateway, with the database already initialised. A first start (not timed) creates and
 * migrates the databases; the timed starts are the ones a user sees every day after that.
 * Prints one JSON line; the target is under 20 s on a 2-core machine.
 */
async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const warmup = await startDemo();
  await warmup.stop();

  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startedAt = process.hrtime.bigint();
    const demo = await startDemo();
    seconds.push(Number(process.hrtime.bigint() - startedAt) / 1e9);
    await demo.stop();
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const target = 20;
  console.log(
    JSON.stringify({
      bench: 'startup',
      runs,
      seconds: seconds.map((s) => Number(s.toFixed(2))),
      medianSeconds: Number(median.toFixed(2)),
      targetSeconds: target,
      ratioToTarget: Number((median / target).toFixed(3)),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
