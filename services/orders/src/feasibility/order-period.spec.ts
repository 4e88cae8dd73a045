import { workPeriodOf } from './order-period';

const order = { id: 'o-1', deadline: '2027-03-31' };

describe('workPeriodOf', () => {
  it('runs from today to the deadline without a contract', () => {
    expect(workPeriodOf(order, null, '2026-11-21')).toEqual({ from: '2026-11-21', to: '2027-03-31' });
  });

  it('stays inside the contract period', () => {
    expect(workPeriodOf(order, { startsOn: '2026-12-01', endsOn: '2027-02-28' }, '2026-11-21')).toEqual({
      from: '2026-12-01',
      to: '2027-02-28',
    });
    expect(workPeriodOf(order, { startsOn: '2026-04-01', endsOn: '2027-12-31' }, '2026-11-21')).toEqual({
      from: '2026-11-21',
      to: '2027-03-31',
    });
  });

  it('refuses with ORDER_PERIOD_OVER when no day is left', () => {
    expect(() => workPeriodOf(order, null, '2027-04-01')).toThrow(
      expect.objectContaining({ code: 'ORDER_PERIOD_OVER', details: { id: 'o-1', from: '2027-04-01', to: '2027-03-31' } }),
    );
    expect(() => workPeriodOf(order, { startsOn: '2026-04-01', endsOn: '2026-10-31' }, '2026-11-21')).toThrow(
      expect.objectContaining({ code: 'ORDER_PERIOD_OVER' }),
    );
  });

  it('includes the deadline itself, and cuts a period longer than a year to 366 days', () => {
    expect(workPeriodOf(order, null, '2027-03-31')).toEqual({ from: '2027-03-31', to: '2027-03-31' });
    expect(workPeriodOf({ id: 'o-2', deadline: '2029-01-01' }, null, '2026-11-21')).toEqual({ from: '2026-11-21', to: '2027-11-21' });
  });
});
