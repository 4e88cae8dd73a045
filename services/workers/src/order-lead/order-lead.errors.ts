import { DomainError } from '@kyodo/subgraph';

/** Every way setting an order's lead worker is refused here (the orders node's own refusals pass through). */
export type OrderLeadErrorCode =
  /** leadWorkerOrgId without leadWorkerId or the other way round (both null clears the lead). */
  | 'LEAD_WORKER_INCOMPLETE'
  /** The worker does not exist, or is another member's worker who did not consent to consortium work; details: leadWorkerOrgId, leadWorkerId. */
  | 'LEAD_WORKER_NOT_REFERABLE';

export class OrderLeadError extends DomainError<OrderLeadErrorCode> {}
