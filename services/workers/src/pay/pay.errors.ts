import { DomainError } from '@kyodo/subgraph';

/** Every way a pay close (支払締め) is refused. */
export type PayErrorCode =
  /** The month has not ended yet (Asia/Tokyo): closing it would lock out the rest of its work. */
  'MONTH_NOT_ENDED';

export class PayError extends DomainError<PayErrorCode> {}
