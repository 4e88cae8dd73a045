import type { EntityManager } from 'typeorm';
import { CommissionTermsError } from './commission-terms.errors';

/**
 * The act wants a commission's terms stated before the work is done, so hours are logged on an
 * assignment only once its worker has accepted its newest terms. The rule binds from the moment
 * the member sets its pay calendar: terms state a payment date, so none can be issued before it,
 * and a member that has not set one yet keeps logging as before (see the report on issue #18).
 */
export async function assertCommissionTermsAccepted(manager: EntityManager, orgId: string, assignmentId: string): Promise<void> {
  const [row]: { required: boolean; version: number | null; accepted: boolean | null }[] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM pay_settings WHERE org_id = $1) AS required, t.version, t.accepted_at IS NOT NULL AS accepted
     FROM (SELECT 1) one
     LEFT JOIN LATERAL (
       SELECT version, accepted_at FROM commission_terms WHERE org_id = $1 AND assignment_id = $2 ORDER BY version DESC LIMIT 1
     ) t ON true`,
    [orgId, assignmentId],
  );
  if (!row.required || row.accepted) return;
  throw new CommissionTermsError(
    'COMMISSION_TERMS_NOT_ACCEPTED',
    row.version === null
      ? 'No commission terms (作業委託契約) were issued for this assignment yet: hours are logged once its worker has accepted them.'
      : `The worker has not accepted version ${row.version} of this assignment’s commission terms yet: hours are logged once they have.`,
    { assignmentId, version: row.version },
  );
}
