import type { Delegation } from './delegation';

/**
 * The routing table: what the consortium service (registry) publishes and the gateway routes
 * with. The registry decides; the gateway only reads. It lives here because it is the contract
 * between two services that must not import each other.
 */

/** A node the gateway may send to, as routing needs it. */
export interface RoutableNode {
  orgId: string;
  subgraph: string;
  /** Base URL; operations go to `<url>/graphql`. */
  url: string;
  /** This node's own timeout, when the registry sets one; else the gateway default. */
  timeoutMs?: number;
}

/** Where a fetch for an org goes, or why it goes nowhere. */
export type NodeLookup =
  | { node: RoutableNode }
  | {
      /** UNKNOWN_ORG: no such member or no such node; NODE_UNAVAILABLE: known but kept out of routing. */
      refusal: 'UNKNOWN_ORG' | 'NODE_UNAVAILABLE';
      reason: string;
    };

/** Whether the gateway routes to a member's nodes at all. */
export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  /** Routing stops; the member's data stays on its nodes. */
  SUSPENDED = 'SUSPENDED',
}

/** A function of the platform a member may or may not use (decided by its operating form). */
export enum MemberFeature {
  /** Orders (案件) and their tasks. */
  ORDER_INTAKE = 'ORDER_INTAKE',
  /** Contracts (請負 / 準委任) with clients. */
  CLIENT_CONTRACTS = 'CLIENT_CONTRACTS',
  /** Invoices (請求) and credit notes to clients. */
  INVOICING = 'INVOICING',
  /** Closing monthly pay (支払) of its workers. */
  PAY_CLOSING = 'PAY_CLOSING',
  /** Its own register of resident teleworkers. */
  WORKER_REGISTRY = 'WORKER_REGISTRY',
  TRAINING = 'TRAINING',
  /** Offers its workers' free hours to the consortium (capacity aggregates). */
  CAPACITY_SHARING = 'CAPACITY_SHARING',
  /** Leads a large job shared across members. */
  SHARED_JOB_LEADING = 'SHARED_JOB_LEADING',
}

/** What the gateway needs to know of a member to let its users and their calls in. */
export interface MemberAccess {
  status: MemberStatus;
  features: readonly MemberFeature[];
  /** A municipality-run member's delegation to its partner operator (who may act for it on what); absent otherwise. */
  delegation?: Delegation | null;
}

/** One node's entry: where a fetch for (orgId, subgraph) goes, and whether a fan-out must name it as down. */
export interface RoutingEntry {
  orgId: string;
  subgraph: string;
  lookup: NodeLookup;
  /** A node of an active member that stopped answering: a fan-out names it instead of leaving its share out. */
  down: boolean;
}

/** The whole table, swapped in at once by the gateway (`GET /routing-table` of the consortium service). */
export interface RoutingTable {
  /** Which start of the consortium service published it (its versions count from there). */
  instance: string;
  /** Counts the registry's changes since that start; a watcher asks for a version after the one it has. */
  version: number;
  members: ({ id: string } & MemberAccess)[];
  entries: RoutingEntry[];
}

/**
 * The consortium service's route the gateway reads the table from. With `?instance=…&after=N` it
 * answers once the table is newer than version N of that instance (a long poll: at most
 * `ROUTING_TABLE_MAX_WAIT_MS`, then with the same table), so a change reaches the gateway at once.
 */
export const ROUTING_TABLE_PATH = '/routing-table';
export const ROUTING_TABLE_MAX_WAIT_MS = 20_000;

/** `{ orgId: { subgraph: url } }`: nodes from configuration (KYODO_NODES). */
export type NodeUrlMap = Record<string, Record<string, string>>;
