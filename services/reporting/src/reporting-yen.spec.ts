import { DataSource } from 'typeorm';
import { gql, pdfText, startTestNode, TestNode } from '@kyodo/testing';
import { createReportingApp, migrateReporting } from './reporting-node';
import { FakeAggregatesSource } from './test-support/fake-aggregates.source';
import { snapshotOf } from './test-support/snapshot-fixtures';

/**
 * Money past 2^53 end to end through the reporting node: stored, summed, read as JSON, written as
 * CSV and printed as PDF with every digit; a member whose node fails is named while the others'
 * figures stand; KPI plans as the state's sheets write them. FY2030 and FY2031 are this spec's own.
 *
 * 2^53 + 1 = 9,007,199,254,740,993 (a float reads it as ...992). tateshina's FY2031 order value is
 * that; shiojiri's is 2^53 − 1 = 9,007,199,254,740,991; together 18,014,398,509,481,984.
 */
const TWO_53_PLUS_1 = 9_007_199_254_740_993n;
const TWO_53_MINUS_1 = 9_007_199_254_740_991n;
const slice = (orderCount: number, valueYen: bigint) => ({ orderCount, valueYen });
const giant = (orgId: string, fiscalYear: number, valueYen: bigint, payYen: bigint) =>
  snapshotOf(orgId, fiscalYear, {
    orders: {
      orgId,
      fiscalYear,
      total: slice(2, valueYen),
      publicSector: slice(2, valueYen),
      privateSector: slice(0, 0n),
      routine: slice(2, valueYen),
      nonRoutine: slice(0, 0n),
      byClient: [{ clientId: `${orgId}-city`, clientName: `${orgId} 市役所`, sector: 'PUBLIC', ...slice(2, valueYen) }],
      byCategory: [{ category: 'DATA_ENTRY', ...slice(2, valueYen) }],
    },
    workforce: {
      orgId,
      fiscalYear,
      registeredWorkers: 2,
      registrationsInYear: 0,
      activeWorkers: 2,
      workersEarningAtLeast10000: 2,
      totalPayYen: payYen,
      sharedWork: [{ taskOrgId: orgId === 'tateshina' ? 'shiojiri' : 'tateshina', approvedMinutes: 60, payYen }],
    },
  });

const TAKE = gql`
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
            valueYen
          }
          totalWorkerPayYen
          averagePayPerActiveWorkerYen
          netResultYen
          sharedWorkPayYen
        }
        byClient {
          valueYen
          sharePercent
        }
      }
      consortium {
        failedMembers {
          orgId
          code
        }
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
          payYen
        }
      }
    }
  }
`;
const CSV = gql`
  query ($kind: ReportCsvKind!, $fiscalYear: Int!, $orgId: String) {
    reportCsv(kind: $kind, fiscalYear: $fiscalYear, orgId: $orgId) {
      content
    }
  }
`;
const SET_PLAN = gql`
  mutation ($input: SetKpiPlanInput!) {
    setKpiPlan(input: $input) {
      orgId
      kpi
      baseYear
      baseValue
      finalYear
      finalIncrease
      yearlyIncreases {
        fiscalYear
        increase
      }
    }
  }
`;
const SHEET = gql`
  query ($fiscalYear: Int!, $orgId: String!) {
    kpiSheet(fiscalYear: $fiscalYear, orgId: $orgId) {
      orgId
      fiscalYear
      lines {
        kpi
        baseValue
        finalIncrease
        yearTarget
        yearActual
        yearRatePercent
        cumulativeTarget
        cumulativeActual
        cumulativeRatePercent
      }
    }
  }
`;
const SHEET_CSV = gql`
  query ($fiscalYear: Int!, $orgId: String!) {
    kpiSheetCsv(fiscalYear: $fiscalYear, orgId: $orgId) {
      filename
      content
    }
  }
`;
const SHEET_PDF = gql`
  query ($fiscalYear: Int!, $orgId: String!) {
    kpiSheetPdf(fiscalYear: $fiscalYear, orgId: $orgId) {
      filename
      contentType
      base64
    }
  }
`;

type Report = {
  fiscalYearReport: {
    orgs: { orgId: string; totals: Record<string, unknown>; byClient: unknown[] }[];
    consortium: Record<string, unknown> | null;
  };
};

