import { INestApplication } from '@nestjs/common';
import { createTestDatabase, gql, postGraphQL, TestDatabase, bearer, testAuthOptions } from '@kyodo/testing';
import { createOrdersApp, migrateOrders } from '../orders-node';

const CREATE_CLIENT = gql`
  mutation ($input: CreateClientInput!) {
    createClient(input: $input) {
      id
      orgId
      name
      sector
    }
  }
`;
const CREATE_ORDER = gql`
  mutation ($orgId: String, $input: CreateOrderInput!) {
    createOrder(orgId: $orgId, input: $input) {
      id
      orgId
      title
      valueYen
      status
      client {
        name
      }
    }
  }
`;
const LIST = gql`
  query ($first: Int, $after: String) {
    orders(first: $first, after: $after) {
      nodes {
        title
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('orders subgraph against PostgreSQL', () => {
  let caller: Record<string, string>;
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  let clientId: string;

  beforeAll(async () => {
    caller = await bearer('tateshina-director');
    db = await createTestDatabase('orders_resolver');
    await migrateOrders(db.url);
    app = await createOrdersApp({ orgId: 'tateshina', databaseUrl: db.url, auth: testAuthOptions() });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const created = await postGraphQL<{ createClient: { id: string } }>(
      url,
      CREATE_CLIENT,
      {
        input: { name: '立科町 総務課', sector: 'PUBLIC' },
      },
      caller,
    );
    clientId = created.data!.createClient.id;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const orderInput = (title: string) => ({
    clientId,
    title,
    category: 'DATA_ENTRY',
    valueYen: 120_000,
    estimatedHours: 40,
    deadline: '2027-03-31',
  });

  it('creates an order in its own org and resolves its client', async () => {
    const res = await postGraphQL<{ createOrder: Record<string, unknown> }>(
      url,
      CREATE_ORDER,
      { input: orderInput('住民票データ入力') },
      caller,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createOrder).toMatchObject({
      orgId: 'tateshina',
      title: '住民票データ入力',
      valueYen: '120000',
      status: 'INQUIRY',
      client: { name: '立科町 総務課' },
    });
  });

  it("refuses an operation naming another org's id with WRONG_NODE and writes nothing", async () => {
    const before = await postGraphQL<{ orders: { nodes: unknown[] } }>(url, LIST, { first: 100 }, caller);
    const res = await postGraphQL(url, CREATE_ORDER, { orgId: 'shiojiri', input: orderInput('misrouted') }, caller);
    expect(res.errors?.[0].extensions?.code).toBe('WRONG_NODE');
    const after = await postGraphQL<{ orders: { nodes: unknown[] } }>(url, LIST, { first: 100 }, caller);
    expect(after.data!.orders.nodes).toHaveLength(before.data!.orders.nodes.length);
  });

  it('rejects bad input with BAD_USER_INPUT naming the fields', async () => {
    const res = await postGraphQL(url, CREATE_ORDER, { input: { ...orderInput('bad'), valueYen: -5, deadline: '31/03/2027' } }, caller);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/valueYen/);
    expect(res.errors?.[0].message).toMatch(/deadline/);
  });

  it('refuses an order for a client the org does not have', async () => {
    const res = await postGraphQL(
      url,
      CREATE_ORDER,
      { input: { ...orderInput('ghost'), clientId: '00000000-0000-4000-8000-000000000000' } },
      caller,
    );
    expect(res.errors?.[0].extensions?.code).toBe('CLIENT_NOT_FOUND');
  });

  it('pages through orders with cursors, newest first, without gaps or repeats', async () => {
    for (let i = 0; i < 5; i++) await postGraphQL(url, CREATE_ORDER, { input: orderInput(`page-${i}`) }, caller);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        data?: { orders: { nodes: { title: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null;
      } = await postGraphQL(url, LIST, { first: 2, after }, caller);
      seen.push(...page.data!.orders.nodes.map((n) => n.title));
      if (!page.data!.orders.pageInfo.hasNextPage) break;
      after = page.data!.orders.pageInfo.endCursor;
    }
    expect(seen.filter((t) => t.startsWith('page-'))).toEqual(['page-4', 'page-3', 'page-2', 'page-1', 'page-0']);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
