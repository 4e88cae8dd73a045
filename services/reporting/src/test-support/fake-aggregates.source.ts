import { AggregatesSource, GatheredAggregates } from '../snapshots/aggregates-source';
import { OrgYearSnapshot } from '../snapshots/node-aggregates';

/** Stands in for the gateway's fan-out: answers with the snapshots set for a year, minus the members marked down. */
export class FakeAggregatesSource implements AggregatesSource {
  readonly byYear = new Map<number, OrgYearSnapshot[]>();
  down = new Set<string>();
  municipalityIds = ['itoigawa', 'shiojiri', 'tateshina'];
  readonly tokens: string[] = [];

  async gather(fiscalYear: number, callerToken: string): Promise<GatheredAggregates> {
    this.tokens.push(callerToken);
    const up = (this.byYear.get(fiscalYear) ?? []).filter((s) => !this.down.has(s.orgId));
    const down = [...this.down].sort();
    return { orders: up.map((s) => s.orders), workforce: up.map((s) => s.workforce), unavailableOrgIds: down, failures: down.map((orgId) => ({ orgId, code: 'NODE_UNAVAILABLE' })), municipalityIds: this.municipalityIds };
  }
}
