import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from '@kyodo/database';
import { ProcessSupervisor } from './process-supervisor';
import { REPO_ROOT } from './repo-root';

const FIXTURE = 'tools/consortium/src/fixtures/health-fixture.ts';

async function healthPid(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return ((await response.json()) as { pid: number }).pid;
  } catch {
    return undefined;
  }
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('ProcessSupervisor restarts', () => {
  const logDir = mkdtempSync(join(tmpdir(), 'kyodo-supervisor-'));
  const announced: string[] = [];
  const supervisor = new ProcessSupervisor(REPO_ROOT, logDir, {
    restartPolicy: { initialDelayMs: 200, maxDelayMs: 1000, stableAfterMs: 60_000 },
    announce: (line) => announced.push(line),
  });
  afterAll(() => supervisor.stopAll());

  it('starts a service killed with SIGKILL again, on the same port, and logs why', async () => {
    const [port] = await freePorts(1);
    const { url } = supervisor.start('fixture', FIXTURE, port, {}, 64);
    await supervisor.waitHealthy(30_000, ['fixture']);
    const first = supervisor.pid('fixture')!;
    expect(await healthPid(url)).toBe(first);

    process.kill(first, 'SIGKILL');
    const second = await until(async () => {
      const pid = await healthPid(url);
      return pid !== undefined && pid !== first ? pid : undefined;
    }, 30_000);
    expect(supervisor.pid('fixture')).toBe(second);
    expect(announced).toEqual([
      expect.stringMatching(/^\[supervisor\] fixture exited unasked \(SIGKILL\) after \d+ s; restarting in 200 ms$/),
    ]);
    expect(readFileSync(join(logDir, 'fixture.log'), 'utf8')).toContain('fixture exited unasked (SIGKILL)');
  });

  it('does not restart a service it was asked to stop', async () => {
    const [port] = await freePorts(1);
    const { url } = supervisor.start('stopped', FIXTURE, port, {});
    await supervisor.waitHealthy(30_000, ['stopped']);
    await supervisor.stop('stopped');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await healthPid(url)).toBeUndefined();
  });
});
