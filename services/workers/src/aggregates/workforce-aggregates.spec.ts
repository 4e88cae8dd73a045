import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
import { gql, startTestNode, TestNode } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';

const AGGREGATES = gql`
  query ($fiscalYear: Int!) {
    consortiumWorkforceAggregates(fiscalYear: $fiscalYear) {
      orgId
      fiscalYear
      registeredWorkers
      registrationsInYear
      activeWorkers
      workersEarningAtLeast10000
      totalPayYen
      sharedWork {
        taskOrgId
        approvedMinutes
        payYen
      }
    }
  }
`;

/**
 * Hand-computed fixture at tateshina for FY2025 (pay months 2025-04 .. 2026-03; days and the
 * register by Asia/Tokyo):
 *  - 一郎: ¥6,000 for 2025-04 (own task) + ¥4,000 for 2026-03 (shiojiri's task) = ¥10,000: an earner.
 *  - 二郎: ¥9,999 for 2025-09: active, not an earner; ¥50,000 for 2025-03 and ¥20,000 for 2026-04 are other years'.
 *  - 三郎: registered, never paid. 四郎: registered 2026-04-01 00:00 JST, after the year.
 *  - Consortium work on shiojiri's task, approved: 60 min on 2025-04-01 and 30 min on 2026-03-31;
 *    45 min on 2026-04-01 (FY2026) and 20 min still submitted do not count.
 */
