import type { INestApplication } from '@nestjs/common';

export interface SubgraphSource {
  name: string;
  /** Where the committed SDL lives, relative to the repository root. */
  sdlPath: string;
  /**
   * Builds the app without connecting to a database: only its schema is needed. Each service
   * is loaded only when built, because Nest keeps GraphQL types in one store per process and
   * two subgraphs declare types of the same name (`Worker` as entity and as reference).
   */
  build(): Promise<INestApplication>;
}

/** Enough to build an app that never connects: neither to PostgreSQL nor to Keycloak. */
export const OFFLINE = {
  orgId: 'schema',
  databaseUrl: 'postgres://schema-only@127.0.0.1:1/none',
  connectToDatabase: false,
  auth: { keycloakUrl: 'http://keycloak.offline.invalid', realm: 'kyodo', audience: 'kyodo-api' },
};

/** Every subgraph composed into the supergraph, in composition order. */
export const SUBGRAPHS: SubgraphSource[] = [
  { name: 'orders', sdlPath: 'services/orders/schema.graphql', build: async () => (await import('@kyodo/orders-service')).createOrdersApp(OFFLINE, 'error') },
  { name: 'workers', sdlPath: 'services/workers/schema.graphql', build: async () => (await import('@kyodo/workers-service')).createWorkersApp(OFFLINE, 'error') },
  { name: 'training', sdlPath: 'services/training/schema.graphql', build: async () => (await import('@kyodo/training-service')).createTrainingApp(OFFLINE, 'error') },
  { name: 'reporting', sdlPath: 'services/reporting/schema.graphql', build: async () => (await import('@kyodo/reporting-service')).createReportingApp(OFFLINE, 'error') },
];

export function subgraphNamed(name: string): SubgraphSource {
  const source = SUBGRAPHS.find((s) => s.name === name);
  if (!source) throw new Error(`Unknown subgraph "${name}"; known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return source;
}
