import { join } from 'node:path';
import { nodeDatabaseName, startEmbeddedPostgres } from '@kyodo/database';
import { DEMO_HOSTED, DEMO_OPERATED_BY, DEMO_OPERATOR_IDENTITIES, DEMO_ORGS, DEMO_PROGRAMMES, NODE_SUBGRAPHS } from '@kyodo/domain';
import { ConfigProblem, ConfigValidationError, loadConfig } from '@kyodo/config';
import { provisionKeycloak, ProvisionedKeycloak } from '@kyodo/keycloak-tools';
import { RunningConsortium } from '../consortium-launcher';
import { ensureConsoleBuilt } from '../console/build-console';
import { RunningConsoleServer, startConsoleServer } from '../console/console-server';
import { REPO_ROOT } from '../repo-root';
import { DemoConfig, nodeDatabaseOverrideVar } from './demo.config';
import { seedDemo } from './demo-seed';

export interface DemoHandle {
  consortium: RunningConsortium;
  keycloak: ProvisionedKeycloak;
  /** The web console, serving services/console/dist (built on first start). */
  console: RunningConsoleServer;
  seeded: boolean;
  stop(): Promise<void>;
}

const POSTGRES_URL = /^postgres(ql)?:\/\/.+/;

/** Per-node database overrides (`DATABASE_URL_TATESHINA_WORKERS`), validated like the rest. */
function nodeDatabaseOverrides(env: NodeJS.ProcessEnv): Map<string, string> {
  const overrides = new Map<string, string>();
  const problems: ConfigProblem[] = [];
  for (const org of DEMO_ORGS) {
    for (const subgraph of NODE_SUBGRAPHS) {
      const variable = nodeDatabaseOverrideVar(org.id, subgraph);
      const value = env[variable];
      if (!value) continue;
      if (POSTGRES_URL.test(value)) overrides.set(`${org.id}/${subgraph}`, value);
      else problems.push({ variable, value: '***', messages: [`${variable} must be a postgres:// connection URL`] });
    }
  }
  if (problems.length) throw new ConfigValidationError(problems);
  return overrides;
}

/**
 * Boots the demo consortium: PostgreSQL (configured or embedded), one database per node,
 * migrations, the hub (gateway, reporting) and three member orgs, each node its own process
 * and HTTP server on a fixed port. Seeds demo data on the first start; a second start reuses it.
 */
export async function startDemo(env: NodeJS.ProcessEnv = process.env): Promise<DemoHandle> {
  const config = loadConfig(DemoConfig, env);
  const overrides = nodeDatabaseOverrides(env);
  // Keycloak (KEYCLOAK_URL, else provisioned) starts while PostgreSQL comes up.
  const [keycloakResult, embeddedResult, consoleBuild] = await Promise.allSettled([
    // Keycloak posts back-channel logouts to the demo's gateway, so a logout ends the session's tokens at once.
    provisionKeycloak({
      url: config.KEYCLOAK_URL,
      port: config.KEYCLOAK_PORT,
      gatewayUrl: `http://127.0.0.1:${config.GATEWAY_PORT}`,
      onProgress: (line) => console.error(`[keycloak] ${line}`),
    }),
    config.DATABASE_URL
      ? Promise.resolve(undefined)
      : startEmbeddedPostgres({ dataDir: join(REPO_ROOT, '.kyodo/postgres'), port: config.EMBEDDED_PG_PORT }),
    ensureConsoleBuilt(),
  ]);
  const keycloak = keycloakResult.status === 'fulfilled' ? keycloakResult.value : undefined;
  const embedded = embeddedResult.status === 'fulfilled' ? embeddedResult.value : undefined;
  const stopInfrastructure = async () => {
    await keycloak?.stop();
    await embedded?.stop();
  };
  if (!keycloak || embeddedResult.status === 'rejected' || consoleBuild.status === 'rejected') {
    await stopInfrastructure();
    const failed = [keycloakResult, embeddedResult, consoleBuild].find((r): r is PromiseRejectedResult => r.status === 'rejected');
    throw failed?.reason;
  }
  try {
    const consortium = await RunningConsortium.launch({
      orgs: DEMO_ORGS.map((o) => o.id),
      hosted: DEMO_HOSTED,
      operatedBy: DEMO_OPERATED_BY,
      // Published with OPERATED_BY: tateshina's and omachi's documents name shiojiri and their programme.
      operatorIdentities: DEMO_OPERATOR_IDENTITIES,
      programmes: DEMO_PROGRAMMES,
      // The registry seeds the demo members in the forms the real ones run.
      consortiumEnv: {
        KYODO_MEMBER_FORMS: JSON.stringify(
          Object.fromEntries(
            DEMO_ORGS.map((org) => [
              org.id,
              { operatingForm: org.operatingForm, partnerOperatorId: org.partnerOperatorId, name: org.nameJa },
            ]),
          ),
        ),
      },
      keycloakUrl: keycloak.url,
      serverUrl: config.DATABASE_URL ?? embedded!.url,
      databaseName: nodeDatabaseName,
      databaseOverrides: overrides,
      ports: {
        gateway: config.GATEWAY_PORT,
        reporting: config.REPORTING_PORT,
        consortium: config.CONSORTIUM_PORT,
        node: (orgIndex, subgraph) => config.NODE_PORT_BASE + orgIndex * 10 + NODE_SUBGRAPHS.indexOf(subgraph) + 1,
      },
      logDir: join(REPO_ROOT, '.kyodo/logs'),
      logLevel: config.LOG_LEVEL,
      announce: (line) => console.warn(line),
    });
    const seeded = await seedDemo(consortium.gatewayUrl, keycloak.url).catch(async (error: unknown) => {
      await consortium.stop();
      throw error;
    });
    const consoleServer = await startConsoleServer({
      gatewayUrl: consortium.gatewayUrl,
      keycloakUrl: keycloak.url,
      port: config.CONSOLE_PORT,
    }).catch(async (error: unknown) => {
      await consortium.stop();
      throw error;
    });
    return {
      consortium,
      keycloak,
      console: consoleServer,
      seeded,
      stop: async () => {
        await consoleServer.stop();
        await consortium.stop();
        await stopInfrastructure();
      },
    };
  } catch (error) {
    await stopInfrastructure();
    throw error;
  }
}
