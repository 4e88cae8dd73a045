import { DataSource } from 'typeorm';
import { gql, pdfText, startTestNode, TestNode } from '@kyodo/testing';
import { createReportingApp, migrateReporting } from '../reporting-node';
import { FakeAggregatesSource } from '../test-support/fake-aggregates.source';
import { snapshotOf } from '../test-support/snapshot-fixtures';

const TAKE = gql`
  mutation ($fiscalYear: Int!) {
    takeReportingSnapshot(fiscalYear: $fiscalYear) {
      orgIds
    }
  }
`;
const CREATE = gql`
  mutation ($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      name
      leadOrgId
      memberOrgIds
    }
  }
`;
const SET_MEMBERS = gql`
  mutation ($input: SetProjectMembersInput!) {
    setProjectMembers(input: $input) {
      id
      leadOrgId
      memberOrgIds
    }
  }
`;
const PROJECTS = gql`
  query {
    projects {
      name
      leadOrgId
      memberOrgIds
    }
  }
`;
const SET_PLAN = gql`
  mutation ($input: SetProjectKpiPlanInput!) {
    setProjectKpiPlan(input: $input) {
      orgId
      projectId
      kpi
      baseValue
      yearlyIncreases {
        fiscalYear
        increase
      }
    }
  }
`;
const SHEET = gql`
  query ($projectId: ID!, $fiscalYear: Int!) {
    projectKpiSheet(projectId: $projectId, fiscalYear: $fiscalYear) {
      orgId
      projectId
      fiscalYear
      lines {
        kpi
        baseValue
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
  query ($projectId: ID!, $fiscalYear: Int!) {
    projectKpiSheetCsv(projectId: $projectId, fiscalYear: $fiscalYear) {
      filename
      content
    }
  }
`;
const SHEET_PDF = gql`
  query ($projectId: ID!, $fiscalYear: Int!) {
    projectKpiSheetPdf(projectId: $projectId, fiscalYear: $fiscalYear) {
      filename
      base64
    }
  }
`;

/**
 * A wide-area project of tateshina (lead) and itoigawa; shiojiri is outside it. Figures by hand:
 * registered workers 70 + 55 = 125 in FY2025 (base 100 in FY2024); order value ¥600,000 +
 * ¥410,000 = ¥1,010,000 (base ¥1,000,000); shiojiri's figures must never count. In FY2026
 * itoigawa has no figures, so the project has no actual for that year.
 */
const YEAR_2025 = [
  snapshotOf('tateshina', 2025, {
    orders: { total: { orderCount: 4, valueYen: 600_000n }, salesVisits: 3 },
    workforce: { registeredWorkers: 70, directors: 2 },
  }),
  snapshotOf('itoigawa', 2025, {
    orders: { total: { orderCount: 2, valueYen: 410_000n }, salesVisits: 2 },
    workforce: { registeredWorkers: 55, directors: 1 },
  }),
  snapshotOf('shiojiri', 2025, {
    orders: { total: { orderCount: 90, valueYen: 9_000_000n }, salesVisits: 40 },
    workforce: { registeredWorkers: 500, directors: 9 },
  }),
];
const YEAR_2026 = [
  snapshotOf('tateshina', 2026, { workforce: { registeredWorkers: 90 } }),
  snapshotOf('shiojiri', 2026, { workforce: { registeredWorkers: 510 } }),
];

const PLANS = [
  // Directors: 2 + 1 − 2 = +1 against +1: 100.0 %.
  {
    kpi: 'DIRECTORS',
    baseYear: 2024,
    baseValue: '2',
    finalYear: 2026,
    finalIncrease: '1',
    yearlyIncreases: [{ fiscalYear: 2025, increase: '1' }],
  },
  // Newly adopting municipalities in FY2025 (the registry's onboarding dates): itoigawa of the project (omachi is outside it): +1 against +2, 50.0 %.
  {
    kpi: 'NEW_MUNICIPALITIES',
    baseYear: 2024,
    baseValue: '0',
    finalYear: 2026,
    finalIncrease: '2',
    yearlyIncreases: [{ fiscalYear: 2025, increase: '2' }],
  },
  // 単年度 +20 and +30, 最終 +90 by FY2027: FY2025's +25 is 125.0 %.
  {
    kpi: 'REGISTERED_WORKERS',
    baseYear: 2024,
    baseValue: '100',
    finalYear: 2027,
    finalIncrease: '90',
    yearlyIncreases: [
      { fiscalYear: 2025, increase: '20' },
      { fiscalYear: 2026, increase: '30' },
      { fiscalYear: 2027, increase: '40' },
    ],
  },
  // +¥10,000 against +¥160,000 is 6.25 %: half up to 6.3.
  {
    kpi: 'ORDER_VALUE',
    baseYear: 2024,
    baseValue: '1000000',
    finalYear: 2026,
    finalIncrease: '300000',
    yearlyIncreases: [
      { fiscalYear: 2025, increase: '160000' },
      { fiscalYear: 2026, increase: '140000' },
    ],
  },
  // A target of 0 is allowed; its rate is none ("—").
  {
    kpi: 'SALES_VISITS',
    baseYear: 2024,
    baseValue: '4',
    finalYear: 2026,
    finalIncrease: '0',
    yearlyIncreases: [{ fiscalYear: 2025, increase: '0' }],
  },
];

