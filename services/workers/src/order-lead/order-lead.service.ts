import { Inject, Injectable } from '@nestjs/common';
import type { AuthContext } from '@kyodo/auth';
import type { OrgScopedRef } from '@kyodo/domain';
import { passRefusal } from '../common/upstream-refusal';
import { asServiceAccount, requireServiceAccount, ServiceToken, WORKERS_SERVICE_ACCOUNT } from '../feasibility/service-account';
import { workerVisibility } from '../workers/worker-access';
import { WorkersService } from '../workers/workers.service';
import { OrderLeadError } from './order-lead.errors';
import { ORDER_LEAD_UPSTREAM, OrderLeadUpstream } from './order-lead-upstream';
import type { OrderReference } from './order.reference';

/** The orders node's refusals of a lead, passed on with their own code. */
const ORDER_REFUSALS = new Set(['ORDER_NOT_FOUND', 'IMPORTED_RECORD_IMMUTABLE', 'LEAD_WORKER_INCOMPLETE']);

/**
 * An order's lead worker is a reference the order's readers follow (Order.leadWorker), so it is
 * checked where the workers are: a worker of the order's org (this node's own data), or another
 * member's worker who consented to consortium work (that member's workers node says, asked as
 * the caller). Only then is it pushed to the org's orders node as this node's service account.
 * No transaction is open here; the orders node takes the order's lock for its own write.
 */
@Injectable()
export class OrderLeadService {
  constructor(
    private readonly workers: WorkersService,
    @Inject(ORDER_LEAD_UPSTREAM) private readonly upstream: OrderLeadUpstream,
    @Inject(WORKERS_SERVICE_ACCOUNT) private readonly serviceAccount: ServiceToken | null,
  ) {}

  async set(auth: AuthContext, orgId: string, orderId: string, lead: Partial<OrgScopedRef>): Promise<OrderReference> {
    if (!lead.orgId !== !lead.id) {
      throw new OrderLeadError('LEAD_WORKER_INCOMPLETE', 'leadWorkerId and leadWorkerOrgId go together (both null clears the lead).');
    }
    const account = requireServiceAccount(this.serviceAccount, "set an order's lead worker");
    const worker = lead.orgId && lead.id ? { orgId: lead.orgId, id: lead.id } : null;
    if (worker && !(await this.mayReference(auth, orgId, worker))) {
      throw new OrderLeadError(
        'LEAD_WORKER_NOT_REFERABLE',
        `Worker ${worker.id} of ${worker.orgId} cannot lead this order: it is not a worker of this org nor one its org shares with consortium members.`,
        { leadWorkerOrgId: worker.orgId, leadWorkerId: worker.id },
      );
    }
    const service = await asServiceAccount(account);
    return this.upstream
      .record(service, { orgId, orderId, actorId: auth.userId, actorOrgId: auth.orgId, lead: worker })
      .catch((error: unknown) => {
        throw passRefusal(error, ORDER_REFUSALS);
      });
  }

  /** The rule of referableWorker: this org's workers from here, another member's from its own node (consent). */
  private async mayReference(auth: AuthContext, orgId: string, worker: OrgScopedRef): Promise<boolean> {
    if (worker.orgId !== orgId) return this.upstream.referable({ token: auth.token }, worker);
    const found = await this.workers.get(orgId, worker.id);
    return found !== null && workerVisibility(auth, found) !== 'NONE';
  }
}
