import { DomainError, GatewayClient } from '@kyodo/subgraph';
import { ReportingError } from '../common/reporting.errors';
import { AggregatesSource, GatheredAggregates } from './aggregates-source';
import { MEMBERS_QUERY, ORDER_AGGREGATES_QUERY, OrgOrderAggregates, OrgWorkforceAggregates, WORKFORCE_AGGREGATES_QUERY } from './node-aggregates';

/**
 * Gathers through the gateway with the caller's own token, so every node applies its own rules
 * to the support body's request. A fan-out answer with NODE_UNAVAILABLE errors is kept
 * (GatewayClient.requestPartial): those members are named and left out, the others' shares stored.
 */
export class GatewayAggregatesSource implements AggregatesSource {
  private readonly gateway: GatewayClient;

  constructor(gatewayUrl: string | undefined, timeoutMs = 30_000) {
    this.gateway = new GatewayClient(gatewayUrl, timeoutMs);
  }

  async gather(fiscalYear: number, callerToken: string): Promise<GatheredAggregates> {
    const [orders, workforce, members] = await Promise.all([
      this.ask<{ consortiumOrderAggregates: OrgOrderAggregates[] }>(ORDER_AGGREGATES_QUERY, { fiscalYear }, callerToken),
      this.ask<{ consortiumWorkforceAggregates: OrgWorkforceAggregates[] }>(WORKFORCE_AGGREGATES_QUERY, { fiscalYear }, callerToken),
      this.ask<{ consortiumMembers: { id: string; kind: string; status: string }[] }>(MEMBERS_QUERY, {}, callerToken),
    ]);
    return {
      orders: orders.data.consortiumOrderAggregates,
      workforce: workforce.data.consortiumWorkforceAggregates,
      unavailableOrgIds: [...new Set([...orders.unavailableOrgIds, ...workforce.unavailableOrgIds])].sort(),
      municipalityIds: members.data.consortiumMembers.filter((m) => m.kind === 'MUNICIPALITY' && m.status === 'ACTIVE').map((m) => m.id).sort(),
    };
  }

  /** Reporting's own codes: UPSTREAM_NOT_CONFIGURED stays, any other failure to gather is GATHER_FAILED. */
  private async ask<T>(query: string, variables: Record<string, unknown>, token: string): Promise<{ data: T; unavailableOrgIds: string[] }> {
    try {
      return await this.gateway.requestPartial<T>({ token }, query, variables);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UPSTREAM_FAILED') throw new ReportingError('GATHER_FAILED', error.message, error.details);
      throw error;
    }
  }
}
