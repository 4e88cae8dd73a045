import { ValidateBy, buildMessage } from 'class-validator';
import { CALENDAR_YEARS, isCalendarDate, isYearMonth } from './calendar';

/** A calendar date "YYYY-MM-DD" (Asia/Tokyo): a day that exists, with no time or zone attached. */
export const IsCalendarDate = (): PropertyDecorator =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: isCalendarDate,
      defaultMessage: buildMessage(
        (prefix) =>
          `${prefix}$property must be a date that exists, like 2026-04-01, in the years ${CALENDAR_YEARS.min} to ${CALENDAR_YEARS.max}`,
      ),
    },
  });

/** A calendar month "YYYY-MM" (Asia/Tokyo), as a pay or settlement month is named. */
export const IsYearMonth = (): PropertyDecorator =>
  ValidateBy({
    name: 'isYearMonth',
    validator: {
      validate: isYearMonth,
      defaultMessage: buildMessage(
        (prefix) => `${prefix}$property must be a month like 2026-04, in the years ${CALENDAR_YEARS.min} to ${CALENDAR_YEARS.max}`,
      ),
    },
  });
