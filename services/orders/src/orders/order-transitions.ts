import { OrderStatus } from './order-status.enum';

/**
 * The only place that says which status may follow which. Cancelling is possible only before
 * work starts: once workers are booked (IN_PROGRESS) an order ends through delivery.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  [OrderStatus.INQUIRY]: [OrderStatus.FEASIBILITY_CHECKED, OrderStatus.CANCELLED],
  [OrderStatus.FEASIBILITY_CHECKED]: [OrderStatus.CONTRACTED, OrderStatus.CANCELLED],
  [OrderStatus.CONTRACTED]: [OrderStatus.IN_PROGRESS, OrderStatus.CANCELLED],
  [OrderStatus.IN_PROGRESS]: [OrderStatus.DELIVERED],
  [OrderStatus.DELIVERED]: [OrderStatus.ACCEPTED],
  [OrderStatus.ACCEPTED]: [OrderStatus.INVOICED],
  [OrderStatus.INVOICED]: [OrderStatus.PAID],
  [OrderStatus.PAID]: [],
  [OrderStatus.CANCELLED]: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Statuses after which the work is fixed: tasks can no longer be added or changed. */
export const CLOSED_FOR_WORK: readonly OrderStatus[] = [
  OrderStatus.DELIVERED,
  OrderStatus.ACCEPTED,
  OrderStatus.INVOICED,
  OrderStatus.PAID,
  OrderStatus.CANCELLED,
];
