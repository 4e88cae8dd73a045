import { DomainError } from '@kyodo/subgraph';

/** Every way an orders operation is refused. */
export type OrdersErrorCode = 'CLIENT_NOT_FOUND' | 'ORDER_NOT_FOUND' | 'LEAD_WORKER_INCOMPLETE';

export class OrdersError extends DomainError<OrdersErrorCode> {}
