import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';

/**
 * Where the owner learns how many minutes a partner's director approved on each claim: the
 * partner's workers node (its `claimProgress`), asked through the gateway with the caller's
 * token. Only minutes per claim come back, no worker.
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface ClaimProgressSource {
  /** Approved minutes per claim id of `partnerOrgId`'s workers from `from` to `to` (inclusive; all days when null); claims without any are left out. */
  approvedMinutes(
    caller: OnBehalfOf,
    partnerOrgId: string,
    claimIds: readonly string[],
    from: string | null,
    to: string | null,
  ): Promise<Map<string, number>>;
}

export const CLAIM_PROGRESS_SOURCE = Symbol('CLAIM_PROGRESS_SOURCE');

const CLAIM_PROGRESS = `
  query ($orgId: String, $claimIds: [ID!]!, $from: String, $to: String) {
    claimProgress(orgId: $orgId, claimIds: $claimIds, from: $from, to: $to) { claimId approvedMinutes }
  }
`;

export class GatewayClaimProgressSource implements ClaimProgressSource {
  constructor(private readonly gateway: GatewayClient) {}

  async approvedMinutes(
    caller: OnBehalfOf,
    partnerOrgId: string,
    claimIds: readonly string[],
    from: string | null,
    to: string | null,
  ): Promise<Map<string, number>> {
    if (claimIds.length === 0) return new Map();
    const { claimProgress } = await this.gateway.request<{ claimProgress: { claimId: string; approvedMinutes: number }[] }>(
      caller,
      CLAIM_PROGRESS,
      {
        orgId: partnerOrgId,
        claimIds,
        from,
        to,
      },
    );
    return new Map(claimProgress.map((p) => [p.claimId, p.approvedMinutes]));
  }
}
