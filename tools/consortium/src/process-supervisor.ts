import { ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RESTART_POLICY, RestartPolicy, RestartPolicyOptions } from './restart-policy';

interface ServiceSpec {
  name: string;
  main: string;
  port: number;
  env: Record<string, string>;
  /** V8's old-space limit for the process (--max-old-space-size), in MB: a runaway request ends this process, never the machine. */
  heapMb?: number;
  restarts: RestartPolicy;
}

export interface SupervisorOptions {
  restartPolicy?: RestartPolicyOptions;
  /** Where restarts are announced besides the service's own log (the demo prints them). */
  announce?: (line: string) => void;
}

class PortTakenError extends Error {}

export interface ServiceProcess {
  name: string;
  url: string;
}

/**
 * Runs each service as its own process (as each member runs its own node), with its output
 * in a log file; stops and restarts single services (for partial-failure tests) or all. A
 * service that exits without being stopped (a crash, the kernel or V8 ending it for memory) is
 * started again after its restart policy's back-off, and the restart is logged.
 */
export class ProcessSupervisor {
  private readonly specs = new Map<string, ServiceSpec>();
  private readonly children = new Map<string, ChildProcess>();
  private readonly pendingRestarts = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly repoRoot: string,
    private readonly logDir: string,
    private readonly options: SupervisorOptions = {},
  ) {
    mkdirSync(logDir, { recursive: true });
    // Whatever happens to this process (a failed test, an exception), its services go with it.
    process.once('exit', () => {
      for (const timer of this.pendingRestarts.values()) clearTimeout(timer);
      for (const child of this.children.values()) child.kill('SIGKILL');
    });
  }

  start(name: string, main: string, port: number, env: Record<string, string>, heapMb?: number): ServiceProcess {
    this.specs.set(name, {
      name,
      main,
      port,
      env,
      heapMb,
      restarts: new RestartPolicy(this.options.restartPolicy ?? DEFAULT_RESTART_POLICY),
    });
    this.spawn(name);
    return { name, url: `http://127.0.0.1:${port}` };
  }

  private spawn(name: string): void {
    const spec = this.specs.get(name)!;
    const log = createWriteStream(join(this.logDir, `${name}.log`), { flags: 'a' });
    const heap = spec.heapMb ? [`--max-old-space-size=${spec.heapMb}`] : [];
    const child = spawn(process.execPath, [...heap, '-r', '@swc-node/register', join(this.repoRoot, spec.main)], {
      cwd: this.repoRoot,
      env: { ...process.env, ...spec.env, PORT: String(spec.port), SWC_NODE_PROJECT: join(this.repoRoot, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.children.set(name, child);
    const startedAt = Date.now();
    child.once('exit', (code, signal) => {
      // stop() and restart() forget the child before they end it: only an unasked exit restarts.
      if (this.children.get(name) !== child) return;
      const delay = spec.restarts.delayAfterCrash(Date.now() - startedAt);
      const line = `[supervisor] ${name} exited unasked (${signal ?? `code ${code}`}) after ${Math.round((Date.now() - startedAt) / 1000)} s; restarting in ${delay} ms`;
      // The child's output has closed the log stream by now.
      appendFileSync(join(this.logDir, `${name}.log`), `${line}\n`);
      this.options.announce?.(line);
      this.pendingRestarts.set(
        name,
        setTimeout(() => {
          this.pendingRestarts.delete(name);
          if (this.children.get(name) === child) this.spawn(name);
        }, delay).unref(),
      );
    });
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
          if (child.exitCode !== null)
            throw new Error(`${name} exited with code ${child.exitCode}; see ${join(this.logDir, `${name}.log`)}`);
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
          if (Date.now() > deadline)
            throw new Error(`${name} did not become healthy within ${timeoutMs} ms; see ${join(this.logDir, `${name}.log`)}`);
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
    clearTimeout(this.pendingRestarts.get(name));
    this.pendingRestarts.delete(name);
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

  /** Every running service's name and process id (benchmarks read each one's memory). */
  pids(): Map<string, number> {
    const pids = new Map<string, number>();
    for (const [name, child] of this.children) if (child.pid !== undefined) pids.set(name, child.pid);
    return pids;
  }

  /** Starts a stopped service again on the same port, with the same environment. */
  async restart(name: string, timeoutMs = 60_000): Promise<void> {
    await this.stop(name);
    this.spawn(name);
    await this.waitHealthy(timeoutMs, [name]);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...new Set([...this.children.keys(), ...this.pendingRestarts.keys()])].map((name) => this.stop(name)));
  }
}
