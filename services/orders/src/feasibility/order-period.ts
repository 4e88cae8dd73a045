import type { ContractEntity } from '../contracts/contract.entity';
import type { OrderEntity } from '../orders/order.entity';
import { OrdersError } from '../orders/orders.errors';

/** The workers subgraph answers capacity for at most this many days at once. */
export const MAX_PERIOD_DAYS = 366;

export interface Period {
  from: string;
  to: string;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The days in which the order's work can still be done: from today (or the contract's start,
 * if later) to the deadline (or the contract's end, if earlier). Beyond a year ahead capacity
 * is not planned, so a longer period is cut to its first year: the check then errs on the
 * safe side (it may say SHORT for work that a later month could still take).
 */
export function workPeriodOf(
  order: Pick<OrderEntity, 'id' | 'deadline'>,
  contract: Pick<ContractEntity, 'startsOn' | 'endsOn'> | null,
  today: string,
): Period {
  const from = contract && contract.startsOn > today ? contract.startsOn : today;
  const end = contract && contract.endsOn < order.deadline ? contract.endsOn : order.deadline;
  if (end < from)
    throw new OrdersError('ORDER_PERIOD_OVER', 'No day is left to do the work in: the deadline or the contract has passed.', {
      id: order.id,
      from,
      to: end,
    });
  const lastDay = addDays(from, MAX_PERIOD_DAYS - 1);
  return { from, to: end > lastDay ? lastDay : end };
}
