import { ReportingError } from '../common/reporting.errors';
import { AggregatesSource, GatheredAggregates } from './aggregates-source';
import { MEMBERS_QUERY, ORDER_AGGREGATES_QUERY, OrgOrderAggregates, OrgWorkforceAggregates, WORKFORCE_AGGREGATES_QUERY } from './node-aggregates';

interface FanOutResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; orgId?: string } }[];
}

/**
 * Gathers through the gateway with the caller's own token, so every node applies its own rules
 * to the support body's request. Unlike GatewayClient, a fan-out answer with NODE_UNAVAILABLE
 * errors is kept: those members are named and left out, the others' shares stored.
 */
export class GatewayAggregatesSource implements AggregatesSource {
  constructor(
    private readonly gatewayUrl: string | undefined,
    private readonly timeoutMs = 30_000,
  ) {}

  async gather(fiscalYear: number, callerToken: string): Promise<GatheredAggregates> {
    const [orders, workforce, members] = await Promise.all([
      this.ask<{ consortiumOrderAggregates: OrgOrderAggregates[] }>(ORDER_AGGREGATES_QUERY, { fiscalYear }, callerToken),
      this.ask<{ consortiumWorkforceAggregates: OrgWorkforceAggregates[] }>(WORKFORCE_AGGREGATES_QUERY, { fiscalYear }, callerToken),
      this.ask<{ consortiumMembers: { id: string; kind: string; status: string }[] }>(MEMBERS_QUERY, {}, callerToken),
    ]);
    return {
      orders: orders.data.consortiumOrderAggregates,
      workforce: workforce.data.consortiumWorkforceAggregates,
      unavailableOrgIds: [...new Set([...orders.unavailable, ...workforce.unavailable])].sort(),
      municipalityIds: members.data.consortiumMembers.filter((m) => m.kind === 'MUNICIPALITY' && m.status === 'ACTIVE').map((m) => m.id).sort(),
    };
  }

  private async ask<T>(query: string, variables: Record<string, unknown>, token: string): Promise<{ data: T; unavailable: string[] }> {
    if (!this.gatewayUrl) throw new ReportingError('UPSTREAM_NOT_CONFIGURED', 'Reporting has no GATEWAY_URL, so it cannot gather members\' aggregates.');
    let body: FanOutResponse<T>;
    try {
      const response = await fetch(this.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as FanOutResponse<T>;
    } catch (error) {
      throw new ReportingError('GATHER_FAILED', `The gateway did not answer: ${error instanceof Error ? error.message : String(error)}.`);
    }
    const unavailable: string[] = [];
    for (const error of body.errors ?? []) {
      const downOrg = error.extensions?.code === 'NODE_UNAVAILABLE' ? error.extensions.orgId : undefined;
      if (!downOrg) throw new ReportingError('GATHER_FAILED', `The gateway refused: ${error.message}.`, { upstreamCode: error.extensions?.code ?? null });
      unavailable.push(downOrg);
    }
    if (!body.data) throw new ReportingError('GATHER_FAILED', 'The gateway answered without data.');
    return { data: body.data, unavailable };
  }
}
