import { registerEnumType } from '@nestjs/graphql';

export enum TimeEntryStatus {
  /** Logged, waiting for a director. */
  SUBMITTED = 'SUBMITTED',
  /** 承認: counts for pay; never changes again. */
  APPROVED = 'APPROVED',
  /** 差戻し: sent back; its minutes no longer count, the worker logs a corrected entry. */
  RETURNED = 'RETURNED',
}

registerEnumType(TimeEntryStatus, { name: 'TimeEntryStatus' });
