import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuthContext } from '@kyodo/auth';
import { appendAudit, isCheckViolation, uuidsOnly } from '@kyodo/database';
import { PoolClaimEntity } from './pool-claim.entity';
import { PoolClaimStatus } from './pool-claim-status.enum';
import { PoolOfferEntity } from './pool-offer.entity';
import { SharingError } from './sharing.errors';
import { may } from '../access/access';

type Decision = PoolClaimStatus.APPROVED | PoolClaimStatus.DECLINED;

/**
 * Partners' claims on this node's offers. A claim is recorded here, at the owner's node, so the
 * owner's database alone decides how many hours are given away.
 */
@Injectable()
export class PoolClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PoolClaimEntity) private readonly claims: Repository<PoolClaimEntity>,
  ) {}

  /** A partner member's staff claim hours; pending until the owner decides. */
  async claim(auth: AuthContext, orgId: string, offerId: string, hours: number): Promise<PoolClaimEntity> {
    const claimantOrgId = auth.orgId;
    if (!claimantOrgId || claimantOrgId === orgId)
      throw new SharingError('CLAIM_OWN_OFFER', 'A member claims hours of other members’ offers only.');
    return this.dataSource.transaction(async (manager) => {
      const offer = await manager.findOneBy(PoolOfferEntity, { orgId, id: offerId });
      if (!offer) throw new SharingError('OFFER_NOT_FOUND', `No offer ${offerId} in org ${orgId}.`);
      // Only a courtesy: approvals, not claims, are what the database bounds.
      const remainingHours = offer.hours - offer.approvedHours;
      if (hours > remainingHours)
        throw new SharingError('CLAIM_EXCEEDS_OFFER', `Only ${remainingHours} hours of the offer are left.`, { remainingHours });
      const claim = await manager.save(
        manager.create(PoolClaimEntity, { orgId, offerId, claimantOrgId, hours, status: PoolClaimStatus.PENDING, claimedBy: auth.userId }),
      );
      await appendAudit(manager, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'pool-claim.claim',
        entityType: 'pool-claim',
        entityId: claim.id,
        detail: { offerId, claimantOrgId, hours },
      });
      return claim;
    });
  }

  approve(auth: AuthContext, orgId: string, id: string): Promise<PoolClaimEntity> {
    return this.decide(auth, orgId, id, PoolClaimStatus.APPROVED);
  }

  decline(auth: AuthContext, orgId: string, id: string): Promise<PoolClaimEntity> {
    return this.decide(auth, orgId, id, PoolClaimStatus.DECLINED);
  }

  /**
   * Decides a pending claim. The conditional UPDATE makes the first of two parallel decisions
   * win; an approval then adds its hours to the offer in one UPDATE, which queues approvals of
   * the same offer on its row and whose CHECK (approved_hours <= hours) refuses the one that
   * would give away more than was published — the whole transaction rolls back with it.
   */
  private async decide(auth: AuthContext, orgId: string, id: string, decision: Decision): Promise<PoolClaimEntity> {
    if (uuidsOnly([id]).length === 0) throw new SharingError('CLAIM_NOT_FOUND', `No claim ${id} in org ${orgId}.`);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [rows] = (await manager.query(
          `UPDATE pool_claims SET status = $3, decided_by = $4, decided_at = now() WHERE org_id = $1 AND id = $2 AND status = 'PENDING' RETURNING offer_id, hours`,
          [orgId, id, decision, auth.userId],
        )) as [{ offer_id: string; hours: number }[], number];
        if (rows.length === 0) await this.refuseUndecidable(manager, orgId, id);
        const { offer_id: offerId, hours } = rows[0];
        if (decision === PoolClaimStatus.APPROVED) {
          await manager.query(`UPDATE pool_offers SET approved_hours = approved_hours + $2 WHERE id = $1`, [offerId, hours]);
        }
        await appendAudit(manager, {
          actorId: auth.userId,
          actorOrgId: auth.orgId,
          action: decision === PoolClaimStatus.APPROVED ? 'pool-claim.approve' : 'pool-claim.decline',
          entityType: 'pool-claim',
          entityId: id,
          detail: { offerId, hours, status: decision },
        });
        return manager.findOneByOrFail(PoolClaimEntity, { id });
      });
    } catch (error) {
      if (isCheckViolation(error, 'pool_offers_approved_within')) {
        throw new SharingError('CLAIM_EXCEEDS_OFFER', 'Approving the claim would give away more hours than the offer published.', {
          claimId: id,
        });
      }
      throw error;
    }
  }

  private async refuseUndecidable(manager: EntityManager, orgId: string, id: string): Promise<never> {
    const claim = await manager.findOneBy(PoolClaimEntity, { orgId, id });
    if (!claim) throw new SharingError('CLAIM_NOT_FOUND', `No claim ${id} in org ${orgId}.`);
    throw new SharingError('CLAIM_ALREADY_DECIDED', `The claim is ${claim.status} already.`, { status: claim.status });
  }

  /**
   * Claims the caller may see at this node: the owner's staff see all of them, a partner's staff
   * only their own org's. Oldest first; `ids` narrows to those claims.
   */
  visibleTo(auth: AuthContext, orgId: string, ids?: readonly string[]): Promise<PoolClaimEntity[]> {
    const query = this.claims.createQueryBuilder('c').where('c.org_id = :orgId', { orgId }).orderBy('c.created_at').addOrderBy('c.id');
    if (!may('homeOrgStaff', auth, { orgId })) query.andWhere('c.claimant_org_id = :claimant', { claimant: auth.orgId ?? '' });
    if (ids) query.andWhere('c.id = ANY(:ids)', { ids: uuidsOnly(ids) });
    return query.getMany();
  }

  /** Claims on these offers, as the caller may see them (for the PoolOffer.claims loader). */
  async byOffers(auth: AuthContext, orgId: string, offerIds: readonly string[]): Promise<PoolClaimEntity[]> {
    const valid = uuidsOnly(offerIds);
    if (valid.length === 0) return [];
    const where = may('homeOrgStaff', auth, { orgId })
      ? { orgId, offerId: In(valid) }
      : { orgId, offerId: In(valid), claimantOrgId: auth.orgId ?? '' };
    return this.claims.find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The approved claims of one partner, for its settlement statement. */
  approvedOf(orgId: string, claimantOrgId: string): Promise<PoolClaimEntity[]> {
    return this.claims.find({ where: { orgId, claimantOrgId, status: PoolClaimStatus.APPROVED }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
