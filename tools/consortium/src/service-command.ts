import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a service's entry point once, as its own process (`print-schema`, `migrate`, or a boot
 * that is expected to fail), with only the given environment besides PATH.
 */
export function runServiceCommand(main: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', join(REPO_ROOT, main), ...args],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', SWC_NODE_PROJECT: join(REPO_ROOT, 'tsconfig.base.json'), ...env },
        timeout: timeoutMs,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
