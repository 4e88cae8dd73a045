import { DataSource } from 'typeorm';
import { gql, recordQueries, startTestNode, TestNode } from '@kyodo/testing';
import { createReportingApp, migrateReporting } from './reporting-node';
import { FakeAggregatesSource } from './test-support/fake-aggregates.source';
import { SHIOJIRI_2025, snapshotOf, TATESHINA_2024, TATESHINA_2025 } from './test-support/snapshot-fixtures';

const TAKE = gql`
  mutation ($fiscalYear: Int!) {
    takeReportingSnapshot(fiscalYear: $fiscalYear) {
      fiscalYear
      takenMonth
      orgIds
      unavailableOrgIds
    }
  }
`;
const REPORT = gql`
  query ($fiscalYear: Int!, $orgId: String, $asOfMonth: String) {
    fiscalYearReport(fiscalYear: $fiscalYear, orgId: $orgId, asOfMonth: $asOfMonth) {
      fiscalYear
      orgs {
        orgId
        takenMonth
        totals {
          orders {
            valueYen
          }
          netResultYen
          operatingCostsYen
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
          netResultYen
        }
        sharedWorkByHomeOrg {
          homeOrgId
          payYen
          paySharePercent
        }
      }
    }
  }
`;
const SET_COST = gql`
  mutation ($input: SetOperatingCostInput!) {
    setOperatingCost(input: $input) {
      amountYen
    }
  }
`;
const SET_TARGET = gql`
  mutation ($input: SetKpiTargetInput!) {
    setKpiTarget(input: $input) {
      orgId
      fiscalYear
      kpi
      targetValue
    }
  }
`;
const ACHIEVEMENTS = gql`
  query ($fiscalYear: Int!, $orgId: String, $baseYear: Int) {
    kpiAchievements(fiscalYear: $fiscalYear, orgId: $orgId, baseYear: $baseYear) {
      orgId
      kpi
      target
      actual
      ratePercent
      cumulativeTarget
      cumulativeActual
      cumulativeRatePercent
    }
  }
`;
const CSV = gql`
  query ($kind: ReportCsvKind!, $fiscalYear: Int!, $orgId: String) {
    reportCsv(kind: $kind, fiscalYear: $fiscalYear, orgId: $orgId) {
      filename
      contentType
      content
    }
  }
`;
const CHART = gql`
  query ($fromYear: Int!, $toYear: Int!, $orgId: String) {
    orderValueChart(fromYear: $fromYear, toYear: $toYear, orgId: $orgId) {
      filename
      contentType
      content
    }
  }
`;
const SPLIT = gql`
  query ($fiscalYear: Int!, $orgId: String) {
    sectorSplitChart(fiscalYear: $fiscalYear, orgId: $orgId) {
      filename
      content
    }
  }
`;

type Report = {
  fiscalYearReport: {
    orgs: {
      orgId: string;
      totals: { orders: { valueYen: string }; netResultYen: string };
      yearOverYear: { kpi: string; changePercent: number | null }[];
    }[];
    consortium: unknown;
  };
};

