import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { OFFLINE_AUTH, ServiceAccountTokens } from '@kyodo/auth';
import { authOptionsOf, hostedOrgIdsOf, operatorPublicationOf, loadConfig, MigrateConfig } from '@kyodo/config';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { GatewayClient, runServiceMain } from '@kyodo/subgraph';
import { GatewayFeasibilityUpstream } from './feasibility/feasibility-upstream';
import { GatewaySettlementUpstream } from './settlements/settlement-upstream';
import { GatewayTrainingUpstream } from './trainings/training-upstream';
import { GatewayOrderLeadUpstream } from './order-lead/order-lead-upstream';
import { GatewayTrainingRecords } from './assignments/gateway-training-records';
import { InMemoryTrainingRecords } from './assignments/in-memory-training-records';
import { GatewayTaskRequirements } from './assignments/task-requirements';
import { GatewayTaskDetailsSource } from './me/task-details-source';
import { GatewayPromotionBasis } from './promotions/promotion-basis';
import { GatewayPoolClaimSource } from './sharing/pool-claim-source';
import { dataKeyOf, mailSettingsOf, WorkersConfig } from './workers.config';
import { KeycloakLoginDirectory } from './logins/keycloak-login-directory';
import { createWorkersApp, migrateWorkers } from './workers-node';

// `main.ts` serves, `main.ts migrate` migrates DATABASE_URL, `main.ts print-schema` prints the SDL.
void runServiceMain({
  serve: async () => {
    const config = loadConfig(WorkersConfig);
    if (config.MIGRATE_ON_START) await migrateWorkers(config.DATABASE_URL);
    const gateway = new GatewayClient(config.GATEWAY_URL);
    const auth = authOptionsOf(config);
    // The same client (kyodo-workers) that manages logins: its service account also pushes facts to the orders node.
    const serviceAccount = config.KEYCLOAK_ADMIN_CLIENT_SECRET
      ? new ServiceAccountTokens({
          keycloakUrl: auth.keycloakUrl,
          realm: auth.realm,
          clientId: config.KEYCLOAK_ADMIN_CLIENT_ID,
          clientSecret: config.KEYCLOAK_ADMIN_CLIENT_SECRET,
        })
      : null;
    const app = await createWorkersApp(
      {
        orgId: config.ORG_ID,
        hostedOrgIds: hostedOrgIdsOf(config),
        ...operatorPublicationOf(config),
        databaseUrl: config.DATABASE_URL,
        auth,
        dataKey: dataKeyOf(config),
        trainingRecords: new GatewayTrainingRecords(gateway),
        poolClaims: new GatewayPoolClaimSource(gateway),
        taskRequirements: new GatewayTaskRequirements(gateway),
        promotionBasis: new GatewayPromotionBasis(gateway),
        taskDetails: new GatewayTaskDetailsSource(gateway),
        feasibility: new GatewayFeasibilityUpstream(gateway),
        settlements: new GatewaySettlementUpstream(gateway),
        trainings: new GatewayTrainingUpstream(gateway),
        orderLead: new GatewayOrderLeadUpstream(gateway),
        serviceAccount,
        mail: mailSettingsOf(config),
        logins: config.KEYCLOAK_ADMIN_CLIENT_SECRET
          ? new KeycloakLoginDirectory({
              keycloakUrl: config.KEYCLOAK_URL,
              realm: config.KEYCLOAK_REALM,
              clientId: config.KEYCLOAK_ADMIN_CLIENT_ID,
              clientSecret: config.KEYCLOAK_ADMIN_CLIENT_SECRET,
            })
          : null,
        consoleUrl: config.CONSOLE_URL,
      },
      config.LOG_LEVEL,
    );
    return { app, port: config.PORT };
  },
  migrate: () => migrateWorkers(loadConfig(MigrateConfig).DATABASE_URL),
  offline: () =>
    createWorkersApp(
      {
        orgId: 'schema',
        databaseUrl: OFFLINE_DATABASE_URL,
        connectToDatabase: false,
        auth: OFFLINE_AUTH,
        dataKey: randomBytes(32),
        trainingRecords: new InMemoryTrainingRecords(),
      },
      'error',
    ),
});
