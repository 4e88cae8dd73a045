import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isAlive, sleep } from './file-lock';
import type { JavaRuntime } from './java-runtime';
import { tail } from './run-command';

/**
 * Realm files reference the server's own URL as `${KYODO_KEYCLOAK_URL:http://localhost:8080}`
 * (the identity provider's endpoints, the broker's redirect URI). Keycloak resolves such
 * placeholders from its environment when it imports a realm at start-up.
 */
export const KEYCLOAK_URL_PLACEHOLDER = 'KYODO_KEYCLOAK_URL';

/**
 * The realm files' other placeholders. `KYODO_ADMIN_OTP` is the requirement of the "admin OTP"
 * subflows (OTP for org-admin and consortium-admin): CONDITIONAL (on) unless set, which is what a
 * production import gets; a server provisioned here is for demos and tests, whose admins log in
 * with a password only, so it gets DISABLED. `KYODO_GATEWAY_URL` is where Keycloak posts
 * back-channel logouts (`<gateway>/auth/backchannel-logout`).
 */
export const ADMIN_OTP_PLACEHOLDER = 'KYODO_ADMIN_OTP';
export const GATEWAY_URL_PLACEHOLDER = 'KYODO_GATEWAY_URL';

/** Master-realm admin of a provisioned dev server (admin console at `<url>/admin`). Demo only. */
export const DEV_ADMIN = { username: 'admin', password: 'admin' } as const;

export interface StartServerOptions {
  /** An unpacked distribution, shared read-mostly by every instance. */
  home: string;
  java: JavaRuntime;
  cacheDir: string;
  realmFiles: string[];
  port: number;
  managementPort: number;
  startTimeoutMs: number;
  /** The gateway's base URL, for the back-channel logout URL; the realm file's default (http://localhost:4000) otherwise. */
  gatewayUrl?: string;
  /** Aborting during start-up stops the server and rejects. */
  signal?: AbortSignal;
}

export interface KeycloakServer {
  url: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

interface InstanceOwner {
  ownerPid: number;
  keycloakPid: number;
  url: string;
}

/**
 * Starts `kc.sh start-dev` in a fresh instance directory and resolves once the server is ready
 * and serves the imported realms.
 *
 * Each instance has its own home (`instances/<port>`): a copy of `bin/kc.sh`, symbolic links to
 * the distribution's `lib`, `conf`, `themes` and `providers`, and its own `data` (the dev H2
 * database and `data/import`). So every start imports the realm files afresh, which the realms
 * need anyway: their identity-provider URLs carry the port. Servers started concurrently do not
 * share a database.
 */
export async function startKeycloakServer(options: StartServerOptions): Promise<KeycloakServer> {
  const { home, java, cacheDir, port, managementPort } = options;
  const url = `http://localhost:${port}`;
  const instanceDir = join(cacheDir, 'instances', String(port));
  await rm(instanceDir, { recursive: true, force: true });
  await layOutInstance(home, instanceDir, options.realmFiles);

  const logDir = join(cacheDir, 'logs');
  await mkdir(logDir, { recursive: true });
  const logFile = join(logDir, `keycloak-${port}.log`);
  const logFd = openSync(logFile, 'w');
  const child = spawn(
    'sh',
    [
      join(instanceDir, 'bin', 'kc.sh'),
      'start-dev',
      '--http-host=127.0.0.1',
      `--http-port=${port}`,
      '--http-management-host=127.0.0.1',
      `--http-management-port=${managementPort}`,
      '--health-enabled=true',
      '--import-realm',
    ],
    {
      cwd: instanceDir,
      env: serverEnvironment(java, url, options.gatewayUrl),
      // Own process group: stop() signals kc.sh and its java child together, and Ctrl-C in a
      // terminal reaches only the Node process, which then stops the server in order.
      detached: true,
      stdio: ['ignore', logFd, logFd],
    },
  );
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${join(instanceDir, 'bin', 'kc.sh')}; see ${logFile}`);

  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  // Last resort if the owner exits without stop(): never leave a server behind.
  const killOnExit = () => {
    killGroup(pid, 'SIGKILL');
    try {
      rmSync(instanceDir, { recursive: true, force: true });
    } catch {
      // The next provisioning removes what is left.
    }
  };
  process.once('exit', killOnExit);
  const owner: InstanceOwner = { ownerPid: process.pid, keycloakPid: pid, url };
  await writeFile(join(instanceDir, 'owner.json'), JSON.stringify(owner));

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (!exited) {
        killGroup(pid, 'SIGTERM');
        if (!(await exitsWithin(exitedPromise, 20_000))) {
          killGroup(pid, 'SIGKILL');
          await exitedPromise;
        }
      }
      process.removeListener('exit', killOnExit);
      await rm(instanceDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  try {
    await waitUntilReady({
      healthUrl: `http://127.0.0.1:${managementPort}/health/ready`,
      realmUrls: options.realmFiles.map((file) => `${url}/realms/${realmNameOf(file)}`),
      hasExited: () => exited,
      timeoutMs: options.startTimeoutMs,
      signal: options.signal,
    });
  } catch (error) {
    await stop();
    const log = existsSync(logFile) ? tail(readFileSync(logFile, 'utf8'), 40) : '(no log)';
    throw new Error(`${(error as Error).message}\nLog ${logFile} ends with:\n${log}`);
  }
  return { url, pid, logFile, stop };
}

