import { DataSource } from 'typeorm';
import { tokyoToday } from '@kyodo/domain';
import { gql, startTestNode, TestNode } from '@kyodo/testing';
import { createOrdersApp, migrateOrders } from '../orders-node';

const RECORD = gql`
  mutation ($orgId: String, $input: RecordSalesActivityInput!) {
    recordSalesActivity(orgId: $orgId, input: $input) {
      id
      orgId
      visitedOn
      prospect
      outcome
      staffName
      note
      recordedBy
    }
  }
`;
const LIST = gql`
  query ($fiscalYear: Int!) {
    salesActivities(fiscalYear: $fiscalYear) {
      visitedOn
      prospect
      outcome
      staffName
    }
  }
`;
const AGGREGATES = gql`
  query ($fiscalYear: Int!) {
    consortiumOrderAggregates(fiscalYear: $fiscalYear) {
      salesVisits
    }
  }
`;

/** 営業活動 at tateshina: staff log visits; the count per fiscal year (Asia/Tokyo days) is a grant KPI the support body gathers. */
describe('sales activity log against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'orders_sales',
      migrate: migrateOrders,
      create: (databaseUrl, auth) => createOrdersApp({ orgId: 'tateshina', databaseUrl, auth }),
    });
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  const rows = async () => Number((await sql.query(`SELECT count(*) AS n FROM sales_activities`))[0].n);
  const visit = { visitedOn: '2025-04-01', prospect: '立科町 商工会', outcome: 'PROPOSED', staffName: '北原 花子' };

  it('logs visits with an audit line and lists the fiscal year, latest first', async () => {
    const res = await node.call<{ recordSalesActivity: Record<string, unknown> }>(RECORD, {
      input: { ...visit, note: '入力業務の提案\n次回見積' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordSalesActivity).toMatchObject({ orgId: 'tateshina', ...visit, note: '入力業務の提案\n次回見積' });
    for (const [visitedOn, outcome] of [
      ['2026-03-31', 'ORDERED'],
      ['2026-04-01', 'FOLLOW_UP'],
      ['2025-03-31', 'DECLINED'],
    ]) {
      expect((await node.call(RECORD, { input: { ...visit, visitedOn, outcome } }, 'tateshina-admin')).errors).toBeUndefined();
    }
    const list = await node.call<{ salesActivities: { visitedOn: string; outcome: string }[] }>(LIST, { fiscalYear: 2025 });
    expect(list.data!.salesActivities.map((a) => [a.visitedOn, a.outcome])).toEqual([
      ['2026-03-31', 'ORDERED'],
      ['2025-04-01', 'PROPOSED'],
    ]);
    expect(Number((await sql.query(`SELECT count(*) AS n FROM audit_log WHERE action = 'sales-activity.record'`))[0].n)).toBe(4);
    // The support body's fan-out counts them per fiscal year: April 1 to March 31.
    const counts = await Promise.all(
      [2024, 2025, 2026].map(
        async (fiscalYear) =>
          (await node.call<{ consortiumOrderAggregates: { salesVisits: number }[] }>(AGGREGATES, { fiscalYear }, 'consortium-admin')).data!
            .consortiumOrderAggregates[0].salesVisits,
      ),
    );
    expect(counts).toEqual([1, 2, 1]);
  });

  it('refuses a future day, bad input, another org and roles without sales, writing nothing', async () => {
    const before = await rows();
    const tomorrow = new Date(Date.parse(`${tokyoToday()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    for (const [variables, code, as] of [
      [{ input: { ...visit, visitedOn: tomorrow } }, 'VISIT_IN_FUTURE', undefined],
      [{ input: { ...visit, visitedOn: '2025-02-30' } }, 'BAD_USER_INPUT', undefined],
      [{ input: { ...visit, prospect: '' } }, 'BAD_USER_INPUT', undefined],
      [{ input: { ...visit, prospect: '改行\nあり' } }, 'BAD_USER_INPUT', undefined],
      [{ input: { ...visit, outcome: 'MAYBE' } }, 'BAD_USER_INPUT', undefined],
      [{ input: { ...visit, staffName: 'x'.repeat(101) } }, 'BAD_USER_INPUT', undefined],
      [{ orgId: 'shiojiri', input: visit }, 'FORBIDDEN', 'shiojiri-admin'],
      [{ input: visit }, 'FORBIDDEN', 'tateshina-worker'],
    ] as const) {
      const res = await node.call(RECORD, variables, as);
      expect([variables, res.errors?.[0].extensions?.code]).toEqual([variables, code]);
    }
    expect(await rows()).toBe(before);
  });
});
