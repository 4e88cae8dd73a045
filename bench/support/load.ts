import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { ChildProcess, spawn } from 'node:child_process';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers and connection errors: must be 0 for a result to count. */
  failures: number;
  requests: number;
}

/** autocannon against one URL with one body; every answer must be a 2xx for the run to count. */
export async function load(
  url: string,
  body: string,
  authorization: string,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body,
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

/** Starts a helper process that prints "ready" once it listens. */
export async function startReadyProcess(args: string[], cwd: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return child;
}

export const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime: fields 14 and 15 of the whole line
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ on Linux x86-64 and arm64. */
const CLOCK_TICKS_PER_SECOND = 100;
