import { randomUUID } from 'node:crypto';
import type { OnModuleDestroy } from '@nestjs/common';
import type { MemberAccess, NodeLookup, RoutableNode, RoutingTable } from '@kyodo/domain';
import { MemberEntity } from './member.entity';
import { MemberNodeEntity } from './member-node.entity';
import { MemberStatus, NodeStatus } from './registry.enums';

/**
 * The registry as routing reads it: an immutable snapshot, rebuilt whenever the registry
 * changes and published whole (`GET /routing-table`), so the gateway never sees half an update
 * and routing never waits on the database.
 */
export class RoutingSnapshot {
  private readonly byKey = new Map<string, NodeLookup>();
  private readonly active = new Map<string, RoutableNode[]>();
  private readonly down = new Map<string, { orgId: string; reason: string }[]>();
  private readonly members = new Map<string, MemberAccess>();

  private readonly entries: RoutingTable['entries'] = [];

  constructor(members: readonly MemberEntity[], nodes: readonly MemberNodeEntity[]) {
    const memberById = new Map(members.map((m) => [m.id, m]));
    for (const m of members)
      this.members.set(m.id, {
        status: m.status,
        features: [...m.features],
        delegation: m.partnerOperatorId
          ? {
              operatorId: m.partnerOperatorId,
              functions: [...(m.delegatedFunctions ?? [])],
              confirmations: [...(m.operatorConfirmations ?? [])],
            }
          : null,
      });
    for (const row of [...nodes].sort((a, b) => a.orgId.localeCompare(b.orgId))) {
      const member = memberById.get(row.orgId);
      const lookup = lookupOf(row, member);
      this.byKey.set(key(row.orgId, row.subgraph), lookup);
      const down = !('node' in lookup) && row.status === NodeStatus.DOWN && member?.status !== MemberStatus.SUSPENDED;
      this.entries.push({ orgId: row.orgId, subgraph: row.subgraph, lookup, down });
      if ('node' in lookup) this.active.set(row.subgraph, [...(this.active.get(row.subgraph) ?? []), lookup.node]);
      else if (down) this.down.set(row.subgraph, [...(this.down.get(row.subgraph) ?? []), { orgId: row.orgId, reason: lookup.reason }]);
    }
  }

  lookup(orgId: string, subgraph: string): NodeLookup {
    return this.byKey.get(key(orgId, subgraph)) ?? { refusal: 'UNKNOWN_ORG', reason: `No ${subgraph} node for org "${orgId}".` };
  }

  activeNodes(subgraph: string): readonly RoutableNode[] {
    return this.active.get(subgraph) ?? [];
  }

  downNodes(subgraph: string): readonly { orgId: string; reason: string }[] {
    return this.down.get(subgraph) ?? [];
  }

  member(orgId: string): MemberAccess | undefined {
    return this.members.get(orgId);
  }

  /** The snapshot as the gateway reads it. */
  table(instance: string, version: number): RoutingTable {
    return { instance, version, members: [...this.members].map(([id, access]) => ({ id, ...access })), entries: this.entries };
  }
}

function key(orgId: string, subgraph: string): string {
  return `${orgId}/${subgraph}`;
}

function lookupOf(row: MemberNodeEntity, member: MemberEntity | undefined): NodeLookup {
  const name = `The ${row.subgraph} node of org "${row.orgId}"`;
  if (member?.status === MemberStatus.SUSPENDED)
    return { refusal: 'NODE_UNAVAILABLE', reason: `Org "${row.orgId}" is suspended from the consortium.` };
  switch (row.status) {
    case NodeStatus.ACTIVE:
      return { node: { orgId: row.orgId, subgraph: row.subgraph, url: row.url, ...(row.timeoutMs ? { timeoutMs: row.timeoutMs } : {}) } };
    case NodeStatus.PENDING:
      return { refusal: 'NODE_UNAVAILABLE', reason: `${name} is registered but has not passed its health and schema check yet.` };
    case NodeStatus.INCOMPATIBLE:
      return {
        refusal: 'NODE_UNAVAILABLE',
        reason: `${name} is kept out of routing: its schema does not fit the supergraph (${row.schemaProblem ?? 'unknown'}).`,
      };
    case NodeStatus.DISABLED:
      return { refusal: 'NODE_UNAVAILABLE', reason: `${name} is disabled by the consortium admin.` };
    case NodeStatus.DOWN:
      return { refusal: 'NODE_UNAVAILABLE', reason: `${name} is down: it stopped answering its health checks.` };
  }
}

/**
 * The registry's current snapshot: what `GET /routing-table` publishes (with a version that
 * grows with every replacement) and what the registry's own down-node checks read.
 */
export class RegistryNodeDirectory implements OnModuleDestroy {
  private snapshot: RoutingSnapshot = new RoutingSnapshot([], []);
  private version = 0;
  private readonly instance = randomUUID();
  private readonly watchers = new Set<() => void>();

  replace(snapshot: RoutingSnapshot): void {
    this.snapshot = snapshot;
    this.version++;
    for (const wake of this.watchers) wake();
    this.watchers.clear();
  }

  table(): RoutingTable {
    return this.snapshot.table(this.instance, this.version);
  }

  /** Answers every waiting watcher now, so shutting down does not wait out their long polls. */
  onModuleDestroy(): void {
    for (const wake of this.watchers) wake();
    this.watchers.clear();
  }

  /**
   * The table once it is newer than `after` of `instance` (at once if it already is, or if it
   * comes from another start of this service), else the current one after `waitMs`.
   */
  async tableAfter(instance: string, after: number, waitMs: number): Promise<RoutingTable> {
    if (instance === this.instance && after >= this.version) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          this.watchers.delete(wake);
          resolve();
        }, waitMs);
        this.watchers.add(wake);
      });
    }
    return this.table();
  }

  lookup(orgId: string, subgraph: string): NodeLookup {
    return this.snapshot.lookup(orgId, subgraph);
  }

  activeNodes(subgraph: string): readonly RoutableNode[] {
    return this.snapshot.activeNodes(subgraph);
  }

  downNodes(subgraph: string): readonly { orgId: string; reason: string }[] {
    return this.snapshot.downNodes(subgraph);
  }

  member(orgId: string): MemberAccess | undefined {
    return this.snapshot.member(orgId);
  }
}