describe('projects: groups of members, their KPI plans and sheets (PostgreSQL)', () => {
  let node: TestNode;
  let sql: DataSource;
  let projectId: string;
  const source = new FakeAggregatesSource();

  beforeAll(async () => {
    node = await startTestNode({
      label: 'reporting_projects',
      migrate: migrateReporting,
      create: (databaseUrl, auth) => createReportingApp({ databaseUrl, auth, aggregatesSource: source }),
      callerUsername: 'consortium-admin',
    });
    sql = node.dataSource;
    source.byYear.set(2025, YEAR_2025);
    source.byYear.set(2026, YEAR_2026);
    source.newMunicipalityIds.set(2025, ['itoigawa', 'omachi']);
    for (const fiscalYear of [2025, 2026]) expect((await node.call(TAKE, { fiscalYear })).errors).toBeUndefined();
  });

  afterAll(async () => {
    await node?.close();
  });

  const ok = async <T>(query: string, variables: Record<string, unknown>, as?: string): Promise<T> => {
    const res = await node.call<T>(query, variables, as);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const codeOf = async (query: string, variables: Record<string, unknown>, as?: string) =>
    (await node.call(query, variables, as)).errors?.[0].extensions?.code;
  const audited = async () => Number((await sql.query(`SELECT count(*) AS n FROM audit_log`))[0].n);

  it('lets the support body create a project and set its members, audited; refuses anyone else and bad members, writing nothing', async () => {
    const { createProject } = await ok<{ createProject: { id: string; memberOrgIds: string[] } }>(CREATE, {
      input: { name: '信越広域テレワーク推進事業', leadOrgId: 'tateshina', memberOrgIds: ['tateshina', 'shiojiri'] },
    });
    projectId = createProject.id;
    expect(createProject.memberOrgIds).toEqual(['shiojiri', 'tateshina']);
    const { setProjectMembers } = await ok<{ setProjectMembers: unknown }>(SET_MEMBERS, {
      input: { projectId, leadOrgId: 'tateshina', memberOrgIds: ['itoigawa', 'tateshina'] },
    });
    expect(setProjectMembers).toEqual({ id: projectId, leadOrgId: 'tateshina', memberOrgIds: ['itoigawa', 'tateshina'] });
    expect(await sql.query(`SELECT action, entity_id FROM audit_log WHERE entity_type = 'project' ORDER BY id`)).toEqual([
      { action: 'project.create', entity_id: projectId },
      { action: 'project.set-members', entity_id: projectId },
    ]);

    const before = await audited();
    const input = { name: '別の事業', leadOrgId: 'tateshina', memberOrgIds: ['tateshina'] };
    for (const [query, variables, as, code] of [
      [CREATE, { input }, 'tateshina-admin', 'FORBIDDEN'],
      [CREATE, { input }, 'tateshina-director', 'FORBIDDEN'],
      [SET_MEMBERS, { input: { projectId, leadOrgId: 'tateshina', memberOrgIds: ['tateshina'] } }, 'tateshina-admin', 'FORBIDDEN'],
      [CREATE, { input: { ...input, name: '信越広域テレワーク推進事業' } }, undefined, 'PROJECT_NAME_TAKEN'],
      [CREATE, { input: { ...input, leadOrgId: 'itoigawa' } }, undefined, 'INVALID_PROJECT_MEMBERS'],
      [CREATE, { input: { ...input, memberOrgIds: ['tateshina', 'tateshina'] } }, undefined, 'INVALID_PROJECT_MEMBERS'],
      [CREATE, { input: { ...input, memberOrgIds: ['Tateshina!'] } }, undefined, 'BAD_USER_INPUT'],
      [CREATE, { input: { ...input, memberOrgIds: [] } }, undefined, 'BAD_USER_INPUT'],
      [CREATE, { input: { ...input, name: '' } }, undefined, 'BAD_USER_INPUT'],
      [
        SET_MEMBERS,
        { input: { projectId: '00000000-0000-4000-8000-000000000000', leadOrgId: 'tateshina', memberOrgIds: ['tateshina'] } },
        undefined,
        'PROJECT_NOT_FOUND',
      ],
    ] as const) {
      expect([variables, as, await codeOf(query, variables, as)]).toEqual([variables, as, code]);
    }
    expect(await audited()).toBe(before);
    expect(Number((await sql.query(`SELECT count(*) AS n FROM projects`))[0].n)).toBe(1);
  });

  it("shows a project to the support body and its members' org admins only", async () => {
    const project = { name: '信越広域テレワーク推進事業', leadOrgId: 'tateshina', memberOrgIds: ['itoigawa', 'tateshina'] };
    expect((await ok<{ projects: unknown[] }>(PROJECTS, {})).projects).toEqual([project]);
    expect((await ok<{ projects: unknown[] }>(PROJECTS, {}, 'itoigawa-admin')).projects).toEqual([project]);
    expect((await ok<{ projects: unknown[] }>(PROJECTS, {}, 'shiojiri-admin')).projects).toEqual([]);
    expect(await codeOf(PROJECTS, {}, 'tateshina-director')).toBe('FORBIDDEN');
  });

  it("lets the lead's org admin and the support body set the project's targets; refuses a non-lead member, an outsider and bad plans", async () => {
    const [, , first, ...rest] = PLANS;
    const { setProjectKpiPlan } = await ok<{ setProjectKpiPlan: Record<string, unknown> }>(
      SET_PLAN,
      { input: { projectId, ...first } },
      'tateshina-admin',
    );
    expect(setProjectKpiPlan).toMatchObject({ orgId: null, projectId, kpi: 'REGISTERED_WORKERS', baseValue: '100' });
    for (const plan of [...PLANS.slice(0, 2), ...rest]) await ok(SET_PLAN, { input: { projectId, ...plan } });
    const before = await audited();
    for (const [input, as, code] of [
      [{ projectId, ...first }, 'itoigawa-admin', 'FORBIDDEN'],
      [{ projectId, ...first }, 'shiojiri-admin', 'PROJECT_NOT_FOUND'],
      [{ projectId, ...first }, 'tateshina-director', 'FORBIDDEN'],
      [{ projectId, ...first, finalYear: 2024 }, 'tateshina-admin', 'INVALID_KPI_PLAN'],
      [{ projectId, ...first, yearlyIncreases: [{ fiscalYear: 2030, increase: '1' }] }, 'tateshina-admin', 'INVALID_KPI_PLAN'],
      [{ projectId, ...first, finalIncrease: '-1' }, 'tateshina-admin', 'BAD_USER_INPUT'],
      [{ projectId: 'not-a-uuid', ...first }, 'tateshina-admin', 'BAD_USER_INPUT'],
      [{ projectId, ...first, orgId: 'tateshina' }, 'tateshina-admin', 'BAD_USER_INPUT'],
    ] as const) {
      expect([input, as, await codeOf(SET_PLAN, { input }, as)]).toEqual([input, as, code]);
    }
    expect(await audited()).toBe(before);
    // The project's plan is its own: the lead member's plans are untouched.
    expect(Number((await sql.query(`SELECT count(*) AS n FROM kpi_plans WHERE org_id = 'tateshina'`))[0].n)).toBe(0);
  });

  it("gives the project's KPI sheet from its members' summed figures: base value, single-year and cumulative targets, rounded rates, — for a target of 0", async () => {
    type Sheet = { projectKpiSheet: { orgId: null; projectId: string; fiscalYear: number; lines: Record<string, unknown>[] } };
    const { projectKpiSheet } = await ok<Sheet>(SHEET, { projectId, fiscalYear: 2025 }, 'tateshina-admin');
    expect(projectKpiSheet).toEqual({
      orgId: null,
      projectId,
      fiscalYear: 2025,
      lines: [
        {
          kpi: 'DIRECTORS',
          baseValue: '2',
          yearTarget: '1',
          yearActual: '1',
          yearRatePercent: 100,
          cumulativeTarget: '1',
          cumulativeActual: '1',
          cumulativeRatePercent: 100,
        },
        {
          kpi: 'NEW_MUNICIPALITIES',
          baseValue: '0',
          yearTarget: '2',
          yearActual: '1',
          yearRatePercent: 50,
          cumulativeTarget: '2',
          cumulativeActual: '1',
          cumulativeRatePercent: 50,
        },
        // ¥600,000 + ¥410,000 − ¥1,000,000 = +¥10,000 against +¥160,000: 6.25 % → 6.3 (shiojiri's ¥9,000,000 left out).
        {
          kpi: 'ORDER_VALUE',
          baseValue: '1000000',
          yearTarget: '160000',
          yearActual: '10000',
          yearRatePercent: 6.3,
          cumulativeTarget: '160000',
          cumulativeActual: '10000',
          cumulativeRatePercent: 6.3,
        },
        // 70 + 55 − 100 = +25 against +20: 125.0 %.
        {
          kpi: 'REGISTERED_WORKERS',
          baseValue: '100',
          yearTarget: '20',
          yearActual: '25',
          yearRatePercent: 125,
          cumulativeTarget: '20',
          cumulativeActual: '25',
          cumulativeRatePercent: 125,
        },
        // 3 + 2 − 4 = +1 against a target of 0: no rate.
        {
          kpi: 'SALES_VISITS',
          baseValue: '4',
          yearTarget: '0',
          yearActual: '1',
          yearRatePercent: null,
          cumulativeTarget: '0',
          cumulativeActual: '1',
          cumulativeRatePercent: null,
        },
      ],
    });
    // FY2026: itoigawa has no figures, so no actual (rather than a partial sum reading as a fall).
    const later = await ok<Sheet>(SHEET, { projectId, fiscalYear: 2026 });
    expect(later.projectKpiSheet.lines.find((l) => l.kpi === 'REGISTERED_WORKERS')).toMatchObject({
      yearTarget: '30',
      yearActual: null,
      yearRatePercent: null,
      cumulativeTarget: '50',
      cumulativeActual: null,
    });
  });

  it('downloads the sheet as CSV and PDF, and refuses it to anyone but the support body and the lead', async () => {
    const { projectKpiSheetCsv } = await ok<{ projectKpiSheetCsv: { filename: string; content: string } }>(SHEET_CSV, {
      projectId,
      fiscalYear: 2025,
    });
    expect(projectKpiSheetCsv.filename).toBe(`kyodo-kpi-sheet-fy2025-project-${projectId}.csv`);
    expect(
      projectKpiSheetCsv.content
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    ).toEqual([
      '指標,基準年度,基準値,最終目標年度,最終目標,単年度目標,単年度実績,達成率（%）,累計目標,累計実績,達成率（%）',
      'ディレクター数,2024年度,2,2026年度,1,1,1,100.0,1,1,100.0',
      '新規導入自治体数,2024年度,0,2026年度,2,2,1,50.0,2,1,50.0',
      '受注額（円）,2024年度,1000000,2026年度,300000,160000,10000,6.3,160000,10000,6.3',
      '登録者数,2024年度,100,2027年度,90,20,25,125.0,20,25,125.0',
      '営業活動件数,2024年度,4,2026年度,0,0,1,—,0,1,—',
    ]);
    const { projectKpiSheetPdf } = await ok<{ projectKpiSheetPdf: { filename: string; base64: string } }>(
      SHEET_PDF,
      { projectId, fiscalYear: 2025 },
      'tateshina-admin',
    );
    expect(projectKpiSheetPdf.filename).toBe(`kyodo-kpi-sheet-fy2025-project-${projectId}.pdf`);
    const text = (await pdfText(Buffer.from(projectKpiSheetPdf.base64, 'base64'))).replace(/\s+/g, '');
    for (const expected of ['KPIシート（2025年度）', '信越広域テレワーク推進事業', '代表団体：tateshina', '1,000,000', '6.3', '125.0', '—'])
      expect([expected, text.includes(expected)]).toEqual([expected, true]);

    for (const [query, as, code] of [
      [SHEET, 'itoigawa-admin', 'FORBIDDEN'],
      [SHEET_CSV, 'shiojiri-admin', 'PROJECT_NOT_FOUND'],
      [SHEET_PDF, 'tateshina-director', 'FORBIDDEN'],
      [SHEET, 'tateshina-worker', 'FORBIDDEN'],
    ] as const) {
      expect([query.slice(0, 40), as, await codeOf(query, { projectId, fiscalYear: 2025 }, as)]).toEqual([query.slice(0, 40), as, code]);
    }
    expect(await codeOf(SHEET, { projectId, fiscalYear: 1999 })).toBe('BAD_USER_INPUT');
  });
});
