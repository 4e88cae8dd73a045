import { DataSource } from 'typeorm';
import { gql, postGraphQL, startTestNode, TestNode } from '@kyodo/testing';
import { createReportingApp, migrateReporting } from '../reporting-node';

const SET = gql`
  mutation ($input: SetOperatingCostInput!) {
    setOperatingCost(input: $input) {
      orgId
      fiscalYear
      amountYen
    }
  }
`;
const LIST = gql`
  query ($fiscalYear: Int!) {
    operatingCosts(fiscalYear: $fiscalYear) {
      orgId
      fiscalYear
      amountYen
    }
  }
`;

type Cost = { orgId: string; fiscalYear: number; amountYen: string };

describe('reporting subgraph against PostgreSQL', () => {
  let caller: Record<string, string>;
  let url: string;
  let sql: DataSource;
  let node: TestNode;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'reporting_resolver',
      migrate: migrateReporting,
      create: (databaseUrl, auth) => createReportingApp({ databaseUrl, auth }),
      callerUsername: 'consortium-admin',
    });
    ({ url, caller } = node);
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  const set = async (orgId: string, fiscalYear: number, amountYen: number | string): Promise<Cost> => {
    const res = await postGraphQL<{ setOperatingCost: Cost }>(url, SET, { input: { orgId, fiscalYear, amountYen } }, caller);
    expect(res.errors).toBeUndefined();
    return res.data!.setOperatingCost;
  };
  const list = async (fiscalYear: number): Promise<Cost[]> =>
    (await postGraphQL<{ operatingCosts: Cost[] }>(url, LIST, { fiscalYear }, caller)).data!.operatingCosts;
  const countRows = async (): Promise<number> => Number((await sql.query('SELECT count(*) AS n FROM operating_costs'))[0].n);

  it('is a hub service, not an org node', async () => {
    const health = await fetch(`${url}/health`).then((r) => r.json());
    expect(health).toEqual({ status: 'ok', service: 'reporting', database: 'up', schemaHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("sets an org's operating costs and reads them back for that fiscal year only, by org", async () => {
    expect(await set('tateshina', 2025, 3_600_000)).toEqual({ orgId: 'tateshina', fiscalYear: 2025, amountYen: '3600000' });
    // Past 2^53: sent and read back as a decimal string, every digit kept.
    await set('shiojiri', 2025, '9007199254740993');
    await set('shiojiri', 2024, 1_000);
    expect(await list(2025)).toEqual([
      { orgId: 'shiojiri', fiscalYear: 2025, amountYen: '9007199254740993' },
      { orgId: 'tateshina', fiscalYear: 2025, amountYen: '3600000' },
    ]);
    expect(await list(2024)).toEqual([{ orgId: 'shiojiri', fiscalYear: 2024, amountYen: '1000' }]);
    expect(await list(2030)).toEqual([]);
  });

  it('replaces the amount when the same org and year are set again, auditing both writes', async () => {
    await set('itoigawa', 2026, 500_000);
    const before = await countRows();
    expect(await set('itoigawa', 2026, 0)).toEqual({ orgId: 'itoigawa', fiscalYear: 2026, amountYen: '0' });
    expect(await countRows()).toBe(before);
    expect(await list(2026)).toEqual([{ orgId: 'itoigawa', fiscalYear: 2026, amountYen: '0' }]);
    expect(await sql.query(`SELECT action, entity_id, detail FROM audit_log WHERE entity_id = 'itoigawa/2026' ORDER BY id`)).toEqual([
      { action: 'operating-cost.set', entity_id: 'itoigawa/2026', detail: { before: null, after: '500000' } },
      { action: 'operating-cost.set', entity_id: 'itoigawa/2026', detail: { before: '500000', after: '0' } },
    ]);
  });

  it('rejects bad input with BAD_USER_INPUT naming the fields and writes nothing', async () => {
    const before = await countRows();
    const res = await postGraphQL(url, SET, { input: { orgId: 'Not An Org', fiscalYear: 1999, amountYen: -1 } }, caller);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const field of ['orgId', 'fiscalYear', 'amountYen']) expect(res.errors?.[0].message).toMatch(field);

    // Past what a bigint column holds (2^63), and a number past 2^53 that may have lost digits already.
    const tooMuch = await postGraphQL(
      url,
      SET,
      { input: { orgId: 'tateshina', fiscalYear: 2025, amountYen: '9223372036854775808' } },
      caller,
    );
    expect(tooMuch.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors?.[0].message).toMatch(/amountYen/);
    // A JSON number past 2^53 has already lost digits on the way (it arrives as ...992): refused.
    for (const amountYen of [Number('9007199254740993'), '1.5', '1e6', '']) {
      const refused = await postGraphQL(url, SET, { input: { orgId: 'tateshina', fiscalYear: 2025, amountYen } }, caller);
      expect([amountYen, refused.errors?.[0].extensions?.code]).toEqual([amountYen, 'BAD_USER_INPUT']);
    }
    expect(await countRows()).toBe(before);

    const badYear = await postGraphQL(url, LIST, { fiscalYear: 2101 }, caller);
    expect(badYear.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badYear.errors?.[0].message).toMatch(/fiscalYear/);
  });

  it('has the database refuse a negative amount, should a write bypass the API', async () => {
    await expect(sql.query(`INSERT INTO operating_costs VALUES ('omachi', 2025, -1)`)).rejects.toThrow(/check constraint/);
  });
});
