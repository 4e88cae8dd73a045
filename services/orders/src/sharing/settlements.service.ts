import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuthContext, isStaffOf } from '@kyodo/auth';
import { appendAudit, uuidsOnly } from '@kyodo/database';
import { CLAIM_PROGRESS_SOURCE, ClaimProgressSource } from './claim-progress-source';
import { PoolClaimsService } from './pool-claims.service';
import { PoolOffersService } from './pool-offers.service';
import { settlementAmountYen } from './settlement-amount';
import { SettlementLine } from './settlement-line.model';
import { SettlementStatementEntity } from './settlement-statement.entity';
import { SharingError } from './sharing.errors';

/** First and last day of a YYYY-MM month. */
function monthRange(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/**
 * 精算: the monthly statement of what this node's org owes a partner for its approved hours on
 * shared work. The partner pays its own workers in its own pay close; this is between members.
 */
@Injectable()
export class SettlementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SettlementStatementEntity) private readonly statements: Repository<SettlementStatementEntity>,
    private readonly claims: PoolClaimsService,
    private readonly offers: PoolOffersService,
    @Inject(CLAIM_PROGRESS_SOURCE) private readonly progress: ClaimProgressSource,
  ) {}

  /**
   * Draws up (or redraws, while nobody confirmed it) the month's statement for one partner:
   * every approved claim of the partner with the minutes its director approved in the month,
   * asked from the partner's workers node. A confirmed statement is refused by the database.
   */
  async prepare(auth: AuthContext, orgId: string, partnerOrgId: string, month: string): Promise<SettlementStatementEntity> {
    // The table's check constraint refuses it too, but as an INTERNAL_SERVER_ERROR.
    if (partnerOrgId === orgId) throw new SharingError('SETTLEMENT_WITH_ITSELF', 'A settlement statement is drawn up with another member.');
    const { from, to } = monthRange(month);
    const claims = await this.claims.approvedOf(orgId, partnerOrgId);
    const offers = new Map((await this.offers.getMany(orgId, [...new Set(claims.map((c) => c.offerId))])).map((o) => [o.id, o]));
    // Asked before the transaction opens: no row stays locked while another node answers.
    const minutes = await this.progress.approvedMinutes({ token: auth.token }, partnerOrgId, claims.map((c) => c.id), from, to);
    // A claim without approved minutes in the month owes nothing and takes no line.
    const lines: SettlementLine[] = claims.flatMap((claim) => {
      const offer = offers.get(claim.offerId);
      if (!offer) throw new Error(`claim ${claim.id} names offer ${claim.offerId}, which is not in org ${orgId}`);
      const approvedMinutes = minutes.get(claim.id) ?? 0;
      return approvedMinutes === 0 ? [] : [{ claimId: claim.id, offerId: offer.id, title: offer.title, approvedMinutes, rateYen: offer.rateYen, amountYen: settlementAmountYen(approvedMinutes, offer.rateYen) }];
    });
    const approvedMinutes = lines.reduce((sum, l) => sum + l.approvedMinutes, 0);
    const totalYen = lines.reduce((sum, l) => sum + l.amountYen, 0);
    return this.dataSource.transaction(async (manager) => {
      // A confirmed statement is left alone (no row comes back); the trigger refuses it too.
      const rows = (await manager.query(
        `INSERT INTO settlement_statements (org_id, partner_org_id, month, lines, approved_minutes, total_yen, prepared_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (org_id, partner_org_id, month) DO UPDATE
           SET lines = EXCLUDED.lines, approved_minutes = EXCLUDED.approved_minutes, total_yen = EXCLUDED.total_yen, prepared_by = EXCLUDED.prepared_by
           WHERE settlement_statements.owner_confirmed_at IS NULL AND settlement_statements.partner_confirmed_at IS NULL
         RETURNING id`,
        [orgId, partnerOrgId, from, JSON.stringify(lines), approvedMinutes, totalYen, auth.userId],
      )) as { id: string }[];
      if (rows.length === 0) throw new SharingError('STATEMENT_CONFIRMED', `The ${month} statement for ${partnerOrgId} is confirmed and never changes.`, { partnerOrgId, month });
      const [{ id }] = rows;
      await appendAudit(manager, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'settlement.prepare',
        entityType: 'settlement-statement',
        entityId: id,
        detail: { partnerOrgId, month, approvedMinutes, totalYen, lines },
      });
      return manager.findOneByOrFail(SettlementStatementEntity, { id });
    });
  }

  /** Statements the caller may see here: all for the owner's staff, its own for a partner's staff. */
  visibleTo(auth: AuthContext, orgId: string, month?: string): Promise<SettlementStatementEntity[]> {
    const query = this.statements.createQueryBuilder('s').where('s.org_id = :orgId', { orgId }).orderBy('s.month', 'DESC').addOrderBy('s.partner_org_id');
    if (!isStaffOf(auth, orgId)) query.andWhere('s.partner_org_id = :partner', { partner: auth.orgId ?? '' });
    if (month) query.andWhere('s.month = :month', { month: `${month}-01` });
    return query.getMany();
  }

  /**
   * Records the caller's side's confirmation (the owner's staff, or the partner's). Each side
   * confirms once; the conditional UPDATE makes a second (or parallel) one fail cleanly.
   */
  async confirm(auth: AuthContext, orgId: string, id: string): Promise<SettlementStatementEntity> {
    const statement = uuidsOnly([id]).length === 0 ? null : await this.statements.findOneBy({ orgId, id });
    const side = statement && (isStaffOf(auth, orgId) ? 'owner' : isStaffOf(auth, statement.partnerOrgId) ? 'partner' : null);
    if (!statement || !side) throw new SharingError('STATEMENT_NOT_FOUND', `No statement ${id} in org ${orgId} for the caller's org.`);
    return this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE settlement_statements SET ${side}_confirmed_by = $3, ${side}_confirmed_at = now() WHERE org_id = $1 AND id = $2 AND ${side}_confirmed_at IS NULL RETURNING id`,
        [orgId, id, auth.userId],
      )) as [{ id: string }[], number];
      if (rows.length === 0) throw new SharingError('STATEMENT_ALREADY_CONFIRMED', `The ${side} confirmed the statement already.`, { side });
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
