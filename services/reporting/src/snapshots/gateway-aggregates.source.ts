import { DomainError, GatewayClient } from '@kyodo/subgraph';
import { ReportingError } from '../common/reporting.errors';
import { AggregatesSource, GatheredAggregates, MemberFailure } from './aggregates-source';
import { newMunicipalitiesOf, RegistryMember } from './new-municipalities';
import {
  MEMBERS_QUERY,
  ORDER_AGGREGATES_QUERY,
  orderAggregatesOf,
  OrgOrderAggregatesWire,
  OrgWorkforceAggregatesWire,
  WORKFORCE_AGGREGATES_QUERY,
  workforceAggregatesOf,
} from './node-aggregates';

/** Codes that mean the caller, not a member, is the problem: every member would refuse alike. */
const CALLER_REFUSED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/**
 * Gathers through the gateway with the caller's own token, so every node applies its own rules
 * to the support body's request. A member whose node is down or fails the field (the gateway
 * pins the error on its org) is named with the error's code and left out; the others' shares
 * are stored. A refusal of the caller fails the whole gathering.
 */
export class GatewayAggregatesSource implements AggregatesSource {
  private readonly gateway: GatewayClient;

  constructor(gatewayUrl: string | undefined, timeoutMs = 30_000) {
    this.gateway = new GatewayClient(gatewayUrl, timeoutMs);
  }

  async gather(fiscalYear: number, callerToken: string): Promise<GatheredAggregates> {
    const [orders, workforce, members] = await Promise.all([
      this.ask<{ consortiumOrderAggregates: OrgOrderAggregatesWire[] }>(ORDER_AGGREGATES_QUERY, { fiscalYear }, callerToken),
      this.ask<{ consortiumWorkforceAggregates: OrgWorkforceAggregatesWire[] }>(WORKFORCE_AGGREGATES_QUERY, { fiscalYear }, callerToken),
      this.ask<{ consortiumMembers: RegistryMember[] }>(MEMBERS_QUERY, {}, callerToken),
    ]);
    const failures = new Map<string, MemberFailure>();
    for (const failure of [...orders.failedMembers, ...workforce.failedMembers])
      if (!failures.has(failure.orgId)) failures.set(failure.orgId, failure);
    const failed = [...failures.values()].sort((a, b) => a.orgId.localeCompare(b.orgId));
    return {
      // A member with any failure is left out whole, so a share it did send is not kept either.
      orders: orders.data.consortiumOrderAggregates.filter((o) => !failures.has(o.orgId)).map(orderAggregatesOf),
      workforce: workforce.data.consortiumWorkforceAggregates.filter((w) => !failures.has(w.orgId)).map(workforceAggregatesOf),
      unavailableOrgIds: failed.map((f) => f.orgId),
      failures: failed,
      municipalityIds: members.data.consortiumMembers
        .filter((m) => m.kind === 'MUNICIPALITY' && m.status === 'ACTIVE')
        .map((m) => m.id)
        .sort(),
      newMunicipalityIds: newMunicipalitiesOf(members.data.consortiumMembers, fiscalYear),
    };
  }

  /** Reporting's own codes: UPSTREAM_NOT_CONFIGURED stays, any other failure to gather is GATHER_FAILED. */
  private async ask<T>(
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ): Promise<{ data: T; failedMembers: MemberFailure[] }> {
    let answer: { data: T; failedMembers: MemberFailure[] };
    try {
      answer = await this.gateway.requestPerMember<T>({ token }, query, variables);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UPSTREAM_FAILED')
        throw new ReportingError('GATHER_FAILED', error.message, error.details);
      throw error;
    }
    const refusal = answer.failedMembers.find((f) => CALLER_REFUSED.has(f.code));
    if (refusal)
      throw new ReportingError('GATHER_FAILED', `The node of ${refusal.orgId} refused the caller.`, { upstreamCode: refusal.code });
    return answer;
  }
}
