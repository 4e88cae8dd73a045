import type { INestApplication, LogLevel } from '@nestjs/common';
import { createOrdersApp, migrateOrders } from '@kyodo/orders-service';
import { createWorkersApp, migrateWorkers } from '@kyodo/workers-service';
import { createTrainingApp, migrateTraining } from '@kyodo/training-service';
import { createReportingApp, migrateReporting } from '@kyodo/reporting-service';
import type { AuthModuleOptions } from '@kyodo/auth';
import type { NodeSubgraph } from '@kyodo/domain';

export interface OrgNodeService {
  create(options: { orgId: string; databaseUrl: string; auth: AuthModuleOptions }, logLevel?: LogLevel): Promise<INestApplication>;
  migrate(databaseUrl: string): Promise<string[]>;
  /** Entry point when the service runs as its own process. */
  main: string;
}

export interface HubService {
  create(options: { databaseUrl: string; auth: AuthModuleOptions }, logLevel?: LogLevel): Promise<INestApplication>;
  migrate(databaseUrl: string): Promise<string[]>;
  main: string;
}

/** The services every member org runs as its own nodes, one database each. */
export const ORG_NODE_SERVICES: Record<NodeSubgraph, OrgNodeService> = {
  orders: { create: createOrdersApp, migrate: migrateOrders, main: 'services/orders/src/main.ts' },
  workers: { create: createWorkersApp, migrate: migrateWorkers, main: 'services/workers/src/main.ts' },
  training: { create: createTrainingApp, migrate: migrateTraining, main: 'services/training/src/main.ts' },
};

/** The services the hub runs once, besides the gateway. */
export const HUB_SERVICES: Record<'reporting', HubService> = {
  reporting: { create: createReportingApp, migrate: migrateReporting, main: 'services/reporting/src/main.ts' },
};

export const GATEWAY_MAIN = 'services/gateway/src/main.ts';