/**
 * Stops servers whose owner process died without stopping them (a killed test run, say) and
 * removes their instance directories. A process is only signalled when its command line names the
 * instance directory, so a recycled process id is left alone.
 */
export async function reapOrphanedInstances(cacheDir: string): Promise<string[]> {
  const instancesDir = join(cacheDir, 'instances');
  if (!existsSync(instancesDir)) return [];
  const reaped: string[] = [];
  for (const name of await readdir(instancesDir)) {
    const dir = join(instancesDir, name);
    const owner = await readOwner(dir);
    if (owner && isAlive(owner.ownerPid)) continue;
    if (owner && isAlive(owner.keycloakPid) && commandLineOf(owner.keycloakPid).includes(dir)) {
      killGroup(owner.keycloakPid, 'SIGKILL');
      for (let i = 0; i < 50 && isAlive(owner.keycloakPid); i++) await sleep(100);
    }
    await rm(dir, { recursive: true, force: true });
    reaped.push(dir);
  }
  return reaped;
}

async function layOutInstance(home: string, instanceDir: string, realmFiles: string[]): Promise<void> {
  await mkdir(join(instanceDir, 'bin'), { recursive: true });
  // A copy, not a link: kc.sh finds its home by resolving its own path.
  await copyFile(join(home, 'bin', 'kc.sh'), join(instanceDir, 'bin', 'kc.sh'));
  for (const entry of await readdir(home)) {
    if (entry === 'bin' || entry === 'data') continue;
    await symlink(join(home, entry), join(instanceDir, entry));
  }
  const importDir = join(instanceDir, 'data', 'import');
  await mkdir(importDir, { recursive: true });
  for (const file of realmFiles) await copyFile(file, join(importDir, basename(file)));
}

function serverEnvironment(java: JavaRuntime, url: string, gatewayUrl?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // The server is configured by the options above only; a stray KC_DB or JAVA_OPTS in the
    // caller's shell would otherwise change it silently.
    if (key.startsWith('KC_') || key.startsWith('QUARKUS_') || key === 'JAVA' || key === 'JAVA_OPTS') continue;
    env[key] = value;
  }
  return {
    ...env,
    JAVA_HOME: java.home,
    [KEYCLOAK_URL_PLACEHOLDER]: url,
    [ADMIN_OTP_PLACEHOLDER]: 'DISABLED',
    ...(gatewayUrl ? { [GATEWAY_URL_PLACEHOLDER]: gatewayUrl } : {}),
    KC_BOOTSTRAP_ADMIN_USERNAME: DEV_ADMIN.username,
    KC_BOOTSTRAP_ADMIN_PASSWORD: DEV_ADMIN.password,
  };
}

function exitsWithin(exited: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void exited.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitUntilReady(check: {
  healthUrl: string;
  realmUrls: string[];
  hasExited: () => boolean;
  timeoutMs: number;
  signal?: AbortSignal;
}): Promise<void> {
  const deadline = Date.now() + check.timeoutMs;
  let pending = [check.healthUrl, ...check.realmUrls];
  while (pending.length > 0) {
    if (check.signal?.aborted) throw new Error('Keycloak start-up aborted');
    if (check.hasExited()) throw new Error('Keycloak exited during start-up');
    if (Date.now() > deadline) {
      throw new Error(`Keycloak not ready after ${Math.round(check.timeoutMs / 1000)} s (waiting for ${pending[0]})`);
    }
    if (await answers(pending[0])) {
      pending = pending.slice(1);
      continue;
    }
    await sleep(500);
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/** The realm a file defines, read from its `realm` field. */
function realmNameOf(file: string): string {
  const realm = (JSON.parse(readFileSync(file, 'utf8')) as { realm?: unknown }).realm;
  if (typeof realm !== 'string') throw new Error(`${file} has no "realm" name`);
  return realm;
}

async function readOwner(instanceDir: string): Promise<InstanceOwner | undefined> {
  try {
    return JSON.parse(await readFile(join(instanceDir, 'owner.json'), 'utf8')) as InstanceOwner;
  } catch {
    return undefined;
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
