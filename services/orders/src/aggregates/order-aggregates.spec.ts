import { DataSource } from 'typeorm';
import { gql, recordQueries, startTestNode, TestNode } from '@kyodo/testing';
import { createOrdersApp, migrateOrders } from '../orders-node';

const AGGREGATES = gql`
  query ($fiscalYear: Int!) {
    consortiumOrderAggregates(fiscalYear: $fiscalYear) {
      orgId
      fiscalYear
      total {
        orderCount
        valueYen
      }
      publicSector {
        orderCount
        valueYen
      }
      privateSector {
        orderCount
        valueYen
      }
      routine {
        orderCount
        valueYen
      }
      nonRoutine {
        orderCount
        valueYen
      }
      byClient {
        clientName
        sector
        orderCount
        valueYen
      }
      byCategory {
        category
        orderCount
        valueYen
      }
      clientCount
      settledSharedWork {
        partnerOrgId
        settledYen
      }
    }
  }
`;

/**
 * Hand-computed fixture at tateshina, FY2025 (2025-04-01 .. 2026-03-31, Asia/Tokyo), counted by
 * the day the delivery was accepted (検収):
 *  - 市 総務課 (PUBLIC): 100,000 DATA_ENTRY routine accepted 2025-04-01 00:00 JST (first instant);
 *    50,000 WRITING non-routine accepted 2026-03-31 23:59 JST (last minute).
 *  - 株式会社 信州 (PRIVATE): 30,000 ANNOTATION non-routine accepted 2025-10-10.
 *  - Not counted: accepted 2025-03-31 23:59 JST (FY2024), 2026-04-01 00:00 JST (FY2026),
 *    delivered but not accepted, and another org's row.
 */
