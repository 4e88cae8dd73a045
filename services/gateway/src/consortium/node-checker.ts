import type { SubgraphManifest } from '../supergraph/subgraph-manifest';
import { schemaFit } from '../supergraph/schema-fit';
import { MemberNodeEntity } from './member-node.entity';
import { NodeStatus } from './registry.enums';

/** What one check found; the registry writes it onto the node's row. */
export type NodeCheckResult = Pick<MemberNodeEntity, 'status' | 'schemaHash' | 'schemaProblem' | 'lastError'> & {
  checkedAt: Date;
  healthy: boolean;
};

interface HealthBody {
  status?: string;
  service?: string;
  orgId?: string;
  database?: string;
  schemaHash?: string;
}

/**
 * Checks a node the way routing depends on it: does it answer `/health`, is it the node it
 * claims to be (service and org), and does its schema fit the supergraph. A node that does not
 * answer keeps its status (the circuit breaker deals with outages); a node that answers with
 * the wrong identity or an unfitting schema is kept out; a fitting one is let in.
 */
export class NodeChecker {
  constructor(
    private readonly manifest: SubgraphManifest,
    private readonly timeoutMs = 3_000,
  ) {}

  async check(node: Pick<MemberNodeEntity, 'orgId' | 'subgraph' | 'url' | 'status' | 'schemaHash' | 'schemaProblem'>): Promise<NodeCheckResult> {
    const checkedAt = new Date();
    const unchanged = { status: node.status, schemaHash: node.schemaHash, schemaProblem: node.schemaProblem };
    let health: HealthBody;
    let httpStatus: number;
    try {
      const response = await fetch(`${node.url}/health`, { signal: AbortSignal.timeout(this.timeoutMs) });
      httpStatus = response.status;
      health = (await response.json()) as HealthBody;
    } catch (error) {
      return { ...unchanged, checkedAt, healthy: false, lastError: `unreachable: ${error instanceof Error ? error.message : String(error)}` };
    }
    const lastError = httpStatus === 200 ? null : `health answered HTTP ${httpStatus} (database ${health.database ?? 'unknown'})`;
    const verdict = (fits: boolean, problem: string | null, hash: string | null): NodeCheckResult => ({
      status: node.status === NodeStatus.DISABLED ? NodeStatus.DISABLED : fits ? NodeStatus.ACTIVE : NodeStatus.INCOMPATIBLE,
      schemaHash: hash,
      schemaProblem: problem,
      lastError,
      checkedAt,
      healthy: httpStatus === 200,
    });

    if (health.service !== node.subgraph || health.orgId !== node.orgId) {
      return verdict(false, `the URL serves the ${health.service ?? 'unknown'} node of org "${health.orgId ?? 'none'}", not the ${node.subgraph} node of "${node.orgId}"`, health.schemaHash ?? null);
    }
    const composed = this.manifest[node.subgraph];
    if (!composed) return verdict(false, `the supergraph has no ${node.subgraph} subgraph`, health.schemaHash ?? null);
    if (health.schemaHash === composed.sha256) return verdict(true, null, health.schemaHash);
    // Another version: fetch the SDL once and compare it with what the supergraph was composed from.
    try {
      const response = await fetch(`${node.url}/schema`, { signal: AbortSignal.timeout(this.timeoutMs) });
      const reported = (await response.json()) as { sdl?: string; sha256?: string };
      if (typeof reported.sdl !== 'string') return verdict(false, 'the node does not serve its SDL at /schema', health.schemaHash ?? null);
      const fit = schemaFit(composed.sdl, reported.sdl);
      return verdict(fit.fits, fit.fits ? null : fit.problem, reported.sha256 ?? health.schemaHash ?? null);
    } catch (error) {
      return { ...unchanged, checkedAt, healthy: false, lastError: `schema unreadable: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}
