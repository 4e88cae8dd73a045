import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../repo-root';
import { CONSOLE_DIST } from './console-server';

/**
 * Set by the end-to-end tests' global setup once it has built the console for the whole run.
 * Vite empties the output folder before it writes, so a suite building again in a parallel
 * worker would take the pages and chunks from under another suite's browser mid-test.
 */
export const CONSOLE_BUILT_FOR_RUN = 'KYODO_CONSOLE_BUILT_FOR_RUN';

/**
 * Builds the console's static files with Vite (a few seconds), as `nx run console:build` does
 * without the type check; within a test run whose global setup built it already, does nothing.
 */
export function buildConsole(): Promise<void> {
  if (process.env[CONSOLE_BUILT_FOR_RUN] === '1') return Promise.resolve();
  const vite = join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn', join(REPO_ROOT, 'services/console')], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
  });
}

/** Builds the console unless a build is already there. */
export async function ensureConsoleBuilt(): Promise<void> {
  if (!existsSync(join(CONSOLE_DIST, 'index.html'))) await buildConsole();
}
