import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bearer, createTestDatabase, gql, postGraphQL, testAuthOptions, TestDatabase, GraphQLResponse } from '@kyodo/testing';
import { createOrdersApp, migrateOrders } from '../orders-node';

/**
 * A real orders node for integration specs: its own PostgreSQL database, migrated, listening on
 * a free port, called over HTTP with a real Keycloak token of tateshina's director.
 */
export interface OrdersTestNode {
  url: string;
  app: INestApplication;
  db: TestDatabase;
  dataSource: DataSource;
  caller: Record<string, string>;
  call<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startOrdersTestNode(label: string): Promise<OrdersTestNode> {
  const caller = await bearer('tateshina-director');
  const db = await createTestDatabase(label);
  await migrateOrders(db.url);
  const app = await createOrdersApp({ orgId: 'tateshina', databaseUrl: db.url, auth: testAuthOptions() });
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  return {
    url,
    app,
    db,
    caller,
    dataSource: app.get(DataSource),
    call: (query, variables = {}) => postGraphQL(url, query, variables, caller),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

const CREATE_CLIENT = gql`
  mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }
`;
const CREATE_ORDER = gql`
  mutation ($input: CreateOrderInput!) { createOrder(input: $input) { id } }
`;

export async function seedClient(node: OrdersTestNode, name = '立科町 総務課', sector = 'PUBLIC'): Promise<string> {
  const res = await node.call<{ createClient: { id: string } }>(CREATE_CLIENT, { input: { name, sector } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createClient.id;
}

export async function seedOrder(node: OrdersTestNode, clientId: string, input: Record<string, unknown> = {}): Promise<string> {
  const res = await node.call<{ createOrder: { id: string } }>(CREATE_ORDER, {
    input: { clientId, title: '住民票データ入力', category: 'DATA_ENTRY', valueYen: 120_000, estimatedHours: 40, deadline: '2027-03-31', ...input },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createOrder.id;
}
