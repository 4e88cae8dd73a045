import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { testServerUrl } from '@kyodo/testing';
import { LaunchOptions, RunningConsortium } from './consortium-launcher';
import { REPO_ROOT } from './repo-root';

/** The operation log of a test consortium's gateway (see tools/ci/operation-census.ts). */
export const OPERATION_LOG = 'operations.jsonl';
/**
 * Where the operation logs go: beside, not inside, the services' logs. They hold the requests
 * as sent, variables included (the census needs the real `first` values), so they carry test
 * data such as personal details, which service logs never may (test/red-team/input).
 */
export const OPERATION_LOG_ROOT = join(REPO_ROOT, '.kyodo/test-operations');

/**
 * A consortium for an end-to-end test or a benchmark: free ports, databases named after the
 * run on the test PostgreSQL server, dropped again on stop.
 */
export interface TestConsortiumOptions extends Pick<
  LaunchOptions,
  | 'nodeTimeoutMs'
  | 'gatewayEnv'
  | 'consortiumEnv'
  | 'nodeEnv'
  | 'subgraphs'
  | 'restartPolicy'
  | 'hosted'
  | 'registerHosted'
  | 'operatedBy'
  | 'operatorIdentities'
  | 'programmes'
> {
  /**
   * Whether the gateway's operations go into the limits census (default yes). Red-team suites that
   * send over-limit or hostile operations on purpose say no: the census is of what the product sends.
   */
  recordOperations?: boolean;
}

export function launchTestConsortium(
  label: string,
  orgs: readonly string[],
  options: TestConsortiumOptions = {},
): Promise<RunningConsortium> {
  const run = `${label}_${randomBytes(3).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const keycloakUrl = process.env.KEYCLOAK_URL;
  if (!keycloakUrl) throw new Error('KEYCLOAK_URL is not set: run end-to-end tests through jest (its global setup provisions Keycloak).');
  const logDir = join(REPO_ROOT, '.kyodo/test-logs', run);
  return RunningConsortium.launch({
    orgs,
    keycloakUrl,
    serverUrl: testServerUrl(),
    databaseName: (orgId, subgraph) => `t_${run}_${orgId}_${subgraph}`.replace(/[^a-z0-9_]/g, '_').slice(0, 63),
    ports: 'free',
    logDir,
    logLevel: 'warn',
    nodeTimeoutMs: options.nodeTimeoutMs,
    // Every operation a test sends and every subgraph request made for it, for the limits census.
    gatewayEnv: {
      ...(options.recordOperations === false ? {} : { KYODO_RECORD_OPERATIONS: join(OPERATION_LOG_ROOT, run, OPERATION_LOG) }),
      ...options.gatewayEnv,
    },
    // A scheduled snapshot racing a test's own would make reporting tests flaky; the schedule has its own spec.
    reportingEnv: { SNAPSHOT_CHECK_INTERVAL_MS: '0' },
    consortiumEnv: options.consortiumEnv,
    nodeEnv: options.nodeEnv,
    hosted: options.hosted,
    registerHosted: options.registerHosted,
    operatedBy: options.operatedBy,
    operatorIdentities: options.operatorIdentities,
    programmes: options.programmes,
    subgraphs: options.subgraphs,
    restartPolicy: options.restartPolicy,
    dropDatabasesOnStop: true,
  });
}
