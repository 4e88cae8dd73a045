import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { tokyoToday, type DocumentIssuer } from '@kyodo/domain';
import { DocumentIssuers } from '../documents/document-issuers';
import { PayBasis } from '../assignments/pay-basis.enum';
import { PayError } from './pay.errors';
import { PayMonth } from './pay-month.model';
import { PayMonthPreview, PayStatementPreview } from './pay-month-preview.model';
import { ApprovedWork, draftPayStatements, PayStatementDraft } from './pay-statement-draft';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { NotificationsService } from '../notifications/notifications.service';
import { PayStatementsService } from './pay-statements.service';
import { firstDayOf, lastDayOf } from './year-month';

interface ApprovedWorkRow {
  assignment_id: string;
  worker_id: string;
  worked_month: string;
  pay_basis: PayBasis;
  hourly_rate_yen: string | null;
  piece_rate_yen: string | null;
  withholding: boolean;
  minutes: number;
  quantity: number | null;
}

const yenOrNull = (value: string | null): bigint | null => (value === null ? null : BigInt(value));
/** Bigints go to pg as decimal strings (what its array serialiser and JSON both take). */
const decimal = (yen: bigint): string => yen.toString();

/**
 * 支払締め: closes an org's pay month in one transaction — all of it commits, or none of it.
 *  1. Takes the month's exclusive lock (pay_month_lock). Writers of the month's time entries
 *     hold it shared while they check the month is open, so the close waits for an approval in
 *     flight to commit (and pays it), and a later approval waits for the close and is refused.
 *  2. Records the month closed; the primary key makes a second close find it and change nothing.
 *  3. Sums the approved time entries paid in the month per assignment and month worked (the
 *     month itself, or an earlier closed month for corrections: adjustments), prices them (pay-statement-draft)
 *     and writes one statement per worker with its lines; the database checks at commit that
 *     each statement adds up to its lines.
 *  4. Audits the close with its totals.
 */
