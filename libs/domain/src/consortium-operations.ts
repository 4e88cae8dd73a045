/**
 * The one registry of root fields that cross member boundaries, read by the gateway (routing)
 * and by each subgraph's tests (the resolver must be `@CrossOrg` and scope what it returns).
 * Fields are named by schema coordinate, e.g. `Query.consortiumCourses`.
 */

/** One sort key of a merged list; the last key of a list must be unique across the consortium. */
export interface MergeKey {
  /** A field of each list item (selected by the gateway even when the client did not ask for it). */
  field: string;
  descending?: boolean;
}

/**
 * How the gateway merges the answers of every member's node to a consortium-wide field:
 * - `page`: a `{ nodes, pageInfo }` page; items merged in `orderBy` order, cut to `first`, with
 *   a cursor over the keys (every node reads the same cursor: `encodeKeyCursor`).
 * - `list`: a plain list; items concatenated and sorted by `orderBy`.
 * - `sum`: an aggregate; numbers are added, lists of objects aligned by the field `alignBy`
 *   names for them (e.g. `byStage` by `stage`), anything else taken from the first answer.
 */
export type FanOutRule =
  | { merge: 'page'; orderBy: readonly MergeKey[]; defaultFirst: number }
  | { merge: 'list'; orderBy: readonly MergeKey[] }
  | { merge: 'sum'; alignBy?: Readonly<Record<string, string>> };

/** Consortium-wide root fields: sent to every active member's node, merged by the rule. */
export const FAN_OUT_FIELDS: Readonly<Record<string, FanOutRule>> = {
  /** 研修の共有化: every member's shared courses, one page. */
  'Query.consortiumCourses': { merge: 'page', orderBy: [{ field: 'code' }, { field: 'orgId' }], defaultFirst: 20 },
  /** Free hours by stage of every member, for planning shared work: one entry per member. */
  'Query.consortiumCapacity': { merge: 'list', orderBy: [{ field: 'orgId' }] },
  /** 共同受注: every member's pool offers with hours left, one page by deadline then id. */
  'Query.consortiumPool': { merge: 'page', orderBy: [{ field: 'deadline' }, { field: 'id' }], defaultFirst: 20 },
  /** Reporting: every member's order value of a fiscal year (sums only), one entry per member. */
  'Query.consortiumOrderAggregates': { merge: 'list', orderBy: [{ field: 'orgId' }] },
  /** Reporting: every member's workers and pay of a fiscal year (counts and sums), one entry per member. */
  'Query.consortiumWorkforceAggregates': { merge: 'list', orderBy: [{ field: 'orgId' }] },
};

/**
 * Root fields a member may point at another member's org with `orgId`. Any other field naming
 * an org other than the caller's is refused at the gateway (CROSS_ORG_REFUSED) and again at the
 * node. Each is `@CrossOrg` on its node and returns only what members share.
 */
export const CROSS_ORG_FIELDS: ReadonlySet<string> = new Set<string>([
  /** What one member shares of its catalogue, to enroll another member's workers. */
  'Query.sharedCourses',
  /** Hours by skill stage, no personal data (DESIGN.md §2): what partners plan shared work with. */
  'Query.capacity',
  /** 共同受注: a partner claims hours of an offer at the owner's node. */
  'Mutation.claimPoolOffer',
  /** A partner's own claims at an owner's node (its workers node checks a claim before booking). */
  'Query.poolClaims',
  /** Before a partner books its worker on a claimed task, its workers node reads the task's requirements at the owner's. */
  'Query.taskRequirements',
  /** The owner reads a partner's progress on its claims: pseudonyms, stages and minutes only. */
  'Query.claimProgress',
  /** Inter-member settlement statements, kept at the owner's node: the partner sees and confirms its own. */
  'Query.settlementStatements',
  'Mutation.confirmSettlement',
  /** Before an order names a partner's worker as its lead: the worker's node says whether it may (consent). */
  'Query.referableWorker',
]);
