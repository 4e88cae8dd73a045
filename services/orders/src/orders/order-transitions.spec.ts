import { canTransition, ORDER_TRANSITIONS } from './order-transitions';
import { OrderStatus } from './order-status.enum';

describe('the order state machine', () => {
  it('walks the happy path from inquiry to paid', () => {
    const path = [
      OrderStatus.INQUIRY,
      OrderStatus.FEASIBILITY_CHECKED,
      OrderStatus.CONTRACTED,
      OrderStatus.IN_PROGRESS,
      OrderStatus.DELIVERED,
      OrderStatus.ACCEPTED,
      OrderStatus.INVOICED,
      OrderStatus.PAID,
    ];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i])).toBe(true);
  });

  it('cancels only from the early states', () => {
    const cancellable = Object.values(OrderStatus).filter((s) => canTransition(s, OrderStatus.CANCELLED));
    expect(cancellable.sort()).toEqual([OrderStatus.CONTRACTED, OrderStatus.FEASIBILITY_CHECKED, OrderStatus.INQUIRY].sort());
  });

  it('never skips a step, goes back, or stays put', () => {
    expect(canTransition(OrderStatus.INQUIRY, OrderStatus.CONTRACTED)).toBe(false);
    expect(canTransition(OrderStatus.DELIVERED, OrderStatus.IN_PROGRESS)).toBe(false);
    for (const s of Object.values(OrderStatus)) expect(canTransition(s, s)).toBe(false);
    expect(ORDER_TRANSITIONS[OrderStatus.PAID]).toEqual([]);
    expect(ORDER_TRANSITIONS[OrderStatus.CANCELLED]).toEqual([]);
  });
});
