import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { WorkerEntity } from '../workers/worker.entity';
import { PayMonth } from './pay-month.model';
import { PayStatementEntity } from './pay-statement.entity';
import { PayStatementLineEntity } from './pay-statement-line.entity';
import { firstDayOf } from './year-month';

/** A worker sees at most ten years of monthly statements at once. */
const OWN_STATEMENTS_LIMIT = 120;

/** Reads of closed pay months: statements are final once written, so reads need no locks. */
@Injectable()
export class PayStatementsService {
  constructor(@InjectRepository(PayStatementEntity) private readonly statements: Repository<PayStatementEntity>) {}

  forMonth(orgId: string, month: string): Promise<PayStatementEntity[]> {
    return this.statements.find({ where: { orgId, month }, order: { workerId: 'ASC' } });
  }

  /**
   * The statements of the worker linked to a Keycloak user, newest month first; none when
   * unlinked. Pay imported from the org's own books (過去実績, not voided) is among them, marked by
   * its batch; in a month with both, Kyodo's statement comes first.
   */
  async forUser(orgId: string, userId: string): Promise<PayStatementEntity[]> {
    const [closed, imported] = await Promise.all([
      this.statements
        .createQueryBuilder('s')
        .innerJoin(WorkerEntity, 'w', 'w.id = s.worker_id AND w.org_id = s.org_id')
        .where('s.org_id = :orgId AND w.user_id = :userId', { orgId, userId })
        .orderBy('s.month', 'DESC')
        .limit(OWN_STATEMENTS_LIMIT)
        .getMany(),
      this.importedForUser(orgId, userId),
    ]);
    return [...closed, ...imported].sort((a, b) => b.month.localeCompare(a.month)).slice(0, OWN_STATEMENTS_LIMIT);
  }

  /**
   * Imported pay as statements: no lines; the withholding base is the gross where tax was withheld
   * (the file gives no base), and the statement was written when its batch was imported.
   */
  private async importedForUser(orgId: string, userId: string): Promise<PayStatementEntity[]> {
    const rows = (await this.statements.manager.query(
      `SELECT p.id, p.org_id, p.worker_id, to_char(p.month, 'YYYY-MM') AS month, p.minutes, p.gross_yen::text AS gross,
              p.withholding_yen::text AS withholding, p.net_yen::text AS net, p.import_batch_id, b.imported_at
       FROM imported_pay_statements p
       JOIN workers w ON w.id = p.worker_id AND w.org_id = p.org_id
       JOIN import_batches b ON b.id = p.import_batch_id
       WHERE p.org_id = $1 AND w.user_id = $2 AND p.voided_at IS NULL
       ORDER BY p.month DESC LIMIT $3`,
      [orgId, userId, OWN_STATEMENTS_LIMIT],
    )) as {
      id: string;
      org_id: string;
      worker_id: string;
      month: string;
      minutes: number;
      gross: string;
      withholding: string;
      net: string;
      import_batch_id: string;
      imported_at: Date;
    }[];
    return rows.map((r) =>
      Object.assign(new PayStatementEntity(), {
        id: r.id,
        orgId: r.org_id,
        workerId: r.worker_id,
        month: r.month,
        minutes: r.minutes,
        grossYen: BigInt(r.gross),
        withholdingBaseYen: BigInt(r.withholding) > 0n ? BigInt(r.gross) : 0n,
        withholdingYen: BigInt(r.withholding),
        netYen: BigInt(r.net),
        createdAt: r.imported_at,
        importBatchId: r.import_batch_id,
      }),
    );
  }

  /** Lines of many statements in one query, for the request's loader. */
  async linesOf(statementIds: readonly string[]): Promise<PayStatementLineEntity[][]> {
    const lines = await this.statements.manager.find(PayStatementLineEntity, {
      where: { statementId: In([...statementIds]) },
      order: { workedMonth: 'ASC', assignmentId: 'ASC' },
    });
    return statementIds.map((id) => lines.filter((line) => line.statementId === id));
  }

  /** A closed month's totals, summed from its statements; null while the month is open. Within a transaction, pass its manager. */
  async summary(orgId: string, month: string, manager: EntityManager = this.statements.manager): Promise<PayMonth | null> {
    // Sums of bigint are numeric in PostgreSQL: read as decimal strings, exact at any size.
    const rows: { closed_at: Date; statements: number; gross: string; withholding: string; net: string }[] = await manager.query(
      `SELECT c.closed_at, count(s.id)::int AS statements,
              coalesce(sum(s.gross_yen), 0) AS gross, coalesce(sum(s.withholding_yen), 0) AS withholding, coalesce(sum(s.net_yen), 0) AS net
       FROM closed_pay_months c LEFT JOIN pay_statements s ON s.org_id = c.org_id AND s.month = c.month
       WHERE c.org_id = $1 AND c.month = $2
       GROUP BY c.closed_at`,
      [orgId, firstDayOf(month)],
    );
    if (rows.length === 0) return null;
    const [row] = rows;
    return {
      orgId,
      month,
      closedAt: row.closed_at,
      statementCount: row.statements,
      grossYen: BigInt(row.gross),
      withholdingYen: BigInt(row.withholding),
      netYen: BigInt(row.net),
    };
  }
}