describe('workforce aggregates per fiscal year against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_aggregates',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
        }),
      callerUsername: 'consortium-admin',
    });
    sql = node.dataSource;
    const worker = async (givenName: string, createdAt = '2025-01-01T00:00:00+09:00'): Promise<string> =>
      (
        await sql.query(
          `INSERT INTO workers (org_id, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, monthly_hour_cap, created_at)
         VALUES ('tateshina', '北原', $1, 'キタハラ', 'タロウ', 'B', 'B', 80, $2) RETURNING id`,
          [givenName, createdAt],
        )
      )[0].id;
    const assignment = async (workerId: string, taskOrgId: string): Promise<string> =>
      (
        await sql.query(
          `INSERT INTO assignments (org_id, worker_id, task_org_id, task_id, period_from, period_to, planned_minutes, hourly_rate_yen)
         VALUES ('tateshina', $1, $2, $3, '2025-01-01', '2026-12-31', 6000, 1000) RETURNING id`,
          [workerId, taskOrgId, randomUUID()],
        )
      )[0].id;
    const entry = (assignmentId: string, workerId: string, workDate: string, minutes: number, status: string) =>
      sql.query(
        `INSERT INTO time_entries (org_id, assignment_id, worker_id, work_date, minutes, status, idempotency_key, logged_by) VALUES ('tateshina', $1, $2, $3, $4, $5, $6, 'worker')`,
        [assignmentId, workerId, workDate, minutes, status, randomUUID()],
      );
    const paid = (workerId: string, month: string, lines: { assignmentId: string; amountYen: number | bigint }[]) =>
      sql.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO closed_pay_months (org_id, month, closed_by) VALUES ('tateshina', $1, 'director') ON CONFLICT DO NOTHING`,
          [month],
        );
        const gross = lines.reduce((sum, l) => sum + BigInt(l.amountYen), 0n).toString();
        const [{ id }] = await tx.query(
          `INSERT INTO pay_statements (org_id, month, worker_id, minutes, gross_yen, withholding_base_yen, withholding_yen, net_yen) VALUES ('tateshina', $1, $2, 0, $3, 0, 0, $3) RETURNING id`,
          [month, workerId, gross],
        );
        for (const line of lines) {
          await tx.query(
            `INSERT INTO pay_statement_lines (statement_id, assignment_id, pay_basis, minutes, rate_yen, amount_yen, withholding) VALUES ($1, $2, 'HOURLY', 0, 1000, $3, false)`,
            [id, line.assignmentId, line.amountYen.toString()],
          );
        }
      });

    const ichiro = await worker('一郎');
    const jiro = await worker('二郎');
    await worker('三郎');
    await worker('四郎', '2026-04-01T00:00:00+09:00');
    const own = await assignment(ichiro, 'tateshina');
    const shared = await assignment(ichiro, 'shiojiri');
    const jirosOwn = await assignment(jiro, 'tateshina');
    await entry(shared, ichiro, '2025-04-01', 60, 'APPROVED');
    await entry(shared, ichiro, '2026-03-31', 30, 'APPROVED');
    await entry(shared, ichiro, '2026-04-01', 45, 'APPROVED');
    await entry(shared, ichiro, '2025-05-01', 20, 'SUBMITTED');
    await entry(own, ichiro, '2025-04-02', 600, 'APPROVED');
    await paid(ichiro, '2025-04-01', [{ assignmentId: own, amountYen: 6_000 }]);
    await paid(ichiro, '2026-03-01', [{ assignmentId: shared, amountYen: 4_000 }]);
    await paid(jiro, '2025-09-01', [{ assignmentId: jirosOwn, amountYen: 9_999 }]);
    await paid(jiro, '2025-03-01', [{ assignmentId: jirosOwn, amountYen: 50_000 }]);
    await paid(jiro, '2026-04-01', [{ assignmentId: jirosOwn, amountYen: 20_000 }]);
    // FY2028: 2^53 + 1 in all, on the shared task; a JavaScript number would lose the last yen.
    await paid(ichiro, '2028-05-01', [{ assignmentId: shared, amountYen: 9_007_199_254_740_000n }]);
    await paid(jiro, '2028-06-01', [{ assignmentId: jirosOwn, amountYen: 993n }]);
  });

  afterAll(async () => {
    await node?.close();
  });

  const aggregates = async (fiscalYear: number) => {
    const res = await node.call<{ consortiumWorkforceAggregates: unknown[] }>(AGGREGATES, { fiscalYear });
    expect(res.errors).toBeUndefined();
    return res.data!.consortiumWorkforceAggregates;
  };

  it('counts registered, active and ¥10,000 earners, total pay and consortium work of the fiscal year', async () => {
    expect(await aggregates(2025)).toEqual([
      {
        orgId: 'tateshina',
        fiscalYear: 2025,
        registeredWorkers: 3,
        registrationsInYear: 0,
        activeWorkers: 2,
        workersEarningAtLeast10000: 1,
        totalPayYen: '19999',
        sharedWork: [{ taskOrgId: 'shiojiri', approvedMinutes: 90, payYen: '4000' }],
      },
    ]);
  });

  it('puts March 31 and pay month March in the year before April 1 and pay month April', async () => {
    expect(await aggregates(2024)).toEqual([
      {
        orgId: 'tateshina',
        fiscalYear: 2024,
        registeredWorkers: 3,
        registrationsInYear: 3,
        activeWorkers: 1,
        workersEarningAtLeast10000: 1,
        totalPayYen: '50000',
        sharedWork: [],
      },
    ]);
    expect(await aggregates(2026)).toEqual([
      {
        orgId: 'tateshina',
        fiscalYear: 2026,
        registeredWorkers: 4,
        registrationsInYear: 1,
        activeWorkers: 1,
        workersEarningAtLeast10000: 1,
        totalPayYen: '20000',
        sharedWork: [{ taskOrgId: 'shiojiri', approvedMinutes: 45, payYen: '0' }],
      },
    ]);
  });

  it('sums pay past 2^53 exactly, as decimal strings', async () => {
    expect(await aggregates(2028)).toMatchObject([
      {
        fiscalYear: 2028,
        activeWorkers: 2,
        workersEarningAtLeast10000: 1,
        totalPayYen: '9007199254740993',
        sharedWork: [{ taskOrgId: 'shiojiri', approvedMinutes: 0, payYen: '9007199254740000' }],
      },
    ]);
  });

  it('counts the directors of the fiscal year from the staff-role history the node keeps of its own directors', async () => {
    const DIRECTORS = gql`
      query ($fiscalYear: Int!) {
        consortiumWorkforceAggregates(fiscalYear: $fiscalYear) {
          directors
        }
      }
    `;
    const directorsOf = async (fiscalYear: number) =>
      (await node.call<{ consortiumWorkforceAggregates: { directors: number }[] }>(DIRECTORS, { fiscalYear })).data!
        .consortiumWorkforceAggregates[0].directors;
    // Past years as the node recorded them: two directors in FY2025 (one seen on two days), one in FY2024.
    await sql.query(
      `INSERT INTO staff_role_years (org_id, user_id, role, fiscal_year, first_seen_on, last_seen_on) VALUES
         ('tateshina', 'd-1', 'director', 2025, '2025-04-01', '2026-03-31'),
         ('tateshina', 'd-2', 'director', 2025, '2025-09-01', '2025-09-01'),
         ('tateshina', 'd-1', 'director', 2024, '2025-03-31', '2025-03-31'),
         ('shiojiri', 'd-9', 'director', 2025, '2025-06-01', '2025-06-01')`,
    );
    expect([await directorsOf(2024), await directorsOf(2025)]).toEqual([1, 2]);

    // Calls now: tateshina's director is recorded for this fiscal year, once however often it calls;
    // its org admin (no director role) and another member's director (refused) are not.
    const thisYear = fiscalYearOf(tokyoToday());
    const before = await directorsOf(thisYear);
    const ME = gql`
      query {
        certificateIssuer {
          legalName
        }
      }
    `;
    for (const as of ['tateshina-director', 'tateshina-director', 'tateshina-admin', 'shiojiri-director']) await node.call(ME, {}, as);
    expect(await directorsOf(thisYear)).toBe(before + 1);
    const rows = await sql.query(
      `SELECT org_id, role, fiscal_year, first_seen_on = last_seen_on AS one_day FROM staff_role_years WHERE fiscal_year = $1`,
      [thisYear],
    );
    expect(rows).toEqual([{ org_id: 'tateshina', role: 'director', fiscal_year: thisYear, one_day: true }]);
  });

  it("refuses members' staff and workers: only the support body gathers aggregates", async () => {
    for (const as of ['tateshina-admin', 'tateshina-director', 'tateshina-worker', 'shiojiri-admin']) {
      const res = await node.call(AGGREGATES, { fiscalYear: 2025 }, as);
      expect([as, res.errors?.[0].extensions?.code, res.data ?? null]).toEqual([as, 'FORBIDDEN', null]);
    }
  });
});
