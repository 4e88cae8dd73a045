import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { clientCredentialsToken } from '@kyodo/keycloak-tools';
import { bearer, gql, GraphQLResponse, postGraphQL, testKeycloakUrl } from '@kyodo/testing';

/**
 * Reporting end to end: the support body's snapshot gathers both members' fiscal-year aggregates
 * through the gateway's fan-out (orders and workers nodes, only sums leave them), the hub stores
 * them, and reports, targets and exports are read back through the gateway by role. Each node's
 * rows are written straight into its database (fiscal-year edges need exact timestamps); the
 * figures below are computed by hand from them.
 */

const TAKE = gql`
  mutation ($fiscalYear: Int!) {
    takeReportingSnapshot(fiscalYear: $fiscalYear) {
      orgIds
      unavailableOrgIds
    }
  }
`;
const TAKE_WHY = gql`
  mutation ($fiscalYear: Int!) {
    takeReportingSnapshot(fiscalYear: $fiscalYear) {
      orgIds
      unavailableOrgIds
      failedMembers {
        orgId
        code
      }
    }
  }
`;
const REPORT = gql`
  query ($fiscalYear: Int!, $orgId: String) {
    fiscalYearReport(fiscalYear: $fiscalYear, orgId: $orgId) {
      orgs {
        orgId
        totals {
          orders {
            orderCount
            valueYen
          }
          publicSector {
            valueYen
          }
          privateSector {
            valueYen
          }
          totalWorkerPayYen
          activeWorkers
          workersEarningAtLeast10000
          netResultYen
          largestClientSharePercent
        }
        sharedWork {
          taskOrgId
          approvedMinutes
          payYen
        }
        yearOverYear {
          kpi
          previous
          current
          changePercent
        }
      }
      consortium {
        memberCount
        municipalityCount
        totals {
          orders {
            valueYen
          }
          totalWorkerPayYen
          netResultYen
          largestClientSharePercent
        }
        sharedWorkByHomeOrg {
          homeOrgId
          approvedMinutes
          payYen
          paySharePercent
        }
      }
    }
  }
`;
const CSV = gql`
  query ($fiscalYear: Int!) {
    reportCsv(kind: KPI_SUMMARY, fiscalYear: $fiscalYear) {
      filename
      contentType
      content
    }
  }
`;

type OrgRow = {
  orgId: string;
  totals: Record<string, unknown>;
  sharedWork: unknown[];
  yearOverYear: { kpi: string; previous: string | null; current: string; changePercent: number | null }[];
};
type Report = { fiscalYearReport: { orgs: OrgRow[]; consortium: Record<string, unknown> | null } };

async function withDb(url: string, work: (db: Client) => Promise<void>): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await work(db);
  } finally {
    await db.end();
  }
}

/** An order of `orgId` accepted (検収) at `acceptedAt`. */
async function acceptedOrder(
  db: Client,
  orgId: string,
  client: { name: string; sector: string },
  category: string,
  routine: boolean,
  valueYen: number | string,
  acceptedAt: string,
): Promise<void> {
  const existing = await db.query(`SELECT id FROM clients WHERE org_id = $1 AND name = $2`, [orgId, client.name]);
  const clientId =
    existing.rows[0]?.id ??
    (await db.query(`INSERT INTO clients (org_id, name, sector) VALUES ($1, $2, $3) RETURNING id`, [orgId, client.name, client.sector]))
      .rows[0].id;
  const order = await db.query(
    `INSERT INTO orders (org_id, client_id, title, category, routine, value_yen, estimated_hours, deadline, required_stage, status) VALUES ($1, $2, '集計', $3, $4, $5, 10, '2027-03-31', 'C', 'ACCEPTED') RETURNING id`,
    [orgId, clientId, category, routine, valueYen],
  );
  await db.query(
    `INSERT INTO deliveries (org_id, order_id, status, amount_yen, delivered_by, accepted_at, accepted_by) VALUES ($1, $2, 'ACCEPTED', $3, 'e2e', $4, 'e2e')`,
    [orgId, order.rows[0].id, valueYen, acceptedAt],
  );
}

