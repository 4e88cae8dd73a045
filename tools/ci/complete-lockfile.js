#!/usr/bin/env node
// The npm registry mirror this project is built against serves only some platform builds of
// @swc/core and unrs-resolver. `npm install` then leaves the other platforms' entries out of
// package-lock.json, and `npm ci` refuses the lockfile ("Missing: … from lock file"). This adds
// those entries back (version, os, cpu, optional; nothing to download), exactly as a lockfile
// written against the full registry has them. Run it after `npm install` changes the lockfile:
//   node tools/ci/complete-lockfile.js && npm ci
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const file = join(__dirname, '../../package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const PARENTS = ['node_modules/@swc/core', 'node_modules/unrs-resolver'];
const OSES = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony'];
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64'];

function platformOf(name) {
  const tail = name.split('/')[1];
  const os = OSES.find((o) => tail.includes(`-${o}-`));
  const rest = tail.slice(tail.indexOf(`-${os}-`) + os.length + 2);
  const cpu = CPUS.find((c) => rest === c || rest.startsWith(`${c}-`));
  const libc = os === 'linux' ? (rest.includes('musl') ? ['musl'] : rest.includes('gnu') ? ['glibc'] : undefined) : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const parent of PARENTS) {
  const entry = lock.packages[parent];
  if (!entry) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os || !cpu) throw new Error(`Cannot tell the platform of ${name}`);
    lock.packages[key] = { version, cpu: [cpu], license: entry.license ?? 'MIT', optional: true, os: [os], ...(libc ? { libc } : {}) };
    added++;
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: added ${added} platform entries`);
