import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { withFileLock } from './file-lock';
import { freePort, isPortFree } from '@kyodo/database';
import { findJavaRuntime } from './java-runtime';
import { ensureDistribution, KEYCLOAK_VERSION } from './keycloak-distribution';
import { reapOrphanedInstances, startKeycloakServer } from './keycloak-server';
import { CACHE_DIR, REALM_FILES } from './paths';
import { KYODO_REALM } from './tokens';

export interface ProvisionKeycloakOptions {
  /** A running Keycloak to use instead of starting one. Defaults to the KEYCLOAK_URL variable. */
  url?: string;
  /** HTTP port of a started server. Defaults to KEYCLOAK_PORT, else any free port. */
  port?: number;
  /** Keycloak release to fetch. Defaults to KEYCLOAK_VERSION (the variable), else the pinned one. */
  version?: string;
  /** How long the server may take from spawn to ready. The download is not counted. */
  startTimeoutMs?: number;
  /** Progress lines ("fetching…", "starting…"); they also go to `.kyodo/keycloak/logs/provision.log`. */
  onProgress?: (line: string) => void;
  /** Abort a start in progress (Ctrl-C in the CLI): the half-started server is stopped. */
  signal?: AbortSignal;
  /** Base URL of the gateway that takes back-channel logouts (the demo's); the realm file's default otherwise. */
  gatewayUrl?: string;
}

export interface ProvisionedKeycloak {
  /** Base URL, e.g. `http://localhost:41234`; the realm lives at `<url>/realms/kyodo`. */
  url: string;
  realm: typeof KYODO_REALM;
  /** Stops the server this call started; does nothing for a KEYCLOAK_URL server. */
  stop(): Promise<void>;
  startedHere: boolean;
  /** The server's own log, when it was started here. */
  logFile?: string;
}

/**
 * Gives a Keycloak serving the kyodo realm. With KEYCLOAK_URL set, only checks that the realm
 * answers there. Otherwise fetches the distribution on first use (Maven Central, cached under
 * `.kyodo/keycloak/`), starts `kc.sh start-dev` on a free port with the realm files of
 * `infra/keycloak` imported into a fresh database, and waits until it is ready.
 */
export async function provisionKeycloak(options: ProvisionKeycloakOptions = {}): Promise<ProvisionedKeycloak> {
  const progress = progressLogger(options.onProgress);
  const external = options.url ?? process.env.KEYCLOAK_URL;
  if (external) {
    const url = external.replace(/\/+$/, '');
    await assertRealmAnswers(url);
    return { url, realm: KYODO_REALM, startedHere: false, stop: async () => undefined };
  }

  const java = findJavaRuntime();
  const version = options.version ?? process.env.KEYCLOAK_VERSION ?? KEYCLOAK_VERSION;
  const requestedPort = options.port ?? portFromEnvironment();
  return withFileLock(
    join(CACHE_DIR, 'provision.lock'),
    async () => {
      for (const dir of await reapOrphanedInstances(CACHE_DIR)) progress(`Removed a leftover Keycloak instance: ${dir}`);
      const home = await ensureDistribution({ version, cacheDir: CACHE_DIR, java, progress });
      const port = requestedPort ?? (await freePort());
      if (requestedPort !== undefined && !(await isPortFree(requestedPort))) {
        throw new Error(`Port ${requestedPort} (KEYCLOAK_PORT) is in use`);
      }
      let managementPort = await freePort();
      while (managementPort === port) managementPort = await freePort();
      progress(`Starting Keycloak ${version} (Java ${java.major}, ${java.home}) on http://localhost:${port}`);
      const server = await startKeycloakServer({
        home,
        java,
        cacheDir: CACHE_DIR,
        realmFiles: REALM_FILES,
        port,
        managementPort,
        startTimeoutMs: options.startTimeoutMs ?? 180_000,
        gatewayUrl: options.gatewayUrl,
        signal: options.signal,
      });
      progress(`Keycloak ready at ${server.url}; log: ${server.logFile}`);
      return { url: server.url, realm: KYODO_REALM, startedHere: true, logFile: server.logFile, stop: server.stop };
    },
    {
      // Another process may be in the middle of a first download.
      timeoutMs: 30 * 60_000,
      onWait: (pid) => progress(`Waiting for process ${pid}, which is provisioning Keycloak too`),
      signal: options.signal,
    },
  );
}

async function assertRealmAnswers(url: string): Promise<void> {
  const realmUrl = `${url}/realms/${KYODO_REALM}`;
  let response: Response;
  try {
    response = await fetch(realmUrl, { signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new Error(`KEYCLOAK_URL=${url} does not answer: ${(error as Error).message}`);
  }
  const body = response.ok ? ((await response.json()) as { realm?: string }) : undefined;
  if (body?.realm !== KYODO_REALM) {
    throw new Error(`KEYCLOAK_URL=${url} does not serve realm ${KYODO_REALM} (GET ${realmUrl} → ${response.status})`);
  }
}

function portFromEnvironment(): number | undefined {
  const raw = process.env.KEYCLOAK_PORT;
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) throw new Error(`KEYCLOAK_PORT=${raw} is not a port`);
  return port;
}

function progressLogger(onProgress: ((line: string) => void) | undefined): (line: string) => void {
  const logDir = join(CACHE_DIR, 'logs');
  return (line) => {
    mkdirSync(logDir, { recursive: true });
    appendFileSync(join(logDir, 'provision.log'), `${new Date().toISOString()} [${process.pid}] ${line}\n`);
    onProgress?.(line);
  };
}
