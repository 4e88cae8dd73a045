import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ServiceProcess {
  name: string;
  url: string;
  child: ChildProcess;
}

/**
 * Runs each service as its own process (as each member would run its own node), with its
 * output in a log file, and stops them all together.
 */
export class ProcessSupervisor {
  private readonly processes: ServiceProcess[] = [];

  constructor(
    private readonly repoRoot: string,
    private readonly logDir: string,
  ) {
    mkdirSync(logDir, { recursive: true });
  }

  start(name: string, main: string, port: number, env: Record<string, string>): ServiceProcess {
    const log = createWriteStream(join(this.logDir, `${name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(this.repoRoot, main)], {
      cwd: this.repoRoot,
      env: { ...process.env, ...env, PORT: String(port), SWC_NODE_PROJECT: join(this.repoRoot, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const started = { name, url: `http://127.0.0.1:${port}`, child };
    this.processes.push(started);
    return started;
  }

  /** Resolves when every process answers /health; rejects naming the first that exits or stays silent. */
  async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    await Promise.all(
      this.processes.map(async ({ name, url, child }) => {
        for (;;) {
          if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}; see ${join(this.logDir, `${name}.log`)}`);
          try {
            const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
            if (response.ok) return;
          } catch {
            // not listening yet
          }
          if (Date.now() > deadline) throw new Error(`${name} did not become healthy within ${timeoutMs} ms; see ${join(this.logDir, `${name}.log`)}`);
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
      }),
    );
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      this.processes.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const force = setTimeout(() => child.kill('SIGKILL'), 5000);
            child.once('exit', () => {
              clearTimeout(force);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    this.processes.length = 0;
  }
}
