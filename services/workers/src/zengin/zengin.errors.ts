import { DomainError } from '@kyodo/subgraph';

/** Every way making a month's transfer file is refused. */
export type ZenginErrorCode =
  /** The month's pay is not closed: there is nothing final to pay. */
  | 'PAY_MONTH_NOT_CLOSED'
  /** No pay settings: neither the payment date nor the account to pay from is known. */
  | 'PAY_SETTINGS_NOT_SET'
  /** Some paid workers have no bank account on record (details.workerIds). */
  | 'BANK_ACCOUNT_MISSING'
  /** A bank field cannot be written in the Zengin character set or width (details.field). */
  | 'BANK_DATA_UNWRITABLE';

export class ZenginError extends DomainError<ZenginErrorCode> {}
