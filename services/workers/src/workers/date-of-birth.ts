import { tokyoToday } from '@kyodo/domain';
import { WorkersError } from './workers.errors';

/** A recorded date of birth (生年月日) lies between 1900 and today (Asia/Tokyo); a calendar date already by the input's validator. */
export function checkDateOfBirth(dateOfBirth: string | undefined | null): void {
  if (dateOfBirth && (dateOfBirth < '1900-01-01' || dateOfBirth > tokyoToday())) {
    throw new WorkersError('INVALID_DATE_OF_BIRTH', 'A date of birth lies between 1900-01-01 and today.', { dateOfBirth });
  }
}
