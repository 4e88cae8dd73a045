import { Client } from 'pg';

/**
 * Bulk data for one org's nodes, written with generate_series straight into the node databases.
 * Triggers (order totals, pay-month locks, statement totals) guard what the application writes
 * one row at a time; a bulk load of consistent rows skips them (session_replication_role) so
 * that generating a million rows takes seconds, not minutes. Every row is valid under the
 * tables' CHECK constraints, which still apply.
 */

/** Runs `load` in one transaction without triggers, then refreshes the planner's statistics. */
async function inOneTransaction(databaseUrl: string, load: (tx: Client) => Promise<void>): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query(`SET LOCAL session_replication_role = replica`);
    await load(db);
    await db.query('COMMIT');
    await db.query('ANALYZE');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    await db.end();
  }
}

export interface OrdersVolume {
  orgId: string;
  fiscalYear: number;
  clients: number;
  /** Orders, every one accepted (検収) within the fiscal year; each split into `tasksPerOrder` tasks. */
  orders: number;
  tasksPerOrder: number;
}

export async function generateOrders(databaseUrl: string, v: OrdersVolume): Promise<void> {
  await inOneTransaction(databaseUrl, async (tx) => {
    await tx.query(
      `INSERT INTO clients (org_id, name, sector)
       SELECT $1, '発注者 ' || i, CASE WHEN i % 3 = 0 THEN 'PRIVATE' ELSE 'PUBLIC' END FROM generate_series(1, $2) AS i`,
      [v.orgId, v.clients],
    );
    await tx.query(
      `INSERT INTO orders (org_id, client_id, title, category, routine, value_yen, estimated_hours, deadline, required_stage, status, task_hours_total, task_value_total)
       SELECT $1, c.id, '案件 ' || i, (ARRAY['DATA_ENTRY', 'WRITING', 'MAILING', 'ANNOTATION'])[1 + i % 4], i % 5 <> 0, 50000 + (i % 100) * 1000, 100, make_date($3 + 1, 3, 31), 'C', 'ACCEPTED', 0, 0
       FROM generate_series(1, $2) AS i
       JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM clients WHERE org_id = $1) c ON c.n = i % $4`,
      [v.orgId, v.orders, v.fiscalYear, v.clients],
    );
    await tx.query(
      `INSERT INTO tasks (org_id, order_id, title, pay_basis, hours, pay_rate_yen, value_yen)
       SELECT o.org_id, o.id, '作業 ' || t, 'HOURLY', 10, 1100, 5000 FROM orders o CROSS JOIN generate_series(1, $2) AS t WHERE o.org_id = $1`,
      [v.orgId, v.tasksPerOrder],
    );
    await tx.query(`UPDATE orders SET task_hours_total = 10 * $2, task_value_total = 5000 * $2 WHERE org_id = $1`, [
      v.orgId,
      v.tasksPerOrder,
    ]);
    // Acceptances spread over the whole fiscal year, in Tokyo time.
    await tx.query(
      `INSERT INTO deliveries (org_id, order_id, status, amount_yen, delivered_by, delivered_at, accepted_at, accepted_by)
       SELECT o.org_id, o.id, 'ACCEPTED', o.value_yen, 'bench', t, t, 'bench'
       FROM (SELECT id, org_id, value_yen, row_number() OVER (ORDER BY id) AS n FROM orders WHERE org_id = $1) o
       CROSS JOIN LATERAL (SELECT make_timestamptz($2, 4, 1, 9, 0, 0, 'Asia/Tokyo') + (o.n % 364) * interval '1 day' AS t) d`,
      [v.orgId, v.fiscalYear],
    );
  });
}

export interface WorkersVolume {
  orgId: string;
  /** Another member whose tasks some assignments are (consortium work). */
  partnerOrgId: string;
  fiscalYear: number;
  workers: number;
  assignmentsPerWorker: number;
  /** Time entries in all, spread over the fiscal year's days; nine in ten approved. */
  timeEntries: number;
}

export async function generateWorkers(databaseUrl: string, v: WorkersVolume): Promise<void> {
  await inOneTransaction(databaseUrl, async (tx) => {
    await tx.query(
      `INSERT INTO workers (org_id, status, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, monthly_hour_cap, created_at)
       SELECT $1, 'ACTIVE', '北原', '太郎' || i, 'キタハラ', 'タロウ', 'B', 'B', 80, make_timestamptz($3 - 1, 4, 1, 9, 0, 0, 'Asia/Tokyo')
       FROM generate_series(1, $2) AS i`,
      [v.orgId, v.workers, v.fiscalYear],
    );
    // One assignment in ten is a task of the partner's: consortium work.
    await tx.query(
      `INSERT INTO assignments (org_id, worker_id, task_org_id, task_id, period_from, period_to, planned_minutes, hourly_rate_yen)
       SELECT $1, w.id, CASE WHEN a % 10 = 0 THEN $3 ELSE $1 END, gen_random_uuid(), make_date($4, 4, 1), make_date($4 + 1, 3, 31), 60000, 1000
       FROM workers w CROSS JOIN generate_series(1, $2) AS a WHERE w.org_id = $1`,
      [v.orgId, v.assignmentsPerWorker, v.partnerOrgId, v.fiscalYear],
    );
    await tx.query(
      `INSERT INTO time_entries (org_id, assignment_id, worker_id, work_date, minutes, status, idempotency_key, logged_by)
       SELECT $1, a.id, a.worker_id, make_date($3, 4, 1) + (i % 365), 30 + i % 180, CASE WHEN i % 10 = 0 THEN 'SUBMITTED' ELSE 'APPROVED' END, 'bench-' || i, 'bench'
       FROM generate_series(1, $2) AS i
       JOIN (SELECT id, worker_id, row_number() OVER (ORDER BY id) - 1 AS n FROM assignments WHERE org_id = $1) a ON a.n = i % $4`,
      [v.orgId, v.timeEntries, v.fiscalYear, v.workers * v.assignmentsPerWorker],
    );
    // Every month of the year closed, one statement per worker with one line on each assignment.
    await tx.query(
      `INSERT INTO closed_pay_months (org_id, month, closed_by) SELECT $1, (make_date($2, 4, 1) + m * interval '1 month')::date, 'bench' FROM generate_series(0, 11) AS m`,
      [v.orgId, v.fiscalYear],
    );
    await tx.query(
      `INSERT INTO pay_statements (org_id, month, worker_id, minutes, gross_yen, withholding_base_yen, withholding_yen, net_yen)
       SELECT $1, c.month, w.id, 60 * $2, 2000 * $2, 0, 0, 2000 * $2
       FROM workers w CROSS JOIN closed_pay_months c WHERE w.org_id = $1 AND c.org_id = $1`,
      [v.orgId, v.assignmentsPerWorker],
    );
    await tx.query(
      `INSERT INTO pay_statement_lines (statement_id, assignment_id, pay_basis, minutes, rate_yen, amount_yen, withholding)
       SELECT s.id, a.id, 'HOURLY', 60, 2000, 2000, false FROM pay_statements s JOIN assignments a ON a.worker_id = s.worker_id WHERE s.org_id = $1`,
      [v.orgId],
    );
  });
}
