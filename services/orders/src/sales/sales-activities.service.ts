import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { fiscalYearRange, tokyoToday } from '@kyodo/domain';
import { RecordSalesActivityInput } from './dto/record-sales-activity.input';
import { SalesActivity } from './sales-activity.model';
import { SalesError } from './sales.errors';

const COLUMNS = `id, org_id AS "orgId", to_char(visited_on, 'YYYY-MM-DD') AS "visitedOn", prospect, outcome, staff_name AS "staffName", note, recorded_by AS "recordedBy"`;

@Injectable()
export class SalesActivitiesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Logs a visit; the row and its audit line commit together. */
  async record(orgId: string, input: RecordSalesActivityInput, auth: AuthContext): Promise<SalesActivity> {
    const today = tokyoToday();
    if (input.visitedOn > today)
      throw new SalesError(
        'VISIT_IN_FUTURE',
        `A sales visit is logged once it happened: ${input.visitedOn} is after today (${today}, Asia/Tokyo).`,
        { visitedOn: input.visitedOn },
      );
    return this.dataSource.transaction(async (tx) => {
      const [row]: SalesActivity[] = await tx.query(
        `INSERT INTO sales_activities (org_id, visited_on, prospect, outcome, staff_name, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
        [orgId, input.visitedOn, input.prospect, input.outcome, input.staffName, input.note ?? null, auth.userId],
      );
      await appendAudit(tx, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'sales-activity.record',
        entityType: 'sales_activity',
        entityId: row.id,
        detail: { ...row },
      });
      return row;
    });
  }

  /** One fiscal year's visits, latest first. */
  list(orgId: string, fiscalYear: number): Promise<SalesActivity[]> {
    const { from, to } = fiscalYearRange(fiscalYear);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM sales_activities WHERE org_id = $1 AND visited_on BETWEEN $2::date AND $3::date ORDER BY visited_on DESC, recorded_at DESC`,
      [orgId, from, to],
    );
  }
}
