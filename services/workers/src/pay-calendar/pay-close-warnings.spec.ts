import { payCloseWarnings } from './pay-close-warnings';

describe('pay close warnings', () => {
  const endNextEnd = { closingDay: 31, paymentMonthOffset: 1, paymentDay: 31 };
  const codes = (calendar: typeof endNextEnd | null, month: string, closedOn: string) =>
    payCloseWarnings(calendar, month, closedOn).map((w) => w.code);

  it('says nothing for a close in good time', () => {
    expect(payCloseWarnings(endNextEnd, '2025-06', '2025-07-02')).toEqual([]);
  });

  it('warns when the payment date is near, missed, or past the 60 days, and when no calendar is set', () => {
    expect(codes(endNextEnd, '2025-06', '2025-07-29')).toEqual(['PAYMENT_DATE_NEAR']);
    expect(payCloseWarnings(endNextEnd, '2025-06', '2025-07-31')).toEqual([
      {
        code: 'PAYMENT_DATE_MISSED',
        message: expect.stringContaining('2025-07-31'),
        paymentDate: '2025-07-31',
        legalDeadline: '2025-08-29',
      },
    ]);
    expect(codes(endNextEnd, '2025-06', '2025-08-30')).toEqual(['LEGAL_DEADLINE_MISSED', 'PAYMENT_DATE_MISSED']);
    expect(codes(null, '2025-06', '2025-07-01')).toEqual(['NO_PAY_CALENDAR']);
  });
});