describe('order aggregates per fiscal year against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'orders_aggregates',
      migrate: migrateOrders,
      create: (databaseUrl, auth) => createOrdersApp({ orgId: 'tateshina', databaseUrl, auth }),
      callerUsername: 'consortium-admin',
    });
    sql = node.dataSource;
    const client = async (orgId: string, name: string, sector: string): Promise<string> =>
      (
        await sql.query(
          `INSERT INTO clients (org_id, name, sector, created_at) VALUES ($1, $2, $3, '2025-01-01T00:00:00+09:00') RETURNING id`,
          [orgId, name, sector],
        )
      )[0].id;
    const order = async (
      orgId: string,
      clientId: string,
      category: string,
      routine: boolean,
      valueYen: number | string,
      acceptedAt: string | null,
    ) => {
      const [{ id }] = await sql.query(
        `INSERT INTO orders (org_id, client_id, title, category, routine, value_yen, estimated_hours, deadline, required_stage, status)
         VALUES ($1, $2, '集計テスト', $3, $4, $5, 10, '2027-03-31', 'C', $6) RETURNING id`,
        [orgId, clientId, category, routine, valueYen, acceptedAt ? 'ACCEPTED' : 'DELIVERED'],
      );
      await sql.query(
        `INSERT INTO deliveries (org_id, order_id, status, amount_yen, delivered_by, accepted_at, accepted_by) VALUES ($1, $2, $3, $4, 'director', $5::timestamptz, $6)`,
        [orgId, id, acceptedAt ? 'ACCEPTED' : 'DELIVERED', valueYen, acceptedAt, acceptedAt ? 'director' : null],
      );
    };
    const city = await client('tateshina', '市 総務課', 'PUBLIC');
    const company = await client('tateshina', '株式会社 信州', 'PRIVATE');
    await order('tateshina', city, 'DATA_ENTRY', true, 100_000, '2025-04-01T00:00:00+09:00');
    await order('tateshina', city, 'WRITING', false, 50_000, '2026-03-31T23:59:00+09:00');
    await order('tateshina', company, 'ANNOTATION', false, 30_000, '2025-10-10T12:00:00+09:00');
    await order('tateshina', city, 'DATA_ENTRY', true, 7_000, '2025-03-31T23:59:00+09:00');
    await order('tateshina', city, 'DATA_ENTRY', true, 9_000, '2026-04-01T00:00:00+09:00');
    await order('tateshina', company, 'ANNOTATION', true, 11_000, null);
    const other = await client('shiojiri', '塩尻 他団体', 'PUBLIC');
    await order('shiojiri', other, 'DATA_ENTRY', true, 13_000, '2025-06-01T00:00:00+09:00');
  });

  afterAll(async () => {
    await node?.close();
  });

  const aggregates = async (fiscalYear: number, as?: string) => {
    const res = await node.call<{ consortiumOrderAggregates: unknown[] }>(AGGREGATES, { fiscalYear }, as);
    expect(res.errors).toBeUndefined();
    return res.data!.consortiumOrderAggregates;
  };

  it('sums the orders accepted in the fiscal year by every slice, in two SQL statements', async () => {
    const queries = recordQueries(sql);
    expect(await aggregates(2025)).toEqual([
      {
        orgId: 'tateshina',
        fiscalYear: 2025,
        total: { orderCount: 3, valueYen: '180000' },
        publicSector: { orderCount: 2, valueYen: '150000' },
        privateSector: { orderCount: 1, valueYen: '30000' },
        routine: { orderCount: 1, valueYen: '100000' },
        nonRoutine: { orderCount: 2, valueYen: '80000' },
        byClient: [
          { clientName: '市 総務課', sector: 'PUBLIC', orderCount: 2, valueYen: '150000' },
          { clientName: '株式会社 信州', sector: 'PRIVATE', orderCount: 1, valueYen: '30000' },
        ],
        byCategory: [
          { category: 'ANNOTATION', orderCount: 1, valueYen: '30000' },
          { category: 'DATA_ENTRY', orderCount: 1, valueYen: '100000' },
          { category: 'WRITING', orderCount: 1, valueYen: '50000' },
        ],
        clientCount: 2,
        settledSharedWork: [],
      },
    ]);
    expect(queries).toHaveLength(2);
  });

  it('puts March 31 in the year before and April 1 in the year after (Asia/Tokyo)', async () => {
    expect(await aggregates(2024)).toMatchObject([{ fiscalYear: 2024, total: { orderCount: 1, valueYen: '7000' } }]);
    expect(await aggregates(2026)).toMatchObject([{ fiscalYear: 2026, total: { orderCount: 1, valueYen: '9000' } }]);
    expect(await aggregates(2030)).toMatchObject([{ total: { orderCount: 0, valueYen: '0' }, byClient: [], byCategory: [] }]);
  });

  it('counts clients cumulatively and sums settled shared work by partner (both sides confirmed, months of the year)', async () => {
    await sql.query(
      `INSERT INTO clients (org_id, name, sector, created_at) VALUES ('tateshina', '後から', 'PUBLIC', '2026-04-01T00:00:00+09:00')`,
    );
    const statement = (partner: string, month: string, totalYen: string, owner: boolean, partnerSide: boolean) =>
      sql.query(
        `INSERT INTO settlement_statements (org_id, partner_org_id, month, lines, approved_minutes, total_yen, prepared_by, owner_confirmed_by, owner_confirmed_at, partner_confirmed_by, partner_confirmed_at)
         VALUES ('tateshina', $1, $2, '[]', 60, $3, 'director', $4, $5, $6, $7)`,
        [
          partner,
          month,
          totalYen,
          owner ? 'director' : null,
          owner ? new Date() : null,
          partnerSide ? 'partner' : null,
          partnerSide ? new Date() : null,
        ],
      );
    await statement('shiojiri', '2025-04-01', '1000', true, true);
    await statement('shiojiri', '2026-03-01', '9007199254739993', true, true);
    await statement('itoigawa', '2025-05-01', '500', true, true);
    await statement('itoigawa', '2025-06-01', '700', true, false); // not settled yet
    await statement('shiojiri', '2026-04-01', '300', true, true); // FY2026
    // Two clients by the end of FY2025 (the third came on 2026-04-01); other orgs' clients do not count.
    expect(await aggregates(2025)).toMatchObject([
      {
        clientCount: 2,
        settledSharedWork: [
          { partnerOrgId: 'itoigawa', settledYen: '500' },
          { partnerOrgId: 'shiojiri', settledYen: '9007199254740993' },
        ],
      },
    ]);
    expect(await aggregates(2026)).toMatchObject([
      { clientCount: 3, settledSharedWork: [{ partnerOrgId: 'shiojiri', settledYen: '300' }] },
    ]);
  });

  it('sums past 2^53 exactly, as a decimal string', async () => {
    // 2^53 + 1 = 9,007,199,254,740,993: a JavaScript number would read it as ...992.
    const giant = await sql.query(`INSERT INTO clients (org_id, name, sector) VALUES ('tateshina', '巨額 発注者', 'PRIVATE') RETURNING id`);
    for (const [value, at] of [
      ['9007199254740000', '2028-05-01T09:00:00+09:00'],
      ['993', '2028-06-01T09:00:00+09:00'],
    ]) {
      const [{ id }] = await sql.query(
        `INSERT INTO orders (org_id, client_id, title, category, routine, value_yen, estimated_hours, deadline, required_stage, status)
         VALUES ('tateshina', $1, '巨額', 'DATA_ENTRY', true, $2, 10, '2029-03-31', 'C', 'ACCEPTED') RETURNING id`,
        [giant[0].id, value],
      );
      await sql.query(
        `INSERT INTO deliveries (org_id, order_id, status, amount_yen, delivered_by, accepted_at, accepted_by) VALUES ('tateshina', $1, 'ACCEPTED', $2, 'director', $3, 'director')`,
        [id, value, at],
      );
    }
    expect(await aggregates(2028)).toMatchObject([
      {
        total: { orderCount: 2, valueYen: '9007199254740993' },
        privateSector: { valueYen: '9007199254740993' },
        byClient: [{ clientName: '巨額 発注者', valueYen: '9007199254740993' }],
      },
    ]);
  });

  it("refuses members' staff (client names are not shared between members) and a bad year", async () => {
    for (const as of ['tateshina-admin', 'tateshina-director', 'tateshina-worker', 'shiojiri-admin']) {
      const res = await node.call(AGGREGATES, { fiscalYear: 2025 }, as);
      expect([as, res.errors?.[0].extensions?.code, res.data ?? null]).toEqual([as, 'FORBIDDEN', null]);
    }
    const bad = await node.call(AGGREGATES, { fiscalYear: 1999 });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