/** A worker of `orgId` with approved minutes and closed pay per month on one assignment (of `taskOrgId`'s task). */
async function paidWork(db: Client, orgId: string, taskOrgId: string, entries: [string, number][], pay: [string, number][]): Promise<void> {
  const worker = await db.query(
    `INSERT INTO workers (org_id, status, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, monthly_hour_cap, created_at)
     VALUES ($1, 'ACTIVE', '集計', '花子', 'シュウケイ', 'ハナコ', 'B', 'B', 80, '2024-04-01T00:00:00+09:00') RETURNING id`,
    [orgId],
  );
  const workerId = worker.rows[0].id;
  const assignment = await db.query(
    `INSERT INTO assignments (org_id, worker_id, task_org_id, task_id, period_from, period_to, planned_minutes, hourly_rate_yen) VALUES ($1, $2, $3, $4, '2024-04-01', '2027-03-31', 6000, 1000) RETURNING id`,
    [orgId, workerId, taskOrgId, randomUUID()],
  );
  const assignmentId = assignment.rows[0].id;
  for (const [workDate, minutes] of entries) {
    await db.query(
      `INSERT INTO time_entries (org_id, assignment_id, worker_id, work_date, minutes, status, idempotency_key, logged_by) VALUES ($1, $2, $3, $4, $5, 'APPROVED', $6, 'e2e')`,
      [orgId, assignmentId, workerId, workDate, minutes, randomUUID()],
    );
  }
  for (const [month, grossYen] of pay) {
    await db.query('BEGIN');
    await db.query(`INSERT INTO closed_pay_months (org_id, month, closed_by) VALUES ($1, $2, 'e2e') ON CONFLICT DO NOTHING`, [
      orgId,
      month,
    ]);
    const statement = await db.query(
      `INSERT INTO pay_statements (org_id, month, worker_id, minutes, gross_yen, withholding_base_yen, withholding_yen, net_yen) VALUES ($1, $2, $3, 0, $4, 0, 0, $4) RETURNING id`,
      [orgId, month, workerId, grossYen],
    );
    await db.query(
      `INSERT INTO pay_statement_lines (statement_id, assignment_id, pay_basis, minutes, rate_yen, amount_yen, withholding) VALUES ($1, $2, 'HOURLY', 0, 1000, $3, false)`,
      [statement.rows[0].id, assignmentId, grossYen],
    );
    await db.query('COMMIT');
  }
}