@Injectable()
export class PayCloseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statements: PayStatementsService,
    private readonly notifications: NotificationsService,
    private readonly issuers: DocumentIssuers,
  ) {}

  async close(orgId: string, month: string, actor: AuthContext): Promise<PayMonth> {
    if (lastDayOf(month) >= tokyoToday()) {
      throw new PayError('MONTH_NOT_ENDED', `${month} has not ended yet (Asia/Tokyo); its pay closes once it has.`, { month });
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pay_month_lock($1, $2, true)`, [orgId, firstDayOf(month)]);
      const closed: unknown[] = await manager.query(
        `INSERT INTO closed_pay_months (org_id, month, closed_by) VALUES ($1, $2, $3) ON CONFLICT (org_id, month) DO NOTHING RETURNING month`,
        [orgId, firstDayOf(month), actor.userId],
      );
      if (closed.length > 0) {
        const drafts = draftPayStatements(await this.approvedWork(manager, orgId, month));
        // The payer on every statement: the town's partner operator, for a town operated by another.
        await this.write(manager, orgId, month, drafts, await this.issuers.of(manager, orgId));
        const written: { id: string; worker_id: string }[] = await manager.query(
          `SELECT id, worker_id FROM pay_statements WHERE org_id = $1 AND month = $2`,
          [orgId, firstDayOf(month)],
        );
        await this.notifications.notifyMany(
          manager,
          written.map((s) => ({
            orgId,
            recipient: { workerId: s.worker_id },
            kind: NotificationKind.PAY_STATEMENT_READY,
            subjectType: 'PayStatement',
            subjectId: s.id,
          })),
        );
      }
      const summary = await this.statements.summary(orgId, month, manager);
      if (!summary) throw new Error(`${orgId} ${month} is not closed after closing it`);
      if (closed.length > 0) {
        await appendAudit(manager, {
          actorId: actor.userId,
          actorOrgId: actor.orgId,
          action: 'pay-month.close',
          entityType: 'PayMonth',
          entityId: `${orgId}:${month}`,
          detail: {
            statementCount: summary.statementCount,
            grossYen: decimal(summary.grossYen),
            withholdingYen: decimal(summary.withholdingYen),
            netYen: decimal(summary.netYen),
          },
        });
      }
      return summary;
    });
  }

  /**
   * 締め前確認: the statements closing the month would write (the same query and pricing as the
   * close), read without locks or writes; for a closed month, the statements it wrote.
   */
  async preview(orgId: string, month: string): Promise<PayMonthPreview> {
    const manager = this.dataSource.manager;
    const [{ closed, awaiting }]: { closed: boolean; awaiting: number }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM closed_pay_months WHERE org_id = $1 AND month = $2) AS closed,
              (SELECT count(*)::int FROM time_entries WHERE org_id = $1 AND pay_month = $2 AND status = 'SUBMITTED') AS awaiting`,
      [orgId, firstDayOf(month)],
    );
    const statements = closed
      ? (await this.statements.forMonth(orgId, month)).map(
          ({ workerId, minutes, grossYen, withholdingBaseYen, withholdingYen, netYen }) => ({
            workerId,
            minutes,
            grossYen: BigInt(grossYen),
            withholdingBaseYen: BigInt(withholdingBaseYen),
            withholdingYen: BigInt(withholdingYen),
            netYen: BigInt(netYen),
          }),
        )
      : draftPayStatements(await this.approvedWork(manager, orgId, month)).map(
          ({ workerId, minutes, grossYen, withholdingBaseYen, withholdingYen, netYen }) => ({
            workerId,
            minutes,
            grossYen,
            withholdingBaseYen,
            withholdingYen,
            netYen,
          }),
        );
    const sum = (pick: (s: PayStatementPreview) => bigint) => statements.reduce((total, s) => total + pick(s), 0n);
    return {
      orgId,
      month,
      closed,
      ended: lastDayOf(month) < tokyoToday(),
      awaitingReview: awaiting,
      statements,
      grossYen: sum((s) => s.grossYen),
      withholdingYen: sum((s) => s.withholdingYen),
      netYen: sum((s) => s.netYen),
    };
  }

  private async approvedWork(manager: EntityManager, orgId: string, month: string): Promise<ApprovedWork[]> {
    const rows: ApprovedWorkRow[] = await manager.query(
      `SELECT a.id AS assignment_id, a.worker_id, to_char(date_trunc('month', e.work_date), 'YYYY-MM') AS worked_month,
              a.pay_basis, a.hourly_rate_yen::text, a.piece_rate_yen::text, a.withholding,
              sum(e.minutes)::int AS minutes, sum(e.quantity)::int AS quantity
       FROM time_entries e JOIN assignments a ON a.id = e.assignment_id
       WHERE e.org_id = $1 AND e.status = 'APPROVED' AND e.pay_month = $2
       GROUP BY a.id, 3
       ORDER BY a.worker_id, 3 DESC, a.period_from, a.id`,
      [orgId, firstDayOf(month)],
    );
    return rows.map((r) => ({
      assignmentId: r.assignment_id,
      workerId: r.worker_id,
      workedMonth: r.worked_month,
      payBasis: r.pay_basis,
      hourlyRateYen: yenOrNull(r.hourly_rate_yen),
      pieceRateYen: yenOrNull(r.piece_rate_yen),
      withholding: r.withholding,
      minutes: r.minutes,
      quantity: r.quantity,
    }));
  }

  /** Two statements, however many workers: all statements, then all lines, each one multi-row insert. */
  private async write(
    manager: EntityManager,
    orgId: string,
    month: string,
    drafts: readonly PayStatementDraft[],
    issuer: DocumentIssuer,
  ): Promise<void> {
    if (drafts.length === 0) return;
    const statements = drafts.map((draft) => ({ id: randomUUID(), draft }));
    await manager.query(
      `INSERT INTO pay_statements (id, org_id, month, worker_id, minutes, gross_yen, withholding_base_yen, withholding_yen, net_yen, issuer)
       SELECT t.id, $1, $2, t.worker_id, t.minutes, t.gross, t.base, t.tax, t.net, $10::jsonb
       FROM unnest($3::uuid[], $4::uuid[], $5::int[], $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[]) AS t(id, worker_id, minutes, gross, base, tax, net)`,
      [
        orgId,
        firstDayOf(month),
        statements.map((s) => s.id),
        statements.map((s) => s.draft.workerId),
        statements.map((s) => s.draft.minutes),
        statements.map((s) => decimal(s.draft.grossYen)),
        statements.map((s) => decimal(s.draft.withholdingBaseYen)),
        statements.map((s) => decimal(s.draft.withholdingYen)),
        statements.map((s) => decimal(s.draft.netYen)),
        JSON.stringify(issuer),
      ],
    );
    const lines = statements.flatMap((s) => s.draft.lines.map((line) => ({ statementId: s.id, line })));
    await manager.query(
      `INSERT INTO pay_statement_lines (statement_id, assignment_id, worked_month, pay_basis, minutes, quantity, rate_yen, amount_yen, withholding)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[], $5::int[], $6::int[], $7::bigint[], $8::bigint[], $9::boolean[])`,
      [
        lines.map((l) => l.statementId),
        lines.map((l) => l.line.assignmentId),
        lines.map((l) => firstDayOf(l.line.workedMonth)),
        lines.map((l) => l.line.payBasis),
        lines.map((l) => l.line.minutes),
        lines.map((l) => l.line.quantity),
        lines.map((l) => decimal(l.line.rateYen)),
        lines.map((l) => decimal(l.line.amountYen)),
        lines.map((l) => l.line.withholding),
      ],
    );
  }
}
