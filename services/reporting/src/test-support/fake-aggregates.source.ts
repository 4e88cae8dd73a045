import { AggregatesSource, GatheredAggregates } from '../snapshots/aggregates-source';
import { OrgYearSnapshot } from '../snapshots/node-aggregates';

/**
 * Stands in for the gateway's fan-out: answers with the snapshots set for a year, minus the
 * members marked down (NODE_UNAVAILABLE) or failing (their node failed the field with a code).
 */
export class FakeAggregatesSource implements AggregatesSource {
  readonly byYear = new Map<number, OrgYearSnapshot[]>();
  down = new Set<string>();
  readonly failing = new Map<string, string>();
  municipalityIds = ['itoigawa', 'shiojiri', 'tateshina'];
  /** Newly adopting municipalities by fiscal year (none unless a spec sets them). */
  readonly newMunicipalityIds = new Map<number, string[]>();
  readonly tokens: string[] = [];

  async gather(fiscalYear: number, callerToken: string): Promise<GatheredAggregates> {
    this.tokens.push(callerToken);
    const failures = [
      ...[...this.down].map((orgId) => ({ orgId, code: 'NODE_UNAVAILABLE' })),
      ...[...this.failing].map(([orgId, code]) => ({ orgId, code })),
    ].sort((a, b) => a.orgId.localeCompare(b.orgId));
    const failed = new Set(failures.map((f) => f.orgId));
    const up = (this.byYear.get(fiscalYear) ?? []).filter((s) => !failed.has(s.orgId));
    return {
      orders: up.map((s) => s.orders),
      workforce: up.map((s) => s.workforce),
      unavailableOrgIds: failures.map((f) => f.orgId),
      failures,
      municipalityIds: this.municipalityIds,
      newMunicipalityIds: this.newMunicipalityIds.get(fiscalYear) ?? [],
    };
  }
}