describe('reporting: Yen past 2^53, a failing member, KPI sheets (PostgreSQL)', () => {
  let node: TestNode;
  let sql: DataSource;
  const source = new FakeAggregatesSource();

  beforeAll(async () => {
    node = await startTestNode({
      label: 'reporting_yen',
      migrate: migrateReporting,
      create: (databaseUrl, auth) =>
        createReportingApp({
          databaseUrl,
          auth,
          aggregatesSource: source,
          snapshotSchedule: { tokens: { token: async () => 'reporting-service-account-token' }, checkIntervalMs: 0 },
        }),
      callerUsername: 'consortium-admin',
    });
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  const ok = async <T>(query: string, variables: Record<string, unknown>, as?: string): Promise<T> => {
    const res = await node.call<T>(query, variables, as);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  it('stores, sums and answers amounts past 2^53 with every digit, in JSON and CSV', async () => {
    source.byYear.set(2031, [giant('shiojiri', 2031, TWO_53_MINUS_1, 1n), giant('tateshina', 2031, TWO_53_PLUS_1, TWO_53_PLUS_1 - 1n)]);
    expect(await ok(TAKE, { fiscalYear: 2031 })).toEqual({
      takeReportingSnapshot: { orgIds: ['shiojiri', 'tateshina'], unavailableOrgIds: [], failedMembers: [] },
    });
    // Stored as decimal strings: jsonb numbers would come back as floats.
    const [stored] = await sql.query(
      `SELECT orders #>> '{total,valueYen}' AS value, jsonb_typeof(orders #> '{total,valueYen}') AS type FROM org_year_snapshots WHERE org_id = 'tateshina' AND fiscal_year = 2031`,
    );
    expect(stored).toEqual({ value: '9007199254740993', type: 'string' });
    await ok(
      gql`
        mutation {
          setOperatingCost(input: { orgId: "tateshina", fiscalYear: 2031, amountYen: "3" }) {
            amountYen
          }
        }
      `,
      {},
    );

    const { fiscalYearReport } = await ok<Report>(REPORT, { fiscalYear: 2031 });
    expect(fiscalYearReport.orgs[1]).toEqual({
      orgId: 'tateshina',
      totals: {
        orders: { valueYen: '9007199254740993' },
        totalWorkerPayYen: '9007199254740992',
        // 9,007,199,254,740,992 / 2 workers.
        averagePayPerActiveWorkerYen: '4503599627370496',
        // 9,007,199,254,740,993 − 9,007,199,254,740,992 − 3.
        netResultYen: '-2',
        sharedWorkPayYen: '9007199254740992',
      },
      byClient: [{ valueYen: '9007199254740993', sharePercent: 100 }],
    });
    expect(fiscalYearReport.consortium).toEqual({
      failedMembers: [],
      totals: {
        orders: { valueYen: '18014398509481984' },
        totalWorkerPayYen: '9007199254740993',
        // 18,014,398,509,481,984 − 9,007,199,254,740,993 − 3.
        netResultYen: '9007199254740988',
        // 9,007,199,254,740,993 / 18,014,398,509,481,984 = 50.00000000000001 %.
        largestClientSharePercent: 50,
      },
      sharedWorkByHomeOrg: [
        { homeOrgId: 'shiojiri', payYen: '1' },
        { homeOrgId: 'tateshina', payYen: '9007199254740992' },
      ],
    });

    const { reportCsv } = await ok<{ reportCsv: { content: string } }>(CSV, { kind: 'KPI_SUMMARY', fiscalYear: 2031 });
    const rows = reportCsv.content
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows.map((r) => r.split(',').slice(1, 3))).toEqual([
      ['団体', '受注額（円）'],
      ['shiojiri', '9007199254740991'],
      ['tateshina', '9007199254740993'],
      ['コンソーシアム計', '18014398509481984'],
    ]);
    const byClient = await ok<{ reportCsv: { content: string } }>(CSV, { kind: 'ORDERS_BY_CLIENT', fiscalYear: 2031, orgId: 'tateshina' });
    expect(byClient.reportCsv.content.trimEnd().split('\r\n')[1]).toBe('2031,tateshina,tateshina 市役所,官公需,2,9007199254740993,100');
  });

  it("names a member whose node fails the field in the snapshot; the others' figures stand and its earlier ones are kept", async () => {
    source.failing.set('shiojiri', 'INTERNAL_SERVER_ERROR');
    source.byYear.set(2031, [giant('shiojiri', 2031, 1n, 1n), giant('tateshina', 2031, TWO_53_PLUS_1 + 1n, 5n)]);
    try {
      expect(await ok(TAKE, { fiscalYear: 2031 })).toEqual({
        takeReportingSnapshot: {
          orgIds: ['tateshina'],
          unavailableOrgIds: ['shiojiri'],
          failedMembers: [{ orgId: 'shiojiri', code: 'INTERNAL_SERVER_ERROR' }],
        },
      });
    } finally {
      source.failing.clear();
    }
    const { fiscalYearReport } = await ok<Report>(REPORT, { fiscalYear: 2031 });
    expect(fiscalYearReport.orgs.map((o) => [o.orgId, (o.totals.orders as { valueYen: string }).valueYen])).toEqual([
      ['shiojiri', '9007199254740991'],
      ['tateshina', '9007199254740994'],
    ]);
    expect(fiscalYearReport.consortium?.failedMembers).toEqual([{ orgId: 'shiojiri', code: 'INTERNAL_SERVER_ERROR' }]);
    expect(await sql.query(`SELECT failed_members FROM consortium_year_snapshots WHERE fiscal_year = 2031`)).toEqual([
      { failed_members: [{ orgId: 'shiojiri', code: 'INTERNAL_SERVER_ERROR' }] },
    ]);
  });

  describe('KPI plans and sheets', () => {
    const PLAN = {
      orgId: 'tateshina',
      kpi: 'ORDER_VALUE',
      baseYear: 2030,
      baseValue: '0',
      finalYear: 2032,
      finalIncrease: '18014398509481986',
      yearlyIncreases: [
        { fiscalYear: 2031, increase: '9007199254740993' },
        { fiscalYear: 2032, increase: '0' },
      ],
    };

    it('sets a plan with an audit line and refuses bad ones, writing nothing', async () => {
      const { setKpiPlan } = await ok<{ setKpiPlan: unknown }>(SET_PLAN, { input: PLAN }, 'tateshina-admin');
      expect(setKpiPlan).toEqual(PLAN);
      const workersPlan = {
        orgId: 'tateshina',
        kpi: 'REGISTERED_WORKERS',
        baseYear: 2030,
        baseValue: '1',
        finalYear: 2031,
        finalIncrease: '0',
        yearlyIncreases: [{ fiscalYear: 2031, increase: '0' }],
      };
      await ok(SET_PLAN, { input: workersPlan });
      const count = async () =>
        (
          await sql.query(
            `SELECT (SELECT count(*) FROM kpi_plans)::int AS plans, (SELECT count(*) FROM kpi_plan_years)::int AS years, (SELECT count(*) FROM audit_log WHERE action = 'kpi-plan.set')::int AS audits`,
          )
        )[0];
      expect(await count()).toEqual({ plans: 2, years: 3, audits: 2 });
      const [audit] = await sql.query(
        `SELECT actor_org_id, entity_id, detail FROM audit_log WHERE action = 'kpi-plan.set' ORDER BY id LIMIT 1`,
      );
      expect(audit).toMatchObject({
        actor_org_id: 'tateshina',
        entity_id: 'tateshina/ORDER_VALUE',
        detail: { before: null, after: { baseValue: '0', finalIncrease: '18014398509481986' } },
      });

      for (const [input, code, as] of [
        [{ ...PLAN, finalYear: 2030 }, 'INVALID_KPI_PLAN', 'tateshina-admin'],
        [{ ...PLAN, yearlyIncreases: [{ fiscalYear: 2030, increase: '1' }] }, 'INVALID_KPI_PLAN', 'tateshina-admin'],
        [
          {
            ...PLAN,
            yearlyIncreases: [
              { fiscalYear: 2031, increase: '1' },
              { fiscalYear: 2031, increase: '2' },
            ],
          },
          'INVALID_KPI_PLAN',
          'tateshina-admin',
        ],
        [{ ...PLAN, yearlyIncreases: [{ fiscalYear: 2031, increase: '-1' }] }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ ...PLAN, finalIncrease: '9223372036854775808' }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ ...PLAN, baseValue: Number('9007199254740993') }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ ...PLAN, orgId: 'shiojiri' }, 'FORBIDDEN', 'tateshina-admin'],
        [PLAN, 'FORBIDDEN', 'tateshina-director'],
      ] as const) {
        const res = await node.call(SET_PLAN, { input }, as);
        expect([input, res.errors?.[0].extensions?.code]).toEqual([input, code]);
      }
      expect(await count()).toEqual({ plans: 2, years: 3, audits: 2 });
    });

    it('gives the sheet as increases over the base value, with 達成率 rounded and "—" for a target of 0', async () => {
      const { kpiSheet } = await ok<{ kpiSheet: unknown }>(SHEET, { fiscalYear: 2031, orgId: 'tateshina' }, 'tateshina-admin');
      expect(kpiSheet).toEqual({
        orgId: 'tateshina',
        fiscalYear: 2031,
        lines: [
          // FY2031 order value 9,007,199,254,740,994 over a base of 0, against +9,007,199,254,740,993: 100.0 %.
          {
            kpi: 'ORDER_VALUE',
            baseValue: '0',
            finalIncrease: '18014398509481986',
            yearTarget: '9007199254740993',
            yearActual: '9007199254740994',
            yearRatePercent: 100,
            cumulativeTarget: '9007199254740993',
            cumulativeActual: '9007199254740994',
            cumulativeRatePercent: 100,
          },
          // Registered 2 against a base of 1: +1 against a target of 0 has no rate.
          {
            kpi: 'REGISTERED_WORKERS',
            baseValue: '1',
            finalIncrease: '0',
            yearTarget: '0',
            yearActual: '1',
            yearRatePercent: null,
            cumulativeTarget: '0',
            cumulativeActual: '1',
            cumulativeRatePercent: null,
          },
        ],
      });
      const { kpiSheetCsv } = await ok<{ kpiSheetCsv: { filename: string; content: string } }>(
        SHEET_CSV,
        { fiscalYear: 2031, orgId: 'tateshina' },
        'tateshina-admin',
      );
      expect(kpiSheetCsv.filename).toBe('kyodo-kpi-sheet-fy2031-tateshina.csv');
      expect(kpiSheetCsv.content.trimEnd().split('\r\n').slice(1)).toEqual([
        '受注額（円）,2030年度,0,2032年度,18014398509481986,9007199254740993,9007199254740994,100.0,9007199254740993,9007199254740994,100.0',
        '登録者数,2030年度,1,2031年度,0,0,1,—,0,1,—',
      ]);
      const { kpiSheetPdf } = await ok<{ kpiSheetPdf: { filename: string; contentType: string; base64: string } }>(
        SHEET_PDF,
        { fiscalYear: 2031, orgId: 'tateshina' },
        'tateshina-admin',
      );
      expect([kpiSheetPdf.filename, kpiSheetPdf.contentType]).toEqual(['kyodo-kpi-sheet-fy2031-tateshina.pdf', 'application/pdf']);
      const text = (await pdfText(Buffer.from(kpiSheetPdf.base64, 'base64'))).replace(/\s+/g, '');
      for (const expected of ['18,014,398,509,481,986', '9,007,199,254,740,993', '9,007,199,254,740,994', '100.0', '—'])
        expect([expected, text.includes(expected)]).toEqual([expected, true]);
    });

    it("refuses another member's sheet and the roles without reports", async () => {
      for (const [as, orgId] of [
        ['tateshina-admin', 'shiojiri'],
        ['tateshina-director', 'tateshina'],
        ['tateshina-worker', 'tateshina'],
      ] as const) {
        for (const query of [SHEET, SHEET_CSV, SHEET_PDF]) {
          const res = await node.call(query, { fiscalYear: 2031, orgId }, as);
          expect([as, res.errors?.[0].extensions?.code, res.data ?? null]).toEqual([as, 'FORBIDDEN', null]);
        }
      }
    });

    it("keeps the consortium's own plan and sheet (no orgId), for the support body; an org admin without orgId gets its own org's", async () => {
      const consortiumPlan = {
        kpi: 'ORDER_VALUE',
        baseYear: 2030,
        baseValue: '0',
        finalYear: 2031,
        finalIncrease: '20000000000000000',
        yearlyIncreases: [{ fiscalYear: 2031, increase: '20000000000000000' }],
      };
      expect((await ok<{ setKpiPlan: unknown }>(SET_PLAN, { input: consortiumPlan })).setKpiPlan).toEqual({
        orgId: null,
        ...consortiumPlan,
      });
      expect(await sql.query(`SELECT org_id FROM kpi_plans WHERE org_id = '*'`)).toEqual([{ org_id: '*' }]);
      const { kpiSheet } = await ok<{ kpiSheet: { orgId: string | null; lines: unknown[] } }>(
        gql`
          query {
            kpiSheet(fiscalYear: 2031) {
              orgId
              lines {
                kpi
                yearTarget
                yearActual
                yearRatePercent
              }
            }
          }
        `,
        {},
      );
      // The consortium's FY2031 order value: 9,007,199,254,740,991 + 9,007,199,254,740,994 over a base of 0,
      // against +20,000,000,000,000,000: 90.07 % → 90.1.
      expect(kpiSheet).toEqual({
        orgId: null,
        lines: [{ kpi: 'ORDER_VALUE', yearTarget: '20000000000000000', yearActual: '18014398509481985', yearRatePercent: 90.1 }],
      });
      const csv = await ok<{ kpiSheetCsv: { filename: string } }>(
        gql`
          query {
            kpiSheetCsv(fiscalYear: 2031) {
              filename
            }
          }
        `,
        {},
      );
      expect(csv.kpiSheetCsv.filename).toBe('kyodo-kpi-sheet-fy2031-consortium.csv');
      // An org admin without orgId reads its own org's sheet, never the consortium's.
      const own = await ok<{ kpiSheet: { orgId: string | null } }>(
        gql`
          query {
            kpiSheet(fiscalYear: 2031) {
              orgId
            }
          }
        `,
        {},
        'tateshina-admin',
      );
      expect(own.kpiSheet.orgId).toBe('tateshina');
    });
  });

  describe("current figures (a member's own report is not only the last snapshot)", () => {
    const CURRENT = gql`
      query ($fiscalYear: Int!, $orgId: String, $current: Boolean, $asOfMonth: String) {
        fiscalYearReport(fiscalYear: $fiscalYear, orgId: $orgId, current: $current, asOfMonth: $asOfMonth) {
          orgs {
            orgId
            current
            takenMonth
            totals {
              orders {
                valueYen
              }
              sharedWorkIncomeYen
            }
            settlements {
              counterpartOrgId
              incomeYen
              costYen
            }
          }
          consortium {
            memberCount
          }
        }
      }
    `;
    type Current = {
      fiscalYearReport: {
        orgs: {
          orgId: string;
          current: boolean;
          takenMonth: string;
          totals: { orders: { valueYen: string }; sharedWorkIncomeYen: string };
          settlements: unknown[];
        }[];
        consortium: unknown;
      };
    };

    it("gives an org admin its own org's figures as the nodes give them now, through reporting's service account, storing nothing", async () => {
      const tateshina = giant('tateshina', 2031, 777n, 1n);
      const shiojiri = giant('shiojiri', 2031, 5n, 1n);
      shiojiri.orders.settledSharedWork = [{ partnerOrgId: 'tateshina', settledYen: 9_007_199_254_740_993n }];
      source.byYear.set(2031, [shiojiri, tateshina]);
      const stored = async () =>
        sql.query(
          `SELECT org_id, taken_month, orders #>> '{total,valueYen}' AS value FROM org_year_snapshots WHERE fiscal_year = 2031 ORDER BY 1, 2`,
        );
      const before = await stored();

      const live = await ok<Current>(CURRENT, { fiscalYear: 2031, current: true }, 'tateshina-admin');
      expect(live.fiscalYearReport.orgs).toEqual([
        {
          orgId: 'tateshina',
          current: true,
          takenMonth: expect.stringMatching(/^\d{4}-\d{2}$/),
          totals: { orders: { valueYen: '777' }, sharedWorkIncomeYen: '9007199254740993' },
          // Its income is in shiojiri's current figures: shiojiri owes it.
          settlements: [{ counterpartOrgId: 'shiojiri', incomeYen: '9007199254740993', costYen: '0' }],
        },
      ]);
      expect(live.fiscalYearReport.consortium).toBeNull();
      expect(source.tokens.at(-1)).toBe('reporting-service-account-token');
      expect(await stored()).toEqual(before);

      // Without `current` the report still reads the stored snapshot.
      const snapshot = await ok<Current>(CURRENT, { fiscalYear: 2031 }, 'tateshina-admin');
      expect(snapshot.fiscalYearReport.orgs.map((o) => [o.current, o.totals.orders.valueYen])).toEqual([[false, '9007199254740994']]);
      // The support body gathers with its own token and sees every member's current figures.
      const all = await ok<Current>(CURRENT, { fiscalYear: 2031, current: true });
      expect(all.fiscalYearReport.orgs.map((o) => [o.orgId, o.current, o.totals.orders.valueYen])).toEqual([
        ['shiojiri', true, '5'],
        ['tateshina', true, '777'],
      ]);
      expect(source.tokens.at(-1)).not.toBe('reporting-service-account-token');
    });

    it("refuses another member's current figures, directors, and current with asOfMonth", async () => {
      for (const [as, variables, code] of [
        ['tateshina-admin', { fiscalYear: 2031, current: true, orgId: 'shiojiri' }, 'FORBIDDEN'],
        ['tateshina-director', { fiscalYear: 2031, current: true }, 'FORBIDDEN'],
        ['tateshina-admin', { fiscalYear: 2031, current: true, asOfMonth: '2031-05' }, 'INVALID_YEAR_RANGE'],
      ] as const) {
        const res = await node.call(CURRENT, variables, as);
        expect([as, res.errors?.[0].extensions?.code, res.data ?? null]).toEqual([as, code, null]);
      }
    });
  });
});
