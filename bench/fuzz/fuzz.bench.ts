import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchTestConsortium, REPO_ROOT, RunningConsortium } from '@kyodo/consortium-tools';
import { FUZZ_CONSORTIUM_ENV, FUZZ_GATEWAY_ENV, FUZZ_ORGS, FuzzReport, runFuzz } from '../../test/support/fuzz/fuzz-runner';
import { runBench } from '../support/run-bench';

/**
 * bench/fuzz: schema-driven fuzzing (issue 14, item 10) at full length. BENCH_FUZZ_CASES cases
 * (default 10,000) generated from the committed supergraph by the fuzzer test/red-team/fuzz.e2e.spec.ts
 * samples: every Query and Mutation, as every role, with valid, boundary and hostile arguments
 * (fast-check, seed BENCH_FUZZ_SEED), through the gateway of a two-member test consortium, one at
 * a time. Prints progress, every failure class found, and as its last line one JSON object with
 * the counts (cases, 5xx, INTERNAL_SERVER_ERROR, crashes, unchanged-on-refusal violations) and
 * the operations covered per role. The full report goes to .kyodo/fuzz-report.json.
 */

const CASES = Number(process.env.BENCH_FUZZ_CASES ?? 10_000);
const SEED = Number(process.env.BENCH_FUZZ_SEED ?? 20261207);

async function main(): Promise<void> {
  let consortium: RunningConsortium | undefined;
  try {
    consortium = await launchTestConsortium('bench_fuzz', FUZZ_ORGS, {
      consortiumEnv: FUZZ_CONSORTIUM_ENV,
      gatewayEnv: FUZZ_GATEWAY_ENV,
      recordOperations: false,
    });
    const file = join(REPO_ROOT, '.kyodo/fuzz-report.json');
    // The report so far is on disk as the run goes: a long run can be read (or stopped) half-way.
    const progress = (r: FuzzReport) => {
      writeFileSync(file, JSON.stringify(r, null, 2));
      console.error(
        `${r.cases}/${CASES} cases, ${r.msPerCase} ms each: 5xx ${r.http5xx}, INTERNAL_SERVER_ERROR ${r.internalServerErrors}, NODE_UNAVAILABLE ${r.nodeUnavailable}, crashes ${r.crashes}, changed on refusal ${r.unchangedOnRefusalViolations} (${r.failureClasses.length} classes)`,
      );
    };
    const report = await runFuzz(consortium, { seed: SEED, cases: CASES, onProgress: progress, progressEvery: 100 });
    writeFileSync(file, JSON.stringify(report, null, 2));
    for (const c of report.failureClasses)
      console.log(
        `${c.kind}  ${c.operation}  ×${c.count}  ${c.detail}\n    e.g. case ${c.example.index} as ${c.example.role} (${c.example.profile}): ${c.example.variables}\n    → ${c.example.status} ${c.example.errors}`,
      );
    console.log(`full report: ${file}`);
    console.log(
      JSON.stringify({
        bench: 'fuzz',
        seed: report.seed,
        cases: report.cases,
        http5xx: report.http5xx,
        internalServerErrors: report.internalServerErrors,
        nodeUnavailable: report.nodeUnavailable,
        crashes: report.crashes,
        timeouts: report.timeouts,
        refusedMutations: report.refusedMutations,
        unchangedOnRefusalViolations: report.unchangedOnRefusalViolations,
        failureClasses: report.failureClasses.length,
        operationsCoveredPerRole: report.coverage,
        msPerCase: report.msPerCase,
      }),
    );
  } finally {
    await consortium?.stop();
  }
}

runBench(main);
