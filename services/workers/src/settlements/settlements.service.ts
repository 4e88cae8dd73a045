import { Inject, Injectable } from '@nestjs/common';
import type { AuthContext } from '@kyodo/auth';
import { passRefusal } from '../common/upstream-refusal';
import { asServiceAccount, requireServiceAccount, ServiceToken, WORKERS_SERVICE_ACCOUNT } from '../feasibility/service-account';
import type { SettlementStatementReference } from './settlement-statement.reference';
import { ClaimMinutes, SETTLEMENT_UPSTREAM, SettlementUpstream } from './settlement-upstream';

/** The orders node's refusals of a statement, passed on with their own code. */
const STATEMENT_REFUSALS = new Set(['SETTLEMENT_WITH_ITSELF', 'MONTH_NOT_ENDED', 'STATEMENT_CONFIRMED', 'SETTLEMENT_BASIS_CHANGED']);

/** First and last day of a YYYY-MM month. */
function monthRange(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/**
 * 精算 at the owner's workers node: it asks the org's orders node what the month's statement with
 * a partner owes minutes for (as the caller), asks the partner's workers node those minutes (as
 * the caller, one question per month, in parallel), and pushes them to the orders node as its
 * service account, which draws up and records the statement. No transaction is open here.
 */
@Injectable()
export class SettlementsService {
  constructor(
    @Inject(SETTLEMENT_UPSTREAM) private readonly upstream: SettlementUpstream,
    @Inject(WORKERS_SERVICE_ACCOUNT) private readonly serviceAccount: ServiceToken | null,
  ) {}

  async prepare(auth: AuthContext, orgId: string, partnerOrgId: string, month: string): Promise<SettlementStatementReference> {
    const account = requireServiceAccount(this.serviceAccount, 'record a settlement statement');
    const caller = { token: auth.token };
    const basis = await this.upstream.basis(caller, orgId, partnerOrgId, month).catch((error: unknown) => {
      throw passRefusal(error, STATEMENT_REFUSALS);
    });
    const progress: ClaimMinutes[] =
      basis.claimIds.length === 0
        ? []
        : (
            await Promise.all(
              basis.months.map(async (worked) => {
                const { from, to } = monthRange(worked);
                const minutes = await this.upstream.approvedMinutes(caller, partnerOrgId, basis.claimIds, from, to);
                return [...minutes].map(([claimId, approvedMinutes]) => ({ month: worked, claimId, approvedMinutes }));
              }),
            )
          ).flat();
    const service = await asServiceAccount(account);
    return this.upstream
      .record(service, {
        orgId,
        partnerOrgId,
        month,
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        claimIds: basis.claimIds,
        months: basis.months,
        progress,
      })
      .catch((error: unknown) => {
        throw passRefusal(error, STATEMENT_REFUSALS);
      });
  }
}
