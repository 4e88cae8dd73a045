export { IsSingleLineText, IsMultiLineText, isSingleLineText, isMultiLineText, UNSTORABLE_TEXT } from './text.validators';
export type { TextOptions } from './text.validators';
export { IsUuid } from './uuid.validator';
export { IsCalendarDate, IsYearMonth } from './calendar.validators';
export { CALENDAR_YEARS, isCalendarDate, isYearMonth } from './calendar';
export { IsOrgId } from './org-id.validator';
export { IsEmailAddress } from './email.validator';
export { IdArgs } from './id.args';
export { unstorableTextPlugin } from './unstorable-text.plugin';
