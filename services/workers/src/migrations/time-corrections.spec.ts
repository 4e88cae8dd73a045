import { randomUUID } from 'node:crypto';
import { createTestDatabase, databaseBeforeMigration, MigrationStep, TestDatabase } from '@kyodo/testing';
import { workersDataSourceOptions } from '../data-source';

/** Time entries and closed pay written before corrections existed keep what they said, read the new way. */
describe('migration to pay months and adjustment lines (workers)', () => {
  let db: TestDatabase;
  let step: MigrationStep;

  beforeAll(async () => {
    db = await createTestDatabase('workers_time_corrections');
    step = await databaseBeforeMigration(workersDataSourceOptions(db.url), 'TimeCorrections1765220000000');
  });

  afterAll(async () => {
    await step?.close();
    await db?.drop();
  });

  it('gives every entry its own month as pay month and every line its statement month, approved and closed rows included, and changes no amount', async () => {
    const sql = step.dataSource;
    const [{ id: workerId }] = await sql.query(
      `INSERT INTO workers (org_id, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, monthly_hour_cap)
       VALUES ('tateshina', '北原', '太郎', 'キタハラ', 'タロウ', 'A', 'A', 80) RETURNING id`,
    );
    const [{ id: assignmentId }] = await sql.query(
      `INSERT INTO assignments (org_id, worker_id, task_org_id, task_id, period_from, period_to, planned_minutes, hourly_rate_yen)
       VALUES ('tateshina', $1, 'tateshina', $2, '2025-05-01', '2025-06-30', 600, 1200) RETURNING id`,
      [workerId, randomUUID()],
    );
    for (const [workDate, status] of [
      ['2025-05-12', 'APPROVED'],
      ['2025-05-31', 'SUBMITTED'],
      ['2025-06-02', 'APPROVED'],
    ]) {
      await sql.query(
        `INSERT INTO time_entries (org_id, assignment_id, worker_id, work_date, minutes, status, idempotency_key, logged_by) VALUES ('tateshina', $1, $2, $3, 60, $4, $5, 'seed')`,
        [assignmentId, workerId, workDate, status, randomUUID()],
      );
    }
    await sql.transaction(async (m) => {
      await m.query(`INSERT INTO closed_pay_months (org_id, month, closed_by) VALUES ('tateshina', '2025-05-01', 'seed')`);
      const [{ id }] = await m.query(
        `INSERT INTO pay_statements (org_id, month, worker_id, minutes, gross_yen, withholding_base_yen, withholding_yen, net_yen) VALUES ('tateshina', '2025-05-01', $1, 60, 1200, 0, 0, 1200) RETURNING id`,
        [workerId],
      );
      await m.query(
        `INSERT INTO pay_statement_lines (statement_id, assignment_id, pay_basis, minutes, rate_yen, amount_yen, withholding) VALUES ($1, $2, 'HOURLY', 60, 1200, 1200, false)`,
        [id, assignmentId],
      );
    });
    const amounts = `SELECT s.gross_yen::text, s.net_yen::text, l.amount_yen::text, l.rate_yen::text FROM pay_statements s JOIN pay_statement_lines l ON l.statement_id = s.id`;
    const before = await sql.query(amounts);

    await step.apply();

    expect(
      await sql.query(
        `SELECT to_char(work_date, 'YYYY-MM-DD') AS day, to_char(pay_month, 'YYYY-MM') AS pay, corrects_entry_id FROM time_entries ORDER BY work_date`,
      ),
    ).toEqual([
      { day: '2025-05-12', pay: '2025-05', corrects_entry_id: null },
      { day: '2025-05-31', pay: '2025-05', corrects_entry_id: null },
      { day: '2025-06-02', pay: '2025-06', corrects_entry_id: null },
    ]);
    expect(await sql.query(`SELECT to_char(worked_month, 'YYYY-MM') AS worked FROM pay_statement_lines`)).toEqual([{ worked: '2025-05' }]);
    expect(await sql.query(amounts)).toEqual(before);
    // The guards are back on: an approved entry and a closed statement still never change.
    await expect(sql.query(`UPDATE time_entries SET minutes = 61 WHERE work_date = '2025-05-12'`)).rejects.toThrow(
      /approved and never changes/,
    );
    await expect(sql.query(`UPDATE pay_statement_lines SET amount_yen = 1`)).rejects.toThrow(/is final/);
  });
});
