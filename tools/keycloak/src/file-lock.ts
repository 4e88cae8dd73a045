import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** True when a process with this id runs (signal 0 only checks); a zombie does not count. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: "pid (comm) state ..."; a killed process stays a zombie until reaped.
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc (macOS): trust the signal
  }
}

/**
 * Runs `fn` while holding a lock directory, so two provisioners (say `npm start` and a test run)
 * do not unpack into, or re-augment, the same distribution at once. A lock left by a process that
 * has died is taken over.
 */
export async function withFileLock<T>(
  lockDir: string,
  fn: () => Promise<T>,
  options: { timeoutMs: number; onWait?: (holderPid: number) => void; signal?: AbortSignal },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let announced = false;
  await mkdir(dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A holder may be between mkdir and writing its pid: look twice before calling the lock stale.
    const holder = (await readHolder(lockDir)) ?? (await sleep(300).then(() => readHolder(lockDir)));
    if (holder === undefined || !isAlive(holder)) {
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (options.signal?.aborted) throw new Error(`Aborted while waiting for ${lockDir}`);
    if (!announced) options.onWait?.(holder);
    announced = true;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockDir} held by process ${holder}`);
    await sleep(500);
  }
  await writeFile(join(lockDir, 'pid'), String(process.pid));
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

async function readHolder(lockDir: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(join(lockDir, 'pid'), 'utf8'), 10);
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
