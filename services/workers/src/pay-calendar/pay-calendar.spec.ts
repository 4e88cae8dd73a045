import { calendarProblem, closingDateOf, describeCalendar, legalDeadlineOf, paymentDateOf } from './pay-calendar';

describe('pay calendar (締め日・支払日) and the 60-day rule', () => {
  it('dates a month’s closing, payment and legal deadline, month ends held to the month', () => {
    const endNextEnd = { closingDay: 31, paymentMonthOffset: 1, paymentDay: 31 };
    expect([closingDateOf(endNextEnd, '2025-06'), paymentDateOf(endNextEnd, '2025-06'), legalDeadlineOf(endNextEnd, '2025-06')]).toEqual([
      '2025-06-30',
      '2025-07-31',
      '2025-08-29',
    ]);
    expect(paymentDateOf(endNextEnd, '2024-01')).toBe('2024-02-29');
    expect(paymentDateOf({ closingDay: 31, paymentMonthOffset: 2, paymentDay: 15 }, '2025-11')).toBe('2026-01-15');
    expect(describeCalendar(endNextEnd)).toBe('毎月末日締め、翌月末日払い');
    expect(describeCalendar({ closingDay: 20, paymentMonthOffset: 2, paymentDay: 10 })).toBe('毎月20日締め、翌々月10日払い');
  });

  it('accepts calendars that pay within 60 days in every month', () => {
    for (const calendar of [
      { closingDay: 31, paymentMonthOffset: 1, paymentDay: 31 },
      { closingDay: 31, paymentMonthOffset: 2, paymentDay: 25 },
      { closingDay: 15, paymentMonthOffset: 2, paymentDay: 10 },
      { closingDay: 10, paymentMonthOffset: 0, paymentDay: 25 },
    ]) {
      expect([calendar, calendarProblem(calendar)]).toEqual([calendar, null]);
    }
  });

  it('refuses a calendar that misses the 60 days in any month, or pays before the closing', () => {
    // Fine from January (59 days, 60 in a leap year) but 62 days from June 30 to August 31.
    expect(calendarProblem({ closingDay: 31, paymentMonthOffset: 2, paymentDay: 31 })).toEqual({
      code: 'PAYMENT_OVER_60_DAYS',
      month: '2024-02',
      closingDate: '2024-02-29',
      paymentDate: '2024-04-30',
      days: 61,
    });
    expect(calendarProblem({ closingDay: 15, paymentMonthOffset: 2, paymentDay: 20 })?.code).toBe('PAYMENT_OVER_60_DAYS');
    expect(calendarProblem({ closingDay: 31, paymentMonthOffset: 0, paymentDay: 25 })).toMatchObject({
      code: 'PAYMENT_BEFORE_CLOSING',
      month: '2024-01',
      days: -6,
    });
  });
});
