import { gql, recordQueries } from '@kyodo/testing';
import { OrdersTestNode, seedClient, seedOrder, startOrdersTestNode } from '../test-support/orders-test-node';

const LIST = gql`
  query ($status: OrderStatus, $clientId: String, $category: String, $fiscalYear: Int, $first: Int) {
    orders(status: $status, clientId: $clientId, category: $category, fiscalYear: $fiscalYear, first: $first) {
      nodes {
        title
      }
    }
  }
`;
const NESTED = gql`
  query ($clientId: String) {
    orders(clientId: $clientId, first: 100) {
      nodes {
        id
        title
        progress
        client {
          name
        }
        contract {
          id
        }
        history {
          to
        }
        tasks {
          id
          title
          hours
          status
        }
        delivery {
          status
          tasks {
            id
          }
        }
        feasibility {
          verdict
        }
      }
    }
  }
`;
const TRANSITION = gql`
  mutation ($id: ID!, $to: OrderStatus!) {
    transitionOrder(id: $id, to: $to) {
      status
    }
  }
`;

describe('order lists against PostgreSQL', () => {
  let node: OrdersTestNode;
  let townHall: string;
  let company: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_lists');
    townHall = await seedClient(node, '立科町 総務課', 'PUBLIC');
    company = await seedClient(node, '株式会社たてしな', 'PRIVATE');
  });

  afterAll(async () => {
    await node?.close();
  });

  const titles = async (variables: Record<string, unknown>): Promise<string[]> => {
    const res = await node.call<{ orders: { nodes: { title: string }[] } }>(LIST, { first: 100, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data!.orders.nodes.map((n) => n.title).sort();
  };

  it('filters by status, client, category and fiscal year (April to March, Asia/Tokyo)', async () => {
    const a = await seedOrder(node, townHall, { title: 'f-entry', category: 'DATA_ENTRY' });
    await seedOrder(node, townHall, { title: 'f-mailing', category: 'MAILING' });
    const c = await seedOrder(node, company, { title: 'f-annotation', category: 'ANNOTATION' });
    await node.call(TRANSITION, { id: a, to: 'CANCELLED' });
    // 2025-04-01 00:30 in Tokyo is FY2025; 2025-03-31 23:30 in Tokyo is still FY2024.
    await node.dataSource.query(`UPDATE orders SET created_at = '2025-03-31T15:30:00Z' WHERE id = $1`, [a]);
    await node.dataSource.query(`UPDATE orders SET created_at = '2025-03-31T14:30:00Z' WHERE id = $1`, [c]);

    expect(await titles({ status: 'CANCELLED' })).toEqual(['f-entry']);
    expect((await titles({ clientId: company })).filter((t) => t.startsWith('f-'))).toEqual(['f-annotation']);
    expect((await titles({ category: 'MAILING' })).filter((t) => t.startsWith('f-'))).toEqual(['f-mailing']);
    expect(await titles({ fiscalYear: 2025 })).toEqual(['f-entry']);
    expect(await titles({ fiscalYear: 2024 })).toEqual(['f-annotation']);
    expect(await titles({ fiscalYear: 2025, clientId: company })).toEqual([]);
    // An explicit null is no filter, as leaving it out (it once built the date "null-04-01").
    expect((await titles({ fiscalYear: null, category: 'MAILING' })).filter((t) => t.startsWith('f-'))).toEqual(['f-mailing']);
  });

  it('rejects malformed filters with BAD_USER_INPUT', async () => {
    const res = await node.call(LIST, { category: 'data entry', fiscalYear: 1999 });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/category/);
    expect(res.errors?.[0].message).toMatch(/fiscalYear/);
  });

  it('costs the same number of SQL statements for 10 nested tasks as for 500', async () => {
    const few = await seedClient(node, '少量 client', 'PUBLIC');
    const many = await seedClient(node, '大量 client', 'PUBLIC');
    const fewOrders = [await seedOrder(node, few, { estimatedHours: 1_000, contractId: null })];
    const manyOrders: string[] = [];
    for (let i = 0; i < 5; i++) manyOrders.push(await seedOrder(node, many, { estimatedHours: 1_000, contractId: null }));
    const addTasks = (orderId: string, n: number) =>
      node.dataSource.query(
        `INSERT INTO tasks (org_id, order_id, title, pay_basis, hours, pay_rate_yen, value_yen)
         SELECT 'tateshina', $1, 'task-' || i, 'HOURLY', 1, 1000, 0 FROM generate_series(1, $2) AS i`,
        [orderId, n],
      );
    await addTasks(fewOrders[0], 10);
    for (const id of manyOrders) await addTasks(id, 100);

    const statements = recordQueries(node.dataSource);
    const count = async (clientId: string, expectedTasks: number): Promise<number> => {
      statements.length = 0;
      const res = await node.call<{ orders: { nodes: { tasks: unknown[] }[] } }>(NESTED, { clientId });
      expect(res.errors).toBeUndefined();
      expect(res.data!.orders.nodes.reduce((n, o) => n + o.tasks.length, 0)).toBe(expectedTasks);
      return statements.length;
    };
    const forTen = await count(few, 10);
    const forFiveHundred = await count(many, 500);
    expect(forFiveHundred).toBe(forTen);
    // orders page, clients, history, tasks, passed hours, deliveries, feasibility checks: one statement each
    // (no contract ids, so no contract query; no deliveries yet, so no query for their tasks).
    expect(forTen).toBe(7);
  });
});
