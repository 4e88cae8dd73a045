import type { NodeDirectory, NodeLookup, RoutableNode } from '../routing/node-directory';
import { MemberEntity } from './member.entity';
import { MemberNodeEntity } from './member-node.entity';
import { MemberStatus, NodeStatus } from './registry.enums';

/**
 * The registry as routing reads it: an immutable snapshot, rebuilt whenever the registry
 * changes and swapped in whole, so a request never sees half an update and routing never
 * waits on the database.
 */
export class RoutingSnapshot implements NodeDirectory {
  private readonly byKey = new Map<string, NodeLookup>();
  private readonly active = new Map<string, RoutableNode[]>();

  constructor(members: readonly MemberEntity[], nodes: readonly MemberNodeEntity[]) {
    const memberById = new Map(members.map((m) => [m.id, m]));
    for (const row of [...nodes].sort((a, b) => a.orgId.localeCompare(b.orgId))) {
      const member = memberById.get(row.orgId);
      const lookup = lookupOf(row, member);
      this.byKey.set(key(row.orgId, row.subgraph), lookup);
      if ('node' in lookup) this.active.set(row.subgraph, [...(this.active.get(row.subgraph) ?? []), lookup.node]);
    }
  }

  lookup(orgId: string, subgraph: string): NodeLookup {
    return this.byKey.get(key(orgId, subgraph)) ?? { refusal: 'UNKNOWN_ORG', reason: `No ${subgraph} node for org "${orgId}".` };
  }

  activeNodes(subgraph: string): readonly RoutableNode[] {
    return this.active.get(subgraph) ?? [];
  }
}

function key(orgId: string, subgraph: string): string {
  return `${orgId}/${subgraph}`;
}

function lookupOf(row: MemberNodeEntity, member: MemberEntity | undefined): NodeLookup {
  const name = `The ${row.subgraph} node of org "${row.orgId}"`;
  if (member?.status === MemberStatus.SUSPENDED) return { refusal: 'NODE_UNAVAILABLE', reason: `Org "${row.orgId}" is suspended from the consortium.` };
  switch (row.status) {
    case NodeStatus.ACTIVE:
      return { node: { orgId: row.orgId, subgraph: row.subgraph, url: row.url, ...(row.timeoutMs ? { timeoutMs: row.timeoutMs } : {}) } };
    case NodeStatus.PENDING:
      return { refusal: 'NODE_UNAVAILABLE', reason: `${name} is registered but has not passed its health and schema check yet.` };
    case NodeStatus.INCOMPATIBLE:
      return { refusal: 'NODE_UNAVAILABLE', reason: `${name} is kept out of routing: its schema does not fit the supergraph (${row.schemaProblem ?? 'unknown'}).` };
    case NodeStatus.DISABLED:
      return { refusal: 'NODE_UNAVAILABLE', reason: `${name} is disabled by the consortium admin.` };
  }
}

/** The directory the gateway holds: it forwards to the current snapshot, which the registry replaces. */
export class RegistryNodeDirectory implements NodeDirectory {
  private snapshot: NodeDirectory = new RoutingSnapshot([], []);

  replace(snapshot: NodeDirectory): void {
    this.snapshot = snapshot;
  }

  lookup(orgId: string, subgraph: string): NodeLookup {
    return this.snapshot.lookup(orgId, subgraph);
  }

  activeNodes(subgraph: string): readonly RoutableNode[] {
    return this.snapshot.activeNodes(subgraph);
  }
}
