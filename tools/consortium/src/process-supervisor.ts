import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

interface ServiceSpec {
  name: string;
  main: string;
  port: number;
  env: Record<string, string>;
}

class PortTakenError extends Error {}

export interface ServiceProcess {
  name: string;
  url: string;
}

/**
 * Runs each service as its own process (as each member runs its own node), with its output
 * in a log file; stops and restarts single services (for partial-failure tests) or all.
 */
export class ProcessSupervisor {
  private readonly specs = new Map<string, ServiceSpec>();
  private readonly children = new Map<string, ChildProcess>();

  constructor(
    private readonly repoRoot: string,
    private readonly logDir: string,
  ) {
    mkdirSync(logDir, { recursive: true });
    // Whatever happens to this process (a failed test, an exception), its services go with it.
    process.once('exit', () => {
      for (const child of this.children.values()) child.kill('SIGKILL');
    });
  }

  start(name: string, main: string, port: number, env: Record<string, string>): ServiceProcess {
    this.specs.set(name, { name, main, port, env });
    this.spawn(name);
    return { name, url: `http://127.0.0.1:${port}` };
  }

  private spawn(name: string): void {
    const spec = this.specs.get(name)!;
    const log = createWriteStream(join(this.logDir, `${name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(this.repoRoot, spec.main)], {
      cwd: this.repoRoot,
      env: { ...process.env, ...spec.env, PORT: String(spec.port), SWC_NODE_PROJECT: join(this.repoRoot, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.children.set(name, child);
  }

  url(name: string): string {
    const spec = this.specs.get(name);
    if (!spec) throw new Error(`No service ${name}`);
    return `http://127.0.0.1:${spec.port}`;
  }

  /** Resolves when the named processes (default: all) answer /health. */
  async waitHealthy(timeoutMs: number, names: string[] = [...this.specs.keys()]): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    await Promise.all(
      names.map(async (name) => {
        const child = this.children.get(name)!;
        for (;;) {
          if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}; see ${join(this.logDir, `${name}.log`)}`);
          try {
            const response = await fetch(`${this.url(name)}/health`, { signal: AbortSignal.timeout(1000) });
            if (response.ok) {
              this.assertAnsweredBy(name, (await response.json()) as { service?: string; orgId?: string });
              return;
            }
          } catch (error) {
            if (error instanceof PortTakenError) throw error;
            // not listening yet
          }
          if (Date.now() > deadline) throw new Error(`${name} did not become healthy within ${timeoutMs} ms; see ${join(this.logDir, `${name}.log`)}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }),
    );
  }

  /** A /health answer from another process on the same port must not pass for this one's. */
  private assertAnsweredBy(name: string, report: { service?: string; orgId?: string }): void {
    const spec = this.specs.get(name)!;
    const service = /services\/([^/]+)\//.exec(spec.main)?.[1];
    if ((service && report.service !== service) || (spec.env.ORG_ID && report.orgId !== spec.env.ORG_ID)) {
      throw new PortTakenError(`${name}: port ${spec.port} answers as ${report.service}/${report.orgId ?? '-'}, another process holds it`);
    }
  }

  async stop(name: string): Promise<void> {
    const child = this.children.get(name);
    this.children.delete(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  /** The operating-system process id of a running service (benchmarks read its CPU time). */
  pid(name: string): number | undefined {
    return this.children.get(name)?.pid;
  }

  /** Starts a stopped service again on the same port, with the same environment. */
  async restart(name: string, timeoutMs = 60_000): Promise<void> {
    await this.stop(name);
    this.spawn(name);
    await this.waitHealthy(timeoutMs, [name]);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.children.keys()].map((name) => this.stop(name)));
  }
}
