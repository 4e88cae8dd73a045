import { Inject, Injectable } from '@nestjs/common';
import type { AuthContext } from '@kyodo/auth';
import { CLAIM_PROGRESS_SOURCE, ClaimProgressSource } from './claim-progress-source';
import type { PoolClaimEntity } from './pool-claim.entity';
import { PoolClaimStatus } from './pool-claim-status.enum';

/**
 * 進捗 of claims as the owner reviews them: approved minutes per claim, asked from each
 * claimant's workers node through the gateway — one request per claimant org for a whole
 * GraphQL request, whatever the number of claims. A claimant whose node cannot answer fails
 * only its own claims' minutes.
 */
@Injectable()
export class PoolClaimProgressService {
  constructor(@Inject(CLAIM_PROGRESS_SOURCE) private readonly source: ClaimProgressSource) {}

  /** Minutes per claim, aligned with `claims`: null for a claim not approved, the error for a claimant that did not answer. */
  async approvedMinutes(auth: AuthContext, claims: readonly PoolClaimEntity[]): Promise<(number | null | Error)[]> {
    const byClaimant = new Map<string, string[]>();
    for (const claim of claims) {
      if (claim.status === PoolClaimStatus.APPROVED)
        byClaimant.set(claim.claimantOrgId, [...(byClaimant.get(claim.claimantOrgId) ?? []), claim.id]);
    }
    const answers = new Map<string, Map<string, number> | Error>();
    await Promise.all(
      [...byClaimant].map(async ([partner, ids]) => {
        try {
          answers.set(partner, await this.source.approvedMinutes({ token: auth.token }, partner, ids, null, null));
        } catch (error) {
          answers.set(partner, error instanceof Error ? error : new Error(String(error)));
        }
      }),
    );
    return claims.map((claim) => {
      if (claim.status !== PoolClaimStatus.APPROVED) return null;
      const answer = answers.get(claim.claimantOrgId);
      return answer instanceof Error ? answer : (answer?.get(claim.id) ?? 0);
    });
  }
}
