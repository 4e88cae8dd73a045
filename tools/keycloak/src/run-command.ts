import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  /** stdout and stderr interleaved, for error messages and logs. */
  output: string;
}

/** Thrown when the program itself is missing, so callers can try another one. */
export class CommandNotFoundError extends Error {
  constructor(readonly command: string) {
    super(`${command}: command not found`);
  }
}

/** Runs a program to completion and collects its output; never throws for a non-zero exit. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new CommandNotFoundError(command) : error));
    child.on('close', (code) => resolve({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** The last lines of a long output, for error messages. */
export function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
