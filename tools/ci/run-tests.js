#!/usr/bin/env node
// `npm test`: every jest project in one run (unit, integration against real PostgreSQL,
// end-to-end through the gateway), then one closing line with the totals over all projects.
const { spawnSync } = require('node:child_process');
const { mkdirSync, readFileSync, existsSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '../..');
const results = join(root, '.kyodo/jest-results.json');
mkdirSync(join(root, '.kyodo'), { recursive: true });
console.log(`Running the tests on Node.js ${process.version}`);
rmSync(results, { force: true });

const startedAt = Date.now();
const jest = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest', { paths: [root] }), '--json', `--outputFile=${results}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: process.env },
);

let passed = 0;
let failed = 0;
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  passed = summary.numPassedTests;
  // A suite that fails to load counts as one failure: its tests never ran.
  failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
  if (summary.numPendingTests + summary.numTodoTests > 0) {
    console.error(`${summary.numPendingTests + summary.numTodoTests} tests were skipped or left as todo: not allowed here.`);
    failed += summary.numPendingTests + summary.numTodoTests;
  }
} else {
  failed = 1;
}
// The operation census: whatever the end-to-end tests of this run sent stays within the limits.
const census = spawnSync(
  process.execPath,
  ['-r', '@swc-node/register', join(root, 'tools/ci/operation-census.ts'), '--since', String(startedAt)],
  { cwd: root, stdio: 'inherit', env: process.env },
);
if (census.status === 0) passed += 1;
else failed += 1;
// Lint (module boundaries, type-aware rules, resolver access, formatting) is one more check of a
// whole run; a run narrowed by jest arguments is someone iterating on a few specs.
if (process.argv.length <= 2) {
  const lint = spawnSync('npm', ['run', '--silent', 'lint'], { cwd: root, stdio: 'inherit', env: process.env });
  if (lint.status === 0) passed += 1;
  else {
    console.error('npm run lint failed: see above.');
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(jest.status === 0 && failed === 0 ? 0 : 1);
