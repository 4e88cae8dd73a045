import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuthContext } from '@kyodo/auth';
import { appendAudit, uuidsOnly } from '@kyodo/database';
import { tokyoToday } from '@kyodo/domain';
import { PoolClaimsService } from './pool-claims.service';
import { PoolOffersService } from './pool-offers.service';
import { settlementAmountYen } from './settlement-amount';
import { SettlementLine, settlementLinesTransformer } from './settlement-line.model';
import { SettlementBasis } from './settlement-basis.model';
import { SettlementStatementEntity } from './settlement-statement.entity';
import { SharingError } from './sharing.errors';
import { may } from '../access/access';

/** First and last day of a YYYY-MM month. */
function monthRange(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/** A statement covers a month that has ended (Asia/Tokyo): before that, more of its work can still be approved. */
function assertMonthEnded(month: string): void {
  if (monthRange(month).to >= tokyoToday()) {
    throw new SharingError(
      'MONTH_NOT_ENDED',
      `${month} has not ended yet (Asia/Tokyo); its statement is drawn up and confirmed once it has.`,
      { month, today: tokyoToday() },
    );
  }
}

/** Minutes a partner's director approved on one claim in one month worked (YYYY-MM). */
export interface ClaimMinutes {
  month: string;
  claimId: string;
  approvedMinutes: number;
}

type ApprovedClaim = Awaited<ReturnType<PoolClaimsService['approvedOf']>>[number];

/**
 * 精算: the monthly statement of what this node's org owes a partner for its approved hours on
 * shared work. The partner pays its own workers in its own pay close; this is between members.
 * The minutes come from the partner's workers node by way of this org's workers node, which
 * pushes them here; this node asks no one.
 */
@Injectable()
export class SettlementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SettlementStatementEntity) private readonly statements: Repository<SettlementStatementEntity>,
    private readonly claims: PoolClaimsService,
    private readonly offers: PoolOffersService,
  ) {}

  /**
   * What a month's statement with a partner is drawn up from: the partner's approved claims on
   * this org's offers and the months whose approved minutes count (the month, then earlier
   * months the pair already settled, whose late minutes are owed as adjustments). The org's
   * workers node asks the partner's workers node those minutes and pushes them (record).
   */
  async basis(orgId: string, partnerOrgId: string, month: string): Promise<SettlementBasis> {
    // The table's check constraint refuses it too, but as an INTERNAL_SERVER_ERROR.
    if (partnerOrgId === orgId) throw new SharingError('SETTLEMENT_WITH_ITSELF', 'A settlement statement is drawn up with another member.');
    assertMonthEnded(month);
    const claims = await this.claims.approvedOf(orgId, partnerOrgId);
    const settledMonths = await this.settledMonthsBefore(orgId, partnerOrgId, monthRange(month).from);
    return { partnerOrgId, month, claimIds: claims.map((c) => c.id), months: [month, ...settledMonths] };
  }

  /**
   * Draws up (or redraws, while nobody confirmed it) the month's statement for one partner:
   * every approved claim of the partner with the minutes its director approved in the month,
   * as the org's workers node asked them of the partner's workers node and pushed them here as
   * its service account, for `actor`. The basis they were asked for must still be the current
   * one (a claim approved or a month settled since is refused: draw it up again). A confirmed
   * statement is refused by the database.
   */
  async record(
    actor: AuthContext,
    orgId: string,
    pushed: {
      partnerOrgId: string;
      month: string;
      claimIds: readonly string[];
      months: readonly string[];
      progress: readonly ClaimMinutes[];
    },
  ): Promise<SettlementStatementEntity> {
    const { partnerOrgId, month } = pushed;
    const basis = await this.basis(orgId, partnerOrgId, month);
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
    if (!same(basis.claimIds, pushed.claimIds) || basis.months.join() !== pushed.months.join()) {
      throw new SharingError(
        'SETTLEMENT_BASIS_CHANGED',
        'A claim was approved or a month settled since the minutes were asked; draw it up again.',
        {
          partnerOrgId,
          month,
        },
      );
    }
    const claims = await this.claims.approvedOf(orgId, partnerOrgId);
    const { from } = monthRange(month);
    const offers = new Map((await this.offers.getMany(orgId, [...new Set(claims.map((c) => c.offerId))])).map((o) => [o.id, o]));
    const minutesIn = (worked: string) =>
      new Map(pushed.progress.filter((p) => p.month === worked).map((p) => [p.claimId, p.approvedMinutes] as const));
    const minutes = minutesIn(month);
    const settledMonths = basis.months.slice(1);
    const earlier = settledMonths.map(minutesIn);
    const lineOf = (claim: ApprovedClaim, approvedMinutes: number, adjustmentOf: string | null): SettlementLine => {
      const offer = offers.get(claim.offerId);
      if (!offer) throw new Error(`claim ${claim.id} names offer ${claim.offerId}, which is not in org ${orgId}`);
      return {
        claimId: claim.id,
        offerId: offer.id,
        title: offer.title,
        approvedMinutes,
        rateYen: offer.rateYen,
        amountYen: settlementAmountYen(approvedMinutes, offer.rateYen),
        adjustmentOf,
      };
    };
    // A claim without approved minutes in the month owes nothing and takes no line.
    const own = claims.flatMap((claim) => {
      const approvedMinutes = minutes.get(claim.id) ?? 0;
      return approvedMinutes === 0 ? [] : [lineOf(claim, approvedMinutes, null)];
    });
    return this.dataSource.transaction(async (manager) => {
      // One drawing-up at a time per owner and partner, so that what the other statements already
      // settled is read under it and two statements never both take the same late minutes.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kyodo.settlement:' || $1 || ':' || $2))`, [orgId, partnerOrgId]);
      const settled = await this.settledMinutes(manager, orgId, partnerOrgId, from);
      const adjustments = settledMonths.flatMap((settledMonth, i) =>
        claims.flatMap((claim) => {
          const late = (earlier[i].get(claim.id) ?? 0) - (settled.get(`${claim.id} ${settledMonth}`) ?? 0);
          return late > 0 ? [lineOf(claim, late, settledMonth)] : [];
        }),
      );
      const lines = [...own, ...adjustments];
      const approvedMinutes = lines.reduce((sum, l) => sum + l.approvedMinutes, 0);
      const totalYen = lines.reduce((sum, l) => sum + l.amountYen, 0n);
      // A confirmed or imported statement is left alone (no row comes back); the triggers refuse it too.
      const rows = (await manager.query(
        `INSERT INTO settlement_statements (org_id, partner_org_id, month, lines, approved_minutes, total_yen, prepared_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (org_id, partner_org_id, month) WHERE voided_at IS NULL DO UPDATE
           SET lines = EXCLUDED.lines, approved_minutes = EXCLUDED.approved_minutes, total_yen = EXCLUDED.total_yen, prepared_by = EXCLUDED.prepared_by
           WHERE settlement_statements.owner_confirmed_at IS NULL AND settlement_statements.partner_confirmed_at IS NULL
             AND settlement_statements.import_batch_id IS NULL
         RETURNING id`,
        [
          orgId,
          partnerOrgId,
          from,
          JSON.stringify(settlementLinesTransformer.to(lines)),
          approvedMinutes,
          totalYen.toString(),
          actor.userId,
        ],
      )) as { id: string }[];
      if (rows.length === 0)
        throw new SharingError(
          'STATEMENT_CONFIRMED',
          `The ${month} statement for ${partnerOrgId} is confirmed or imported and never changes.`,
          {
            partnerOrgId,
            month,
          },
        );
      const [{ id }] = rows;
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'settlement.prepare',
        entityType: 'settlement-statement',
        entityId: id,
        detail: { partnerOrgId, month, approvedMinutes, totalYen, lines },
      });
      return manager.findOneByOrFail(SettlementStatementEntity, { id });
    });
  }

  /** Months before `before` whose statement with the partner either side confirmed, oldest first. */
  private async settledMonthsBefore(orgId: string, partnerOrgId: string, before: string): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT to_char(month, 'YYYY-MM') AS month FROM settlement_statements
       WHERE org_id = $1 AND partner_org_id = $2 AND month < $3 AND voided_at IS NULL
         AND (owner_confirmed_at IS NOT NULL OR partner_confirmed_at IS NOT NULL OR import_batch_id IS NOT NULL)
       ORDER BY month`,
      [orgId, partnerOrgId, before],
    )) as { month: string }[];
    return rows.map((r) => r.month);
  }

  /**
   * Minutes per claim and month worked that statements other than `month`'s already carry (own
   * lines for their month, adjustments for the month they name), keyed "claimId YYYY-MM".
   */
  private async settledMinutes(manager: EntityManager, orgId: string, partnerOrgId: string, month: string): Promise<Map<string, number>> {
    const rows = (await manager.query(
      `SELECT l->>'claimId' AS claim_id, coalesce(l->>'adjustmentOf', to_char(s.month, 'YYYY-MM')) AS worked, sum((l->>'approvedMinutes')::int)::int AS minutes
       FROM settlement_statements s CROSS JOIN LATERAL jsonb_array_elements(s.lines) AS l
       WHERE s.org_id = $1 AND s.partner_org_id = $2 AND s.month <> $3
       GROUP BY 1, 2`,
      [orgId, partnerOrgId, month],
    )) as { claim_id: string; worked: string; minutes: number }[];
    return new Map(rows.map((r) => [`${r.claim_id} ${r.worked}`, r.minutes]));
  }

  getMany(orgId: string, ids: readonly string[]): Promise<SettlementStatementEntity[]> {
    const valid = uuidsOnly(ids);
    return valid.length === 0 ? Promise.resolve([]) : this.statements.findBy({ orgId, id: In(valid) });
  }

  /** Statements the caller may see here: all for the owner's staff, its own for a partner's staff. */
  visibleTo(auth: AuthContext, orgId: string, month?: string): Promise<SettlementStatementEntity[]> {
    const query = this.statements
      .createQueryBuilder('s')
      .where('s.org_id = :orgId AND s.voided_at IS NULL', { orgId })
      .orderBy('s.month', 'DESC')
      .addOrderBy('s.partner_org_id');
    if (!may('homeOrgStaff', auth, { orgId })) query.andWhere('s.partner_org_id = :partner', { partner: auth.orgId ?? '' });
    if (month) query.andWhere('s.month = :month', { month: `${month}-01` });
    return query.getMany();
  }

  /**
   * Records the caller's side's confirmation (the owner's staff, or the partner's). Each side
   * confirms once; the conditional UPDATE makes a second (or parallel) one fail cleanly.
   */
  async confirm(auth: AuthContext, orgId: string, id: string): Promise<SettlementStatementEntity> {
    const statement = uuidsOnly([id]).length === 0 ? null : await this.statements.findOneBy({ orgId, id });
    const side = statement && (may('homeOrgStaff', auth, { orgId }) ? 'owner' : may('partnerStaff', auth, statement) ? 'partner' : null);
    if (!statement || !side || statement.voidedAt)
      throw new SharingError('STATEMENT_NOT_FOUND', `No statement ${id} in org ${orgId} for the caller's org.`);
    if (statement.importBatchId)
      throw new SharingError('IMPORTED_RECORD_IMMUTABLE', 'An imported statement was settled before Kyodo and is not confirmed here.', {
        importBatchId: statement.importBatchId,
      });
    // Statements drawn up before months had to end are confirmed only once theirs has.
    assertMonthEnded(statement.month.slice(0, 7));
    return this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE settlement_statements SET ${side}_confirmed_by = $3, ${side}_confirmed_at = now() WHERE org_id = $1 AND id = $2 AND ${side}_confirmed_at IS NULL RETURNING id`,
        [orgId, id, auth.userId],
      )) as [{ id: string }[], number];
      if (rows.length === 0)
        throw new SharingError('STATEMENT_ALREADY_CONFIRMED', `The ${side} confirmed the statement already.`, { side });
      await appendAudit(manager, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: `settlement.confirm-${side}`,
        entityType: 'settlement-statement',
        entityId: id,
        detail: { side, totalYen: statement.totalYen, approvedMinutes: statement.approvedMinutes },
      });
      return manager.findOneByOrFail(SettlementStatementEntity, { id });
    });
  }
}
