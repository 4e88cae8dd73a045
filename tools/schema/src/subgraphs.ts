import type { INestApplication } from '@nestjs/common';
import { createOrdersApp } from '@kyodo/orders-service';

export interface SubgraphSource {
  name: string;
  /** Where the committed SDL lives, relative to the repository root. */
  sdlPath: string;
  /** Builds the app without connecting to a database: only its schema is needed. */
  build(): Promise<INestApplication>;
}

const OFFLINE = 'postgres://schema-only@127.0.0.1:1/none';

/** Every subgraph composed into the supergraph, in composition order. */
export const SUBGRAPHS: SubgraphSource[] = [
  { name: 'orders', sdlPath: 'services/orders/schema.graphql', build: () => createOrdersApp({ orgId: 'schema', databaseUrl: OFFLINE, connectToDatabase: false }, 'error') },
];
