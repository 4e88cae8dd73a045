import { Inject, Injectable } from '@nestjs/common';
import type { AuthContext } from '@kyodo/auth';
import { DomainError } from '@kyodo/subgraph';
import { CapacityService } from '../capacity/capacity.service';
import { passRefusal } from '../common/upstream-refusal';
import type { FeasibilityCheckReference } from './feasibility-check.reference';
import { FEASIBILITY_UPSTREAM, FeasibilityUpstream, OrderWorkPeriod, StageFreeMinutes } from './feasibility-upstream';
import { asServiceAccount, requireServiceAccount, ServiceToken, WORKERS_SERVICE_ACCOUNT } from './service-account';

/**
 * Whether the org's own free minutes cover the order on their own: work of a stage can be done
 * by workers at it or above, and an order needs one stage, so the minutes of that stage and the
 * ones above count (stages sort as they rank: A entry, C most advanced).
 */
export function ownCapacityCovers(
  period: Pick<OrderWorkPeriod, 'requiredStage' | 'requiredMinutes'>,
  own: readonly StageFreeMinutes[],
): boolean {
  const free = own.filter((s) => s.stage >= period.requiredStage).reduce((sum, s) => sum + s.freeMinutes, 0);
  return free >= period.requiredMinutes;
}

/** The orders node's refusals of a check, passed on with their own code (the console explains each). */
const ORDER_REFUSALS = new Set(['ORDER_NOT_FOUND', 'FEASIBILITY_NOT_APPLICABLE', 'ORDER_PERIOD_OVER', 'FEASIBILITY_PERIOD_CHANGED']);

/**
 * 受託確認 at the node that holds the capacity: it asks the org's orders node for the order's
 * period (as the caller), counts its own workers' free minutes, asks the other members'
 * consortium capacity only when its own falls short, and pushes the figures to the orders node
 * as its service account, which decides the verdict and records the check. No transaction is
 * open here; the orders node takes the order's lock for its own write.
 */
@Injectable()
export class FeasibilityService {
  constructor(
    private readonly capacity: CapacityService,
    @Inject(FEASIBILITY_UPSTREAM) private readonly upstream: FeasibilityUpstream,
    @Inject(WORKERS_SERVICE_ACCOUNT) private readonly serviceAccount: ServiceToken | null,
  ) {}

  async check(auth: AuthContext, orgId: string, orderId: string): Promise<FeasibilityCheckReference> {
    const account = requireServiceAccount(this.serviceAccount, 'record a feasibility check');
    const caller = { token: auth.token };
    const period = await this.upstream.period(caller, orgId, orderId).catch((error: unknown) => {
      throw passRefusal(error, ORDER_REFUSALS);
    });
    const counted = await this.capacity.ofOrg(orgId, { from: period.from, to: period.to, consortiumOnly: false });
    const own = counted.byStage.map(({ stage, freeMinutes }) => ({ stage, freeMinutes }));
    const partners = ownCapacityCovers(period, own) ? [] : await this.partnersCapacity(auth, orgId, period.from, period.to);
    const service = await asServiceAccount(account);
    return this.upstream
      .record(service, {
        orgId,
        orderId,
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        periodFrom: period.from,
        periodTo: period.to,
        own,
        partners,
      })
      .catch((error: unknown) => {
        throw passRefusal(error, ORDER_REFUSALS);
      });
  }

  /**
   * Other members' free capacity for consortium work. A check that is short on the org's own is
   * still an answer when the consortium cannot be asked (the gateway or a node is down): it then
   * stays SHORT rather than failing, and the director can check again.
   */
  private async partnersCapacity(auth: AuthContext, orgId: string, from: string, to: string): Promise<StageFreeMinutes[]> {
    try {
      const members = await this.upstream.consortiumCapacity({ token: auth.token }, from, to);
      return members.filter((m) => m.orgId !== orgId).flatMap((m) => m.byStage.filter((s) => s.freeMinutes > 0));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UPSTREAM_FAILED') return [];
      throw error;
    }
  }
}