describe('reporting through the gateway', () => {
  let consortium: RunningConsortium;
  let gw: string;

  const call = async <T>(document: string, variables: Record<string, unknown>, as: string): Promise<GraphQLResponse<T>> =>
    postGraphQL<T>(gw, document, variables, await bearer(as));
  const ok = async <T>(document: string, variables: Record<string, unknown>, as: string): Promise<T> => {
    const res = await call<T>(document, variables, as);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    consortium = await launchTestConsortium('reporting', ['tateshina', 'shiojiri'], { subgraphs: ['orders', 'workers'] });
    gw = consortium.gatewayUrl;
    const city = { name: '立科町 総務課', sector: 'PUBLIC' };
    const company = { name: '株式会社 信州', sector: 'PRIVATE' };
    await withDb(consortium.node('tateshina', 'orders').databaseUrl, async (db) => {
      await acceptedOrder(db, 'tateshina', city, 'DATA_ENTRY', true, 100_000, '2025-04-01T00:00:00+09:00');
      await acceptedOrder(db, 'tateshina', city, 'WRITING', false, 50_000, '2026-03-31T23:59:00+09:00');
      await acceptedOrder(db, 'tateshina', company, 'ANNOTATION', false, 30_000, '2025-10-10T12:00:00+09:00');
      await acceptedOrder(db, 'tateshina', city, 'DATA_ENTRY', true, 7_000, '2025-03-31T23:59:00+09:00');
    });
    await withDb(consortium.node('shiojiri', 'orders').databaseUrl, (db) =>
      acceptedOrder(db, 'shiojiri', { name: 'X社', sector: 'PRIVATE' }, 'DATA_ENTRY', true, 20_000, '2025-06-01T09:00:00+09:00'),
    );
    // FY2030: 2^53 + 1 = ¥9,007,199,254,740,993 in two orders (a float would read ...992).
    await withDb(consortium.node('tateshina', 'orders').databaseUrl, async (db) => {
      await acceptedOrder(db, 'tateshina', company, 'DATA_ENTRY', true, '9007199254740000', '2030-05-01T09:00:00+09:00');
      await acceptedOrder(db, 'tateshina', company, 'DATA_ENTRY', true, '993', '2030-06-01T09:00:00+09:00');
    });
    await withDb(consortium.node('tateshina', 'workers').databaseUrl, async (db) => {
      await paidWork(
        db,
        'tateshina',
        'shiojiri',
        [
          ['2025-04-01', 60],
          ['2026-03-31', 30],
          ['2026-04-01', 45],
        ],
        [['2026-03-01', 4_000]],
      );
      await paidWork(
        db,
        'tateshina',
        'tateshina',
        [],
        [
          ['2025-04-01', 6_000],
          ['2025-03-01', 50_000],
        ],
      );
    });
    await withDb(consortium.node('shiojiri', 'workers').databaseUrl, (db) =>
      paidWork(db, 'shiojiri', 'tateshina', [['2025-05-10', 120]], [['2025-05-01', 12_000]]),
    );
    await ok(
      gql`
        mutation {
          setOperatingCost(input: { orgId: "tateshina", fiscalYear: 2025, amountYen: 50000 }) {
            amountYen
          }
        }
      `,
      {},
      'tateshina-admin',
    );
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  it("stores both members' aggregates of FY2025 and FY2024 with the support body's token", async () => {
    for (const fiscalYear of [2024, 2025]) {
      expect(await ok(TAKE, { fiscalYear }, 'consortium-admin')).toEqual({
        takeReportingSnapshot: { orgIds: ['shiojiri', 'tateshina'], unavailableOrgIds: [] },
      });
    }
  });

  it('reports each member and the consortium, March 31 and April 1 in their own years', async () => {
    const { fiscalYearReport } = await ok<Report>(REPORT, { fiscalYear: 2025 }, 'consortium-admin');
    const [shiojiri, tateshina] = fiscalYearReport.orgs;
    expect(tateshina).toMatchObject({
      orgId: 'tateshina',
      totals: {
        orders: { orderCount: 3, valueYen: '180000' },
        publicSector: { valueYen: '150000' },
        privateSector: { valueYen: '30000' },
        totalWorkerPayYen: '10000',
        activeWorkers: 2,
        workersEarningAtLeast10000: 0,
        netResultYen: '120000',
        largestClientSharePercent: 83.3,
      },
      sharedWork: [{ taskOrgId: 'shiojiri', approvedMinutes: 90, payYen: '4000' }],
    });
    // FY2024 held the ¥7,000 order accepted on 2025-03-31 and the ¥50,000 of pay month 2025-03.
    expect(tateshina.yearOverYear.find((c) => c.kpi === 'ORDER_VALUE')).toEqual({
      kpi: 'ORDER_VALUE',
      previous: '7000',
      current: '180000',
      changePercent: 2471.4,
    });
    expect(tateshina.yearOverYear.find((c) => c.kpi === 'TOTAL_WORKER_PAY')).toEqual({
      kpi: 'TOTAL_WORKER_PAY',
      previous: '50000',
      current: '10000',
      changePercent: -80,
    });
    expect(shiojiri).toMatchObject({
      orgId: 'shiojiri',
      totals: { orders: { valueYen: '20000' }, totalWorkerPayYen: '12000', workersEarningAtLeast10000: 1, netResultYen: '8000' },
    });
    expect(fiscalYearReport.consortium).toEqual({
      memberCount: 2,
      // Both members are municipalities in the gateway's registry.
      municipalityCount: 2,
      totals: { orders: { valueYen: '200000' }, totalWorkerPayYen: '22000', netResultYen: '128000', largestClientSharePercent: 75 },
      sharedWorkByHomeOrg: [
        { homeOrgId: 'shiojiri', approvedMinutes: 120, payYen: '12000', paySharePercent: 75 },
        { homeOrgId: 'tateshina', approvedMinutes: 90, payYen: '4000', paySharePercent: 25 },
      ],
    });
  });

  it("gives an org admin its own org's report and CSV only; refuses others' and the roles without reports", async () => {
    const own = await ok<Report>(REPORT, { fiscalYear: 2025 }, 'tateshina-admin');
    expect([own.fiscalYearReport.orgs.map((o) => o.orgId), own.fiscalYearReport.consortium]).toEqual([['tateshina'], null]);
    const { reportCsv } = await ok<{ reportCsv: { filename: string; content: string } }>(CSV, { fiscalYear: 2025 }, 'tateshina-admin');
    expect(reportCsv.filename).toBe('kyodo-kpi-summary-fy2025-tateshina.csv');
    expect([...Buffer.from(reportCsv.content, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(reportCsv.content.split('\r\n')[1]).toMatch(/^2025,tateshina,180000,3,150000,30000,/);

    for (const [as, variables] of [
      ['tateshina-admin', { fiscalYear: 2025, orgId: 'shiojiri' }],
      ['tateshina-director', { fiscalYear: 2025 }],
      ['shiojiri-worker', { fiscalYear: 2025 }],
    ] as const) {
      const res = await call(REPORT, variables, as);
      expect([as, res.errors?.[0].extensions?.code, res.data ?? null]).toEqual([as, 'FORBIDDEN', null]);
    }
    // Members never gather: the nodes refuse anyone but the support body.
    const gather = await call<{ takeReportingSnapshot: unknown }>(TAKE, { fiscalYear: 2025 }, 'tateshina-admin');
    expect(gather.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const fanOut = await call<{ consortiumOrderAggregates: unknown[] }>(
      gql`
        {
          consortiumOrderAggregates(fiscalYear: 2025) {
            orgId
            byClient {
              clientName
            }
          }
        }
      `,
      {},
      'tateshina-admin',
    );
    expect([fanOut.data?.consortiumOrderAggregates ?? [], [...new Set(fanOut.errors?.map((e) => e.extensions?.code))]]).toEqual([
      [],
      ['FORBIDDEN'],
    ]);
  });

  it("lets reporting's own service account read the aggregate fan-outs and the member list, and nothing else", async () => {
    const token = (await clientCredentialsToken(testKeycloakUrl(), 'kyodo-reporting', 'demo-kyodo-reporting-secret')).access_token;
    const asReporting = <T>(document: string) => postGraphQL<T>(gw, document, {}, { authorization: `Bearer ${token}` });
    const orders = await asReporting<{ consortiumOrderAggregates: { orgId: string }[] }>(gql`
      {
        consortiumOrderAggregates(fiscalYear: 2025) {
          orgId
        }
      }
    `);
    expect(orders.errors).toBeUndefined();
    expect(orders.data!.consortiumOrderAggregates.map((a) => a.orgId)).toEqual(['shiojiri', 'tateshina']);
    const workforce = await asReporting<{ consortiumWorkforceAggregates: { orgId: string }[] }>(gql`
      {
        consortiumWorkforceAggregates(fiscalYear: 2025) {
          orgId
        }
      }
    `);
    expect(workforce.data!.consortiumWorkforceAggregates.map((a) => a.orgId)).toEqual(['shiojiri', 'tateshina']);
    expect(
      (
        await asReporting<{ consortiumMembers: unknown[] }>(gql`
          {
            consortiumMembers {
              id
            }
          }
        `)
      ).errors,
    ).toBeUndefined();
    // Anything else is closed to it: a member's own data, another hub operation, a report.
    for (const document of [
      gql`
        {
          orders(orgId: "tateshina") {
            nodes {
              id
            }
          }
        }
      `,
      gql`
        {
          memberNodes {
            id
          }
        }
      `,
      gql`
        {
          fiscalYearReport(fiscalYear: 2025) {
            fiscalYear
          }
        }
      `,
    ]) {
      const refused = await asReporting<Record<string, unknown>>(document);
      expect([document, refused.errors?.[0].extensions?.code]).toEqual([document, 'FORBIDDEN']);
    }
  });

  it('carries an order value past 2^53 from the node through the gateway into the snapshot and the report, every digit', async () => {
    expect(await ok(TAKE, { fiscalYear: 2030 }, 'consortium-admin')).toEqual({
      takeReportingSnapshot: { orgIds: ['shiojiri', 'tateshina'], unavailableOrgIds: [] },
    });
    const { fiscalYearReport } = await ok<Report>(REPORT, { fiscalYear: 2030 }, 'consortium-admin');
    expect(fiscalYearReport.orgs.map((o) => [o.orgId, (o.totals.orders as { valueYen: string }).valueYen])).toEqual([
      ['shiojiri', '0'],
      ['tateshina', '9007199254740993'],
    ]);
    expect((fiscalYearReport.consortium?.totals as { orders: unknown }).orders).toEqual({ valueYen: '9007199254740993' });
    const { reportCsv } = await ok<{ reportCsv: { content: string } }>(CSV, { fiscalYear: 2030 }, 'tateshina-admin');
    expect(reportCsv.content.split('\r\n')[1]).toMatch(/^2030,tateshina,9007199254740993,2,/);
  });

  it("names a member whose node fails the field, with its code, and stores the others' figures", async () => {
    // shiojiri's orders node fails the aggregate (its table is gone for a moment): a real node error, not a down node.
    await withDb(consortium.node('shiojiri', 'orders').databaseUrl, (db) =>
      db.query(`ALTER TABLE deliveries RENAME TO deliveries_away`).then(() => undefined),
    );
    try {
      expect(await ok(TAKE_WHY, { fiscalYear: 2025 }, 'consortium-admin')).toEqual({
        takeReportingSnapshot: {
          orgIds: ['tateshina'],
          unavailableOrgIds: ['shiojiri'],
          failedMembers: [{ orgId: 'shiojiri', code: 'INTERNAL_SERVER_ERROR' }],
        },
      });
      const { fiscalYearReport } = await ok<Report & { fiscalYearReport: { consortium: { failedMembers: unknown } } }>(
        gql`
          query {
            fiscalYearReport(fiscalYear: 2025) {
              orgs {
                orgId
                totals {
                  orders {
                    valueYen
                  }
                }
              }
              consortium {
                failedMembers {
                  orgId
                  code
                }
              }
            }
          }
        `,
        {},
        'consortium-admin',
      );
      expect(fiscalYearReport.orgs.map((o) => [o.orgId, (o.totals.orders as { valueYen: string }).valueYen])).toEqual([
        ['shiojiri', '20000'],
        ['tateshina', '180000'],
      ]);
      expect(fiscalYearReport.consortium.failedMembers).toEqual([{ orgId: 'shiojiri', code: 'INTERNAL_SERVER_ERROR' }]);
    } finally {
      await withDb(consortium.node('shiojiri', 'orders').databaseUrl, (db) =>
        db.query(`ALTER TABLE deliveries_away RENAME TO deliveries`).then(() => undefined),
      );
    }
  });

  it("gives a member's org admin its current figures, not only the last snapshot, and the snapshot stays as it was", async () => {
    const CURRENT = gql`
      query ($current: Boolean) {
        fiscalYearReport(fiscalYear: 2025, current: $current) {
          orgs {
            orgId
            current
            totals {
              orders {
                orderCount
                valueYen
              }
            }
          }
          consortium {
            memberCount
          }
        }
      }
    `;
    type Current = { fiscalYearReport: { orgs: { orgId: string; current: boolean; totals: { orders: unknown } }[]; consortium: unknown } };
    // An order accepted after the last snapshot.
    await withDb(consortium.node('tateshina', 'orders').databaseUrl, (db) =>
      acceptedOrder(db, 'tateshina', { name: '立科町 総務課', sector: 'PUBLIC' }, 'DATA_ENTRY', true, 1_000, '2025-12-01T09:00:00+09:00'),
    );
    const live = await ok<Current>(CURRENT, { current: true }, 'tateshina-admin');
    expect(live.fiscalYearReport).toEqual({
      orgs: [{ orgId: 'tateshina', current: true, totals: { orders: { orderCount: 4, valueYen: '181000' } } }],
      consortium: null,
    });
    const stored = await ok<Current>(CURRENT, {}, 'tateshina-admin');
    expect(stored.fiscalYearReport.orgs).toEqual([
      { orgId: 'tateshina', current: false, totals: { orders: { orderCount: 3, valueYen: '180000' } } },
    ]);
    const refused = await call(
      gql`
        query {
          fiscalYearReport(fiscalYear: 2025, orgId: "shiojiri", current: true) {
            fiscalYear
          }
        }
      `,
      {},
      'tateshina-admin',
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("keeps a member's stored figures when its node is down, naming it", async () => {
    await consortium.stopNode('shiojiri', 'workers');
    try {
      expect(await ok(TAKE, { fiscalYear: 2025 }, 'consortium-admin')).toEqual({
        takeReportingSnapshot: { orgIds: ['tateshina'], unavailableOrgIds: ['shiojiri'] },
      });
      const { fiscalYearReport } = await ok<Report>(REPORT, { fiscalYear: 2025 }, 'consortium-admin');
      expect(fiscalYearReport.orgs.map((o) => [o.orgId, (o.totals.orders as { valueYen: string }).valueYen])).toEqual([
        ['shiojiri', '20000'],
        ['tateshina', '181000'],
      ]);
      // (tateshina's figures taken afresh: they include the order accepted after the earlier snapshot.)
    } finally {
      await consortium.restartNode('shiojiri', 'workers');
    }
  });
});
