import { daysBetween, legalDeadlineOf, PayCalendar, paymentDateOf } from './pay-calendar';
import { PayCloseWarning, PayCloseWarningCode } from './pay-close-warning.model';

/** Bulk transfer (総合振込) data is due at the bank a couple of business days before the transfer. */
export const TRANSFER_LEAD_DAYS = 3;

/** What a close on `closedOn` (Asia/Tokyo) means for paying `month` on time. */
export function payCloseWarnings(calendar: PayCalendar | null, month: string, closedOn: string): PayCloseWarning[] {
  if (!calendar) {
    return [
      {
        code: PayCloseWarningCode.NO_PAY_CALENDAR,
        message: 'No pay calendar is set: set one so the month’s payment date is known.',
        paymentDate: null,
        legalDeadline: null,
      },
    ];
  }
  const paymentDate = paymentDateOf(calendar, month);
  const legalDeadline = legalDeadlineOf(calendar, month);
  const at = { paymentDate, legalDeadline };
  const warnings: PayCloseWarning[] = [];
  if (closedOn > legalDeadline) {
    warnings.push({
      code: PayCloseWarningCode.LEGAL_DEADLINE_MISSED,
      message: `${month} was closed on ${closedOn}, after the legal deadline ${legalDeadline} (60 days after its closing).`,
      ...at,
    });
  }
  if (closedOn >= paymentDate) {
    warnings.push({
      code: PayCloseWarningCode.PAYMENT_DATE_MISSED,
      message: `${month} was closed on ${closedOn}, not before its payment date ${paymentDate}: pay it at once.`,
      ...at,
    });
  } else if (daysBetween(closedOn, paymentDate) < TRANSFER_LEAD_DAYS) {
    warnings.push({
      code: PayCloseWarningCode.PAYMENT_DATE_NEAR,
      message: `${month} is paid on ${paymentDate}, ${daysBetween(closedOn, paymentDate)} day(s) after its close: send the transfer file to the bank today.`,
      ...at,
    });
  }
  return warnings;
}
