import type { OrgScopedRef } from '@kyodo/domain';
import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import { RecordOrderLeadWorkerDocument, ReferableWorkerDocument } from '../upstream/gql/graphql';

/** An order's lead as this node pushes it, with who set it; a null lead clears it. */
export interface CheckedOrderLead {
  orgId: string;
  orderId: string;
  actorId: string;
  actorOrgId: string | null;
  lead: OrgScopedRef | null;
}

/**
 * The other nodes setting an order's lead worker involves: another member's workers node, which
 * alone knows whether its worker consented to consortium work, and the org's orders node, which
 * keeps the order. This node asks both; the orders node asks no one (README, "Calls between nodes").
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface OrderLeadUpstream {
  /** Whether the caller may name another member's worker, by that member's workers node (referableWorker), asked as the caller. */
  referable(caller: OnBehalfOf, worker: OrgScopedRef): Promise<boolean>;
  /** Pushes the checked lead to the orders node as this node's service account; the order's key. */
  record(service: OnBehalfOf, checked: CheckedOrderLead): Promise<OrgScopedRef>;
}

export const ORDER_LEAD_UPSTREAM = Symbol('ORDER_LEAD_UPSTREAM');

/** Through the consortium gateway; fails closed (nothing is recorded) when a node cannot answer. */
export class GatewayOrderLeadUpstream implements OrderLeadUpstream {
  constructor(private readonly gateway: GatewayClient) {}

  async referable(caller: OnBehalfOf, worker: OrgScopedRef): Promise<boolean> {
    const { referableWorker } = await this.gateway.execute(caller, ReferableWorkerDocument, { orgId: worker.orgId, id: worker.id });
    return (
      referableWorker !== null &&
      referableWorker !== undefined &&
      referableWorker.orgId === worker.orgId &&
      referableWorker.id === worker.id
    );
  }

  async record(service: OnBehalfOf, { lead, ...checked }: CheckedOrderLead): Promise<OrgScopedRef> {
    const { recordOrderLeadWorker } = await this.gateway.execute(service, RecordOrderLeadWorkerDocument, {
      ...checked,
      leadWorkerOrgId: lead?.orgId ?? null,
      leadWorkerId: lead?.id ?? null,
    });
    return recordOrderLeadWorker;
  }
}
