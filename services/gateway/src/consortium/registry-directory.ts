import type { NodeDirectory, NodeLookup, RoutableNode } from '../routing/node-directory';
import { MemberEntity } from './member.entity';
import { MemberNodeEntity } from './member-node.entity';
import type { MemberFeature } from './operating-form';
import { MemberStatus, NodeStatus } from './registry.enums';

/** What the gateway needs to know of a member to let its users and their calls in. */
export interface MemberAccess {
  status: MemberStatus;
  features: readonly MemberFeature[];
}

/** The gateway's view of members, next to where their nodes are (the same registry snapshot). */
export interface MemberDirectory {
  /** undefined for an org the registry does not know. */
  member(orgId: string): MemberAccess | undefined;
}

/**
 * The registry as routing reads it: an immutable snapshot, rebuilt whenever the registry
 * changes and swapped in whole, so a request never sees half an update and routing never
 * waits on the database.
 */
export class RoutingSnapshot implements NodeDirectory, MemberDirectory {
  private readonly byKey = new Map<string, NodeLookup>();
  private readonly active = new Map<string, RoutableNode[]>();
  private readonly down = new Map<string, { orgId: string; reason: string }[]>();
  private readonly members = new Map<string, MemberAccess>();

  constructor(members: readonly MemberEntity[], nodes: readonly MemberNodeEntity[]) {
    const memberById = new Map(members.map((m) => [m.id, m]));
    for (const m of members) this.members.set(m.id, { status: m.status, features: [...m.features] });
    for (const row of [...nodes].sort((a, b) => a.orgId.localeCompare(b.orgId))) {
      const member = memberById.get(row.orgId);
      const lookup = lookupOf(row, member);
      this.byKey.set(key(row.orgId, row.subgraph), lookup);
      if ('node' in lookup) this.active.set(row.subgraph, [...(this.active.get(row.subgraph) ?? []), lookup.node]);
      else if (row.status === NodeStatus.DOWN && member?.status !== MemberStatus.SUSPENDED) this.down.set(row.subgraph, [...(this.down.get(row.subgraph) ?? []), { orgId: row.orgId, reason: lookup.reason }]);
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
    case NodeStatus.DOWN:
      return { refusal: 'NODE_UNAVAILABLE', reason: `${name} is down: it stopped answering its health checks.` };
  }
}

/** The directory the gateway holds: it forwards to the current snapshot, which the registry replaces. */
export class RegistryNodeDirectory implements NodeDirectory, MemberDirectory {
  private snapshot: RoutingSnapshot = new RoutingSnapshot([], []);

  replace(snapshot: RoutingSnapshot): void {
    this.snapshot = snapshot;
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
