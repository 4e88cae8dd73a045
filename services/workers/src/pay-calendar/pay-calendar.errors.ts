import { DomainError } from '@kyodo/subgraph';

/** Every way setting the pay calendar is refused. */
export type PayCalendarErrorCode =
  /** Some month would be paid more than 60 days after its closing (特定受託事業者取引適正化法 第4条). */
  | 'PAYMENT_OVER_60_DAYS'
  /** Some month would be paid before its closing. */
  | 'PAYMENT_BEFORE_CLOSING';

export class PayCalendarError extends DomainError<PayCalendarErrorCode> {}
