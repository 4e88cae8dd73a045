import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GraphQLResponse, postGraphQL } from './graphql-client';
import { createTestDatabase, TestDatabase } from './test-postgres';
import { bearer, testAuthOptions } from './test-identity';

/**
 * A real service node for an integration spec: its own PostgreSQL database, migrated, the app
 * listening on a free port, called over HTTP with a real Keycloak token.
 */
export interface TestNode {
  url: string;
  app: INestApplication;
  db: TestDatabase;
  dataSource: DataSource;
  /** Headers of the default caller. */
  caller: Record<string, string>;
  /** A GraphQL call as the default caller, or as another demo user. */
  call<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestNodeOptions {
  /** Names the test database. */
  label: string;
  migrate(databaseUrl: string): Promise<unknown>;
  create(databaseUrl: string, auth: ReturnType<typeof testAuthOptions>): Promise<INestApplication>;
  /** Demo user the calls are made as (default: tateshina's director). */
  callerUsername?: string;
}

export async function startTestNode(options: TestNodeOptions): Promise<TestNode> {
  const caller = await bearer(options.callerUsername ?? 'tateshina-director');
  const db = await createTestDatabase(options.label);
  await options.migrate(db.url);
  const app = await options.create(db.url, testAuthOptions());
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  return {
    url,
    app,
    db,
    caller,
    dataSource: app.get(DataSource),
    call: async (query, variables = {}, as) => postGraphQL(url, query, variables, as ? await bearer(as) : caller),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