describe('reporting: snapshots, KPIs, targets and exports against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;
  const source = new FakeAggregatesSource();

  beforeAll(async () => {
    node = await startTestNode({
      label: 'reporting_kpis',
      migrate: migrateReporting,
      create: (databaseUrl, auth) => createReportingApp({ databaseUrl, auth, aggregatesSource: source }),
      callerUsername: 'consortium-admin',
    });
    sql = node.dataSource;
    source.byYear.set(2024, [TATESHINA_2024]);
    source.byYear.set(2025, [SHIOJIRI_2025, TATESHINA_2025]);
    for (const fiscalYear of [2024, 2025]) expect((await node.call(TAKE, { fiscalYear })).errors).toBeUndefined();
    expect((await node.call(SET_COST, { input: { orgId: 'tateshina', fiscalYear: 2025, amountYen: 50_000 } })).errors).toBeUndefined();
  });

  afterAll(async () => {
    await node?.close();
  });

  const ok = async <T>(query: string, variables: Record<string, unknown>, as?: string): Promise<T> => {
    const res = await node.call<T>(query, variables, as);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  it("stores this month's snapshot with the support body's token, keeping a down member's earlier figures", async () => {
    source.down.add('shiojiri');
    source.byYear.set(2025, [snapshotOf('shiojiri', 2025), TATESHINA_2025]);
    const { takeReportingSnapshot } = await ok<{ takeReportingSnapshot: Record<string, unknown> }>(TAKE, { fiscalYear: 2025 });
    expect(takeReportingSnapshot).toEqual({
      fiscalYear: 2025,
      takenMonth: expect.stringMatching(/^\d{4}-\d{2}$/),
      orgIds: ['tateshina'],
      unavailableOrgIds: ['shiojiri'],
    });
    source.down.clear();
    source.byYear.set(2025, [SHIOJIRI_2025, TATESHINA_2025]);
    expect(source.tokens.every((t) => t.length > 20)).toBe(true);
    const rows = await sql.query(`SELECT org_id, fiscal_year FROM org_year_snapshots ORDER BY fiscal_year, org_id`);
    expect(rows).toEqual([
      { org_id: 'tateshina', fiscal_year: 2024 },
      { org_id: 'shiojiri', fiscal_year: 2025 },
      { org_id: 'tateshina', fiscal_year: 2025 },
    ]);
  });

  it('keeps the history: an older month stays, the latest month is what reports read unless asked as of a month', async () => {
    await sql.query(`INSERT INTO org_year_snapshots (org_id, fiscal_year, taken_month, orders, workforce, taken_by)
                     SELECT org_id, fiscal_year, '2000-01-01', orders, jsonb_set(workforce, '{totalPayYen}', '9999'), 'earlier' FROM org_year_snapshots WHERE org_id = 'tateshina' AND fiscal_year = 2025`);
    const tateshina = async (variables: Record<string, unknown>) =>
      (await ok<Report>(REPORT, { fiscalYear: 2025, ...variables })).fiscalYearReport.orgs.find((o) => o.orgId === 'tateshina');
    expect((await tateshina({}))?.totals.netResultYen).toBe('110001');
    // As stored by January 2000 (a month before any real one): ¥180,000 − ¥9,999 − ¥50,000. Before that month, nothing was stored.
    expect((await tateshina({ asOfMonth: '2000-01' }))?.totals.netResultYen).toBe('120001');
    expect(await tateshina({ asOfMonth: '1999-12' })).toBeUndefined();
    const bad = await node.call(REPORT, { fiscalYear: 2025, asOfMonth: '2026-13' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reports every org and the consortium to the support body, in a fixed number of queries', async () => {
    const queries = recordQueries(sql);
    const { fiscalYearReport } = await ok<Report>(REPORT, { fiscalYear: 2025 });
    expect(queries.length).toBeLessThanOrEqual(3);
    expect(fiscalYearReport).toMatchObject({
      fiscalYear: 2025,
      orgs: [
        { orgId: 'shiojiri', totals: { orders: { valueYen: '20000' }, netResultYen: '8000', operatingCostsYen: '0' } },
        { orgId: 'tateshina', totals: { orders: { valueYen: '180000' }, netResultYen: '110001', operatingCostsYen: '50000' } },
      ],
      consortium: {
        memberCount: 2,
        // The registry's active municipalities when gathered, with or without figures of their own.
        municipalityCount: 3,
        totals: { orders: { valueYen: '200000' }, netResultYen: '118001' },
        sharedWorkByHomeOrg: [
          { homeOrgId: 'shiojiri', payYen: '1500', paySharePercent: 27.3 },
          { homeOrgId: 'tateshina', payYen: '4000', paySharePercent: 72.7 },
        ],
      },
    });
    const tateshina = fiscalYearReport.orgs[1];
    expect(tateshina.yearOverYear.find((c) => c.kpi === 'ORDER_VALUE')).toEqual({
      kpi: 'ORDER_VALUE',
      previous: '160000',
      current: '180000',
      changePercent: 12.5,
    });
  });

  it("gives an org admin its own org only; refuses another org's, directors and workers", async () => {
    for (const variables of [{ fiscalYear: 2025 }, { fiscalYear: 2025, orgId: 'tateshina' }]) {
      const { fiscalYearReport } = await ok<Report>(REPORT, variables, 'tateshina-admin');
      expect([fiscalYearReport.orgs.map((o) => o.orgId), fiscalYearReport.consortium]).toEqual([['tateshina'], null]);
    }
    for (const [as, variables] of [
      ['tateshina-admin', { fiscalYear: 2025, orgId: 'shiojiri' }],
      ['tateshina-director', { fiscalYear: 2025 }],
      ['tateshina-worker', { fiscalYear: 2025 }],
      ['shiojiri-director', { fiscalYear: 2025, orgId: 'shiojiri' }],
    ] as const) {
      for (const query of [REPORT, ACHIEVEMENTS, SPLIT]) {
        const res = await node.call(query, variables, as);
        expect([as, res.errors?.[0].extensions?.code, res.data ?? null]).toEqual([as, 'FORBIDDEN', null]);
      }
    }
    for (const as of ['tateshina-admin', 'tateshina-director']) {
      const res = await node.call(TAKE, { fiscalYear: 2025 }, as);
      expect([as, res.errors?.[0].extensions?.code]).toEqual([as, 'FORBIDDEN']);
    }
  });

  it('sets targets with an audit line, refuses bad ones writing nothing, and rates achievement', async () => {
    const auditCount = async () => Number((await sql.query(`SELECT count(*) AS n FROM audit_log WHERE action = 'kpi-target.set'`))[0].n);
    for (const input of [
      { orgId: 'tateshina', fiscalYear: 2024, kpi: 'ORDER_VALUE', targetValue: '200000' },
      { orgId: 'tateshina', fiscalYear: 2025, kpi: 'ORDER_VALUE', targetValue: '150000' },
    ]) {
      expect((await ok<{ setKpiTarget: unknown }>(SET_TARGET, { input }, 'tateshina-admin')).setKpiTarget).toEqual(input);
    }
    expect(await auditCount()).toBe(2);
    const [audit] = await sql.query(
      `SELECT actor_org_id, entity_id, detail FROM audit_log WHERE action = 'kpi-target.set' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({
      actor_org_id: 'tateshina',
      entity_id: 'tateshina/2025/ORDER_VALUE',
      detail: { before: null, after: '150000' },
    });

    const targets = async () => Number((await sql.query(`SELECT count(*) AS n FROM kpi_targets`))[0].n);
    const before = await targets();
    for (const [input, code, as] of [
      [{ orgId: 'tateshina', fiscalYear: 2025, kpi: 'ORDER_VALUE', targetValue: -1 }, 'BAD_USER_INPUT', 'tateshina-admin'],
      [{ orgId: 'tateshina', fiscalYear: 2025, kpi: 'ORDER_VALUE', targetValue: '12.5' }, 'BAD_USER_INPUT', 'tateshina-admin'],
      [{ orgId: 'tateshina', fiscalYear: 2025, kpi: 'NOT_A_KPI', targetValue: 5 }, 'BAD_USER_INPUT', 'tateshina-admin'],
      [{ orgId: 'shiojiri', fiscalYear: 2025, kpi: 'ORDER_VALUE', targetValue: 5 }, 'FORBIDDEN', 'tateshina-admin'],
      [{ orgId: 'tateshina', fiscalYear: 2025, kpi: 'ORDER_VALUE', targetValue: 5 }, 'FORBIDDEN', 'tateshina-director'],
    ] as const) {
      const res = await node.call(SET_TARGET, { input }, as);
      expect([input, res.errors?.[0].extensions?.code]).toEqual([input, code]);
    }
    expect([await targets(), await auditCount()]).toEqual([before, 2]);

    const { kpiAchievements } = await ok<{ kpiAchievements: unknown[] }>(
      ACHIEVEMENTS,
      { fiscalYear: 2025, baseYear: 2024 },
      'tateshina-admin',
    );
    expect(kpiAchievements).toEqual([
      {
        orgId: 'tateshina',
        kpi: 'ORDER_VALUE',
        target: '150000',
        actual: '180000',
        ratePercent: 120,
        cumulativeTarget: '350000',
        cumulativeActual: '340000',
        cumulativeRatePercent: 97.1,
      },
    ]);
    const badRange = await node.call(ACHIEVEMENTS, { fiscalYear: 2024, baseYear: 2025 });
    expect(badRange.errors?.[0].extensions?.code).toBe('INVALID_YEAR_RANGE');
  });

  it("refuses a member's current figures when reporting has no service account of its own", async () => {
    const res = await node.call(
      gql`
        query {
          fiscalYearReport(fiscalYear: 2025, current: true) {
            fiscalYear
          }
        }
      `,
      {},
      'tateshina-admin',
    );
    expect(res.errors?.[0].extensions?.code).toBe('UPSTREAM_NOT_CONFIGURED');
  });

  it('downloads CSVs and SVG charts through GraphQL with the same scope', async () => {
    const { reportCsv } = await ok<{ reportCsv: { filename: string; contentType: string; content: string } }>(
      CSV,
      { kind: 'ORDERS_BY_CLIENT', fiscalYear: 2025 },
      'tateshina-admin',
    );
    expect(reportCsv.filename).toBe('kyodo-orders-by-client-fy2025-tateshina.csv');
    expect(reportCsv.contentType).toBe('text/csv; charset=utf-8');
    expect(reportCsv.content.startsWith('\uFEFF年度,団体,発注者')).toBe(true);
    expect(reportCsv.content).not.toContain('X社');

    const { orderValueChart } = await ok<{ orderValueChart: { contentType: string; content: string } }>(CHART, {
      fromYear: 2024,
      toYear: 2025,
    });
    expect(orderValueChart.contentType).toBe('image/svg+xml');
    for (const series of ['shiojiri / X社', 'tateshina / 立科町 総務課']) expect(orderValueChart.content).toContain(series);
    const { sectorSplitChart } = await ok<{ sectorSplitChart: { content: string } }>(SPLIT, { fiscalYear: 2025 });
    expect(sectorSplitChart.content).toContain('官公需: 75%');
    const backwards = await node.call(CHART, { fromYear: 2025, toYear: 2024 });
    expect(backwards.errors?.[0].extensions?.code).toBe('INVALID_YEAR_RANGE');
  });
});
