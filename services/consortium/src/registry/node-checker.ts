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
  /** Members the node hosts besides its own org (hosted placement). */
  hostedOrgIds?: unknown;
  database?: string;
  schemaHash?: string;
}

/** Statuses a node that stops answering leaves for DOWN: one routing sends traffic to, or DOWN itself. */
const CAN_GO_DOWN: ReadonlySet<NodeStatus> = new Set([NodeStatus.ACTIVE, NodeStatus.DOWN]);

/**
 * Checks a node the way routing depends on it: does it answer `/health`, is it the node it
 * claims to be (service and org), and does its schema fit the supergraph. An ACTIVE node that
 * does not answer `downAfterFailures` checks in a row goes DOWN, so that routing answers
 * NODE_UNAVAILABLE at once instead of every call waiting out the node timeout; the first check
 * it passes lets it back in. A node that answers with the wrong identity or an unfitting schema
 * is kept out; a fitting one is let in.
 */
export class NodeChecker {
  /** Failed checks in a row, per node (org/subgraph). */
  private readonly failures = new Map<string, number>();

  constructor(
    private readonly manifest: SubgraphManifest,
    private readonly timeoutMs = 3_000,
    private readonly downAfterFailures = 2,
  ) {}

  /** `hostOrgId`: for a hosted member, the operator whose node this is (the node must say it hosts the member). */
  async check(
    node: Pick<MemberNodeEntity, 'orgId' | 'subgraph' | 'url' | 'status' | 'schemaHash' | 'schemaProblem'>,
    hostOrgId?: string | null,
  ): Promise<NodeCheckResult> {
    const checkedAt = new Date();
    const unchanged = { status: node.status, schemaHash: node.schemaHash, schemaProblem: node.schemaProblem };
    const key = `${node.orgId}/${node.subgraph}`;
    let health: HealthBody;
    let httpStatus: number;
    try {
      const response = await fetch(`${node.url}/health`, { signal: AbortSignal.timeout(this.timeoutMs) });
      httpStatus = response.status;
      health = (await response.json()) as HealthBody;
    } catch (error) {
      const failures = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, failures);
      const down = failures >= this.downAfterFailures && CAN_GO_DOWN.has(node.status);
      return {
        ...unchanged,
        ...(down ? { status: NodeStatus.DOWN } : {}),
        checkedAt,
        healthy: false,
        lastError: `unreachable (${failures} failed check${failures > 1 ? 's' : ''} in a row): ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    this.failures.delete(key);
    const lastError = httpStatus === 200 ? null : `health answered HTTP ${httpStatus} (database ${health.database ?? 'unknown'})`;
    const verdict = (fits: boolean, problem: string | null, hash: string | null): NodeCheckResult => ({
      status: node.status === NodeStatus.DISABLED ? NodeStatus.DISABLED : fits ? NodeStatus.ACTIVE : NodeStatus.INCOMPATIBLE,
      schemaHash: hash,
      schemaProblem: problem,
      lastError,
      checkedAt,
      healthy: httpStatus === 200,
    });

    // A hosted member's node is its host's, which says it hosts the member; a member's own node answers as its own.
    const hosts =
      !!hostOrgId && health.orgId === hostOrgId && Array.isArray(health.hostedOrgIds) && health.hostedOrgIds.includes(node.orgId);
    if (health.service !== node.subgraph || (health.orgId !== node.orgId && !hosts)) {
      return verdict(
        false,
        `the URL serves the ${health.service ?? 'unknown'} node of org "${health.orgId ?? 'none'}", not the ${node.subgraph} node of "${node.orgId}" nor one hosting it`,
        health.schemaHash ?? null,
      );
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
      return {
        ...unchanged,
        checkedAt,
        healthy: false,
        lastError: `schema unreadable: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
}
