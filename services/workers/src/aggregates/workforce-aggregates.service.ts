import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fiscalYearRange } from '@kyodo/domain';
import { OrgWorkforceAggregates, SharedWorkShare } from './workforce-aggregates.model';

/** ¥10,000 a year: the threshold the consortium reports people who earned at least (DESIGN.md §3). */
export const EARNER_THRESHOLD_YEN = 10_000;

/**
 * Pay per worker over the year's pay months (one statement per worker and month, so a fiscal
 * year reads at most twelve rows per worker), past pay from history imports included (not
 * voided), and the register as of the year's last Tokyo day: a worker imported with a 登録日 is
 * registered from that day; a worker of a voided import counts nowhere.
 */
const PEOPLE_SQL = `
  WITH pay AS (
    SELECT worker_id, sum(gross_yen) AS gross
    FROM (
      SELECT worker_id, gross_yen FROM pay_statements WHERE org_id = $1 AND month BETWEEN $2::date AND $3::date
      UNION ALL
      SELECT worker_id, gross_yen FROM imported_pay_statements WHERE org_id = $1 AND month BETWEEN $2::date AND $3::date AND voided_at IS NULL
    ) p
    GROUP BY worker_id
  )
  SELECT
    (SELECT count(*) FROM workers WHERE org_id = $1 AND import_voided_at IS NULL
                                     AND created_at < (($3::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo'))::int AS registered,
    (SELECT count(*) FROM workers WHERE org_id = $1 AND import_voided_at IS NULL
                                     AND created_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Tokyo')
                                     AND created_at < (($3::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo'))::int AS registrations,
    (SELECT count(*) FROM staff_role_years WHERE org_id = $1 AND role = 'director' AND fiscal_year = $5)::int AS directors,
    (SELECT count(*) FROM pay WHERE gross > 0)::int AS active,
    (SELECT count(*) FROM pay WHERE gross >= $4)::int AS earners,
    (SELECT coalesce(sum(gross), 0) FROM pay)::numeric AS total_pay`;

/**
 * Consortium work: assignments of this org's workers to another member's task. Minutes come from
 * approved time entries (the partial index on approved entries by day serves the range); pay
 * from the lines of the year's closed statements for those assignments.
 */
const SHARED_WORK_SQL = `
  WITH shared AS (
    SELECT id, task_org_id FROM assignments WHERE org_id = $1 AND task_org_id <> $1
  ),
  minutes AS (
    SELECT s.task_org_id, sum(t.minutes)::bigint AS minutes
    FROM time_entries t JOIN shared s ON s.id = t.assignment_id
    WHERE t.org_id = $1 AND t.status = 'APPROVED' AND t.work_date BETWEEN $2::date AND $3::date
    GROUP BY s.task_org_id
  ),
  pay AS (
    SELECT s.task_org_id, sum(l.amount_yen)::numeric AS pay
    FROM pay_statements ps
    JOIN pay_statement_lines l ON l.statement_id = ps.id
    JOIN shared s ON s.id = l.assignment_id
    WHERE ps.org_id = $1 AND ps.month BETWEEN $2::date AND $3::date
    GROUP BY s.task_org_id
  )
  SELECT coalesce(m.task_org_id, p.task_org_id) AS task_org_id, coalesce(m.minutes, 0) AS minutes, coalesce(p.pay, 0) AS pay
  FROM minutes m FULL JOIN pay p ON p.task_org_id = m.task_org_id
  ORDER BY 1`;

@Injectable()
export class WorkforceAggregatesService {
  constructor(private readonly dataSource: DataSource) {}

  async ofFiscalYear(orgId: string, fiscalYear: number): Promise<OrgWorkforceAggregates> {
    const { from, to } = fiscalYearRange(fiscalYear);
    const [[people], shared]: [
      [{ registered: number; registrations: number; directors: number; active: number; earners: number; total_pay: string }],
      { task_org_id: string; minutes: string; pay: string }[],
    ] = await Promise.all([
      this.dataSource.query(PEOPLE_SQL, [orgId, from, to, EARNER_THRESHOLD_YEN, fiscalYear]),
      this.dataSource.query(SHARED_WORK_SQL, [orgId, from, to]),
    ]);
    return {
      orgId,
      fiscalYear,
      registeredWorkers: people.registered,
      // The register's creation time is the registration date (登録日); a history import sets it to the day on the town's books.
      registrationsInYear: people.registrations,
      directors: people.directors,
      activeWorkers: people.active,
      workersEarningAtLeast10000: people.earners,
      // numeric, read as text: sums past 2^53 (and past bigint) stay exact.
      totalPayYen: BigInt(people.total_pay),
      sharedWork: shared.map((row): SharedWorkShare => ({
        taskOrgId: row.task_org_id,
        approvedMinutes: Number(row.minutes),
        payYen: BigInt(row.pay),
      })),
    };
  }
}
