import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrgScopedRef } from '@kyodo/domain';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { OrderEntity } from './order.entity';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrdersError } from './orders.errors';

/**
 * An order's lead worker, as the org's workers node pushes it: that node holds the workers and
 * decides whether the caller may name one (a worker of the org, or another member's worker who
 * consented to consortium work), so this node stores the reference it was handed and asks no one.
 */
@Injectable()
export class OrderLeadWorkerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: OrderLifecycleService,
  ) {}

  /** Sets (or with null clears) the lead under the order's lock, with an audit entry naming `actor`. */
  record(actor: AuthContext, orgId: string, orderId: string, lead: OrgScopedRef | null): Promise<OrderEntity> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.lifecycle.lockOrder(manager, orgId, orderId);
      const from = order.leadWorkerId && order.leadWorkerOrgId ? { orgId: order.leadWorkerOrgId, id: order.leadWorkerId } : null;
      order.leadWorkerOrgId = lead?.orgId ?? null;
      order.leadWorkerId = lead?.id ?? null;
      await manager.update(
        OrderEntity,
        { orgId, id: orderId },
        { leadWorkerOrgId: order.leadWorkerOrgId, leadWorkerId: order.leadWorkerId },
      );
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'order.lead-worker',
        entityType: 'order',
        entityId: orderId,
        detail: { from, to: lead },
      });
      return order;
    });
  }
}

/** Both halves of a lead worker's key, or neither (the lead cleared); one alone is refused. */
export function leadWorkerOf(leadWorkerOrgId: string | null | undefined, leadWorkerId: string | null | undefined): OrgScopedRef | null {
  if (!leadWorkerOrgId !== !leadWorkerId) {
    throw new OrdersError('LEAD_WORKER_INCOMPLETE', 'leadWorkerId and leadWorkerOrgId go together (both null clears the lead).');
  }
  return leadWorkerOrgId && leadWorkerId ? { orgId: leadWorkerOrgId, id: leadWorkerId } : null;
}
