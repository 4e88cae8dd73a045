import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import { PartnerClaimProgressDocument, RecordSettlementDocument, SettlementBasisDocument } from '../upstream/gql/graphql';

/** What a month's statement is drawn up from (the orders node's `settlementBasis`). */
export interface SettlementBasis {
  claimIds: string[];
  /** The month first, then earlier months the pair settled. */
  months: string[];
}

export interface ClaimMinutes {
  month: string;
  claimId: string;
  approvedMinutes: number;
}

/** The partner's minutes, with who asked for the statement. */
export interface CountedSettlement extends SettlementBasis {
  orgId: string;
  partnerOrgId: string;
  month: string;
  actorId: string;
  actorOrgId: string | null;
  progress: ClaimMinutes[];
}

/**
 * The other nodes a settlement (精算) involves: the org's orders node, which keeps the claims and
 * the statements, and the partner's workers node, which knows the approved minutes. This node
 * asks both; the orders node asks no one (README, "Calls between nodes").
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface SettlementUpstream {
  basis(caller: OnBehalfOf, orgId: string, partnerOrgId: string, month: string): Promise<SettlementBasis>;
  /** Approved minutes per claim id of the partner's workers from `from` to `to` (inclusive); claims without any are left out. */
  approvedMinutes(
    caller: OnBehalfOf,
    partnerOrgId: string,
    claimIds: readonly string[],
    from: string,
    to: string,
  ): Promise<Map<string, number>>;
  /** Pushes the minutes to the orders node as this node's service account; the statement's key. */
  record(service: OnBehalfOf, counted: CountedSettlement): Promise<{ orgId: string; id: string }>;
}

export const SETTLEMENT_UPSTREAM = Symbol('SETTLEMENT_UPSTREAM');

/** Through the consortium gateway; fails closed (nothing is recorded) when a node cannot answer. */
export class GatewaySettlementUpstream implements SettlementUpstream {
  constructor(private readonly gateway: GatewayClient) {}

  async basis(caller: OnBehalfOf, orgId: string, partnerOrgId: string, month: string): Promise<SettlementBasis> {
    const { settlementBasis } = await this.gateway.execute(caller, SettlementBasisDocument, { orgId, partnerOrgId, month });
    return { claimIds: settlementBasis.claimIds, months: settlementBasis.months };
  }

  async approvedMinutes(
    caller: OnBehalfOf,
    partnerOrgId: string,
    claimIds: readonly string[],
    from: string,
    to: string,
  ): Promise<Map<string, number>> {
    const { claimProgress } = await this.gateway.execute(caller, PartnerClaimProgressDocument, {
      orgId: partnerOrgId,
      claimIds: [...claimIds],
      from,
      to,
    });
    return new Map(claimProgress.map((p) => [p.claimId, p.approvedMinutes]));
  }

  async record(service: OnBehalfOf, counted: CountedSettlement): Promise<{ orgId: string; id: string }> {
    const { recordSettlement } = await this.gateway.execute(service, RecordSettlementDocument, { ...counted });
    return recordSettlement;
  }
}
