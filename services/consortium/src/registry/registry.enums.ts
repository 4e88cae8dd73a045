import { registerEnumType } from '@nestjs/graphql';
import { MemberStatus } from '@kyodo/domain';

/** What kind of body a consortium member is (DESIGN.md: consortium). */
export enum MemberKind {
  MUNICIPALITY = 'MUNICIPALITY',
  OPERATOR = 'OPERATOR',
  SUPPORT_BODY = 'SUPPORT_BODY',
}

// MemberStatus is part of the routing table the gateway reads (libs/domain).
export { MemberStatus };

/**
 * A node's place in routing. Only ACTIVE nodes get traffic. A node that stops answering its
 * health checks goes DOWN (calls to it are answered NODE_UNAVAILABLE at once instead of waiting
 * out the node timeout) and ACTIVE again with the first check it passes.
 */
export enum NodeStatus {
  /** Registered, not yet checked: no traffic until its health and schema pass. */
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  /** Its schema does not fit the composed supergraph (see schemaProblem): kept out of routing. */
  INCOMPATIBLE = 'INCOMPATIBLE',
  /** Taken out of routing by the consortium admin. */
  DISABLED = 'DISABLED',
  /** Its last health checks failed (unreachable): kept out of routing until one passes. */
  DOWN = 'DOWN',
}

/** Where a member's data lives: on its own nodes, or on its partner operator's (a town that runs no servers). */
export enum MemberPlacement {
  /** It runs its own orders, workers and training nodes. */
  OWN_NODES = 'OWN_NODES',
  /** Its rows live in its host's databases under its own orgId; routing sends its calls to the host's nodes. */
  HOSTED = 'HOSTED',
}

registerEnumType(MemberKind, { name: 'MemberKind' });
registerEnumType(MemberPlacement, {
  name: 'MemberPlacement',
  description: "Where a member's data lives: OWN_NODES, or HOSTED on its partner operator's nodes (no servers of its own).",
});
registerEnumType(MemberStatus, { name: 'MemberStatus' });
registerEnumType(NodeStatus, { name: 'NodeStatus', description: "A member node's place in routing: only ACTIVE nodes get traffic." });
