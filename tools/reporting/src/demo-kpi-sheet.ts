/**
 * Produces a demo member's KPI sheet (KPIシート) as CSV and PDF through the reporting API: a
 * reporting node on its own PostgreSQL database (TEST_DATABASE_URL), tokens from the Keycloak
 * at KEYCLOAK_URL, tateshina's fiscal-year figures for FY2024 (the base year) and FY2025 as its
 * nodes would answer them, plans set by tateshina's org admin, the sheet downloaded by it.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres KEYCLOAK_URL=http://localhost:37901 \
 *     npm run report:kpi-sheet -- [outDir]
 *
 * Writes kyodo-kpi-sheet-fy2025-tateshina.csv and .pdf into outDir (default .kyodo/reports).
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gql, startTestNode } from '@kyodo/testing';
import { createReportingApp, migrateReporting } from '../../../services/reporting/src/reporting-node';
import { FakeAggregatesSource } from '../../../services/reporting/src/test-support/fake-aggregates.source';
import { snapshotOf } from '../../../services/reporting/src/test-support/snapshot-fixtures';

const ORG = 'tateshina';

/** Tateshina's figures as its nodes would answer them (orders accepted, register, visits, directors). */
const FIGURES = [
  snapshotOf(ORG, 2024, {
    orders: { total: { orderCount: 41, valueYen: 4_200_000n }, clientCount: 12, salesVisits: 20 },
    workforce: { registeredWorkers: 38, registrationsInYear: 9, activeWorkers: 22, workersEarningAtLeast10000: 17, directors: 2 },
  }),
  snapshotOf(ORG, 2025, {
    orders: { total: { orderCount: 47, valueYen: 5_130_000n }, clientCount: 15, salesVisits: 26 },
    workforce: { registeredWorkers: 51, registrationsInYear: 13, activeWorkers: 27, workersEarningAtLeast10000: 21, directors: 3 },
  }),
];

/** The plans as the town writes them on the state's sheet: base FY2024, final FY2027. */
const PLANS = [
  { kpi: 'ORDER_VALUE', baseValue: '4200000', finalIncrease: '2400000', years: ['800000', '800000', '800000'] },
  { kpi: 'REGISTERED_WORKERS', baseValue: '38', finalIncrease: '36', years: ['12', '12', '12'] },
  { kpi: 'WORKERS_EARNING_10000', baseValue: '17', finalIncrease: '9', years: ['3', '3', '3'] },
  { kpi: 'CLIENTS', baseValue: '12', finalIncrease: '9', years: ['3', '3', '3'] },
  { kpi: 'SALES_VISITS', baseValue: '20', finalIncrease: '15', years: ['7', '4', '4'] },
  // A target of 0 (keep the number of directors): its rate shows as "—".
  { kpi: 'DIRECTORS', baseValue: '2', finalIncrease: '0', years: ['0', '0', '0'] },
];

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? '.kyodo/reports');
  const source = new FakeAggregatesSource();
  for (const s of FIGURES) source.byYear.set(s.fiscalYear, [s]);
  const node = await startTestNode({
    label: 'reporting_demo_kpi_sheet',
    migrate: migrateReporting,
    create: (databaseUrl, auth) => createReportingApp({ databaseUrl, auth, aggregatesSource: source }),
    callerUsername: 'consortium-admin',
  });
  try {
    const ok = async <T>(query: string, variables: Record<string, unknown>, as?: string): Promise<T> => {
      const res = await node.call<T>(query, variables, as);
      if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors ?? 'no data'));
      return res.data;
    };
    for (const fiscalYear of [2024, 2025])
      await ok(
        gql`
          mutation ($fiscalYear: Int!) {
            takeReportingSnapshot(fiscalYear: $fiscalYear) {
              fiscalYear
            }
          }
        `,
        { fiscalYear },
      );
    for (const plan of PLANS) {
      await ok(
        gql`
          mutation ($input: SetKpiPlanInput!) {
            setKpiPlan(input: $input) {
              kpi
            }
          }
        `,
        {
          input: {
            kpi: plan.kpi,
            baseYear: 2024,
            baseValue: plan.baseValue,
            finalYear: 2027,
            finalIncrease: plan.finalIncrease,
            yearlyIncreases: plan.years.map((increase, i) => ({ fiscalYear: 2025 + i, increase })),
          },
        },
        `${ORG}-admin`,
      );
    }
    const { kpiSheetCsv } = await ok<{ kpiSheetCsv: { filename: string; content: string } }>(
      gql`
        query {
          kpiSheetCsv(fiscalYear: 2025) {
            filename
            content
          }
        }
      `,
      {},
      `${ORG}-admin`,
    );
    const { kpiSheetPdf } = await ok<{ kpiSheetPdf: { filename: string; base64: string } }>(
      gql`
        query {
          kpiSheetPdf(fiscalYear: 2025) {
            filename
            base64
          }
        }
      `,
      {},
      `${ORG}-admin`,
    );
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, kpiSheetCsv.filename), kpiSheetCsv.content);
    writeFileSync(join(outDir, kpiSheetPdf.filename), Buffer.from(kpiSheetPdf.base64, 'base64'));
    process.stdout.write(
      `${kpiSheetCsv.content.replace(/^\uFEFF/, '')}\nwrote ${join(outDir, kpiSheetCsv.filename)} and ${kpiSheetPdf.filename}\n`,
    );
  } finally {
    await node.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
