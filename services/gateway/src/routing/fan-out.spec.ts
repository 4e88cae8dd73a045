import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { buildSchema, graphql } from 'graphql';
import { decodeKeyCursor } from '@kyodo/subgraph';
import { StaticNodeDirectory } from './node-directory';
import type { NodeSender, NodeTarget } from './node-sender';
import { OrgRoutedDataSource, RoutingRules } from './org-routed.data-source';
import { NodeUnavailableError } from './routing.errors';

/**
 * Fan-out against fake nodes that really execute GraphQL: each org's node is a small schema
 * over its own rows, paging by the shared key cursor as a real node does.
 */
const SCHEMA = buildSchema(`
  type Course { orgId: String!, code: String!, title: String! }
  type PageInfo { endCursor: String, hasNextPage: Boolean! }
  type CoursePage { nodes: [Course!]!, pageInfo: PageInfo! }
  type StageFree { stage: String!, freeMinutes: Int!, workers: Int! }
  type Capacity { from: String!, totalFreeMinutes: Int!, byStage: [StageFree!]! }
  type Query {
    sharedCourses(first: Int = 20, after: String): CoursePage!
    courseList: [Course!]!
    consortiumCapacity(from: String!): Capacity!
    courses(orgId: String): [Course!]
  }
`);

type Course = { orgId: string; code: string; title: string };
const ROWS: Record<string, Course[]> = {
  a: ['B-2', 'A-1', 'D-9', 'C-3'].map((code) => ({ orgId: 'a', code, title: `a ${code}` })),
  b: ['A-1', 'C-1', 'E-5'].map((code) => ({ orgId: 'b', code, title: `b ${code}` })),
  c: ['B-1', 'B-2'].map((code) => ({ orgId: 'c', code, title: `c ${code}` })),
};
const FREE: Record<string, Record<string, number>> = { a: { A: 60, B: 0, C: 30 }, b: { A: 15, B: 45, C: 0 }, c: { A: 0, B: 10, C: 20 } };

const byKey = (x: Course, y: Course) => (x.code === y.code ? x.orgId.localeCompare(y.orgId) : x.code.localeCompare(y.code));

function nodeRoot(orgId: string) {
  const rows = [...ROWS[orgId]].sort(byKey);
  return {
    sharedCourses: ({ first, after }: { first: number; after?: string }) => {
      const [code, org] = after ? (decodeKeyCursor(after, 2) as string[]) : [];
      const rest = after ? rows.filter((r) => r.code > code || (r.code === code && r.orgId > org)) : rows;
      return { nodes: rest.slice(0, first), pageInfo: { endCursor: 'node-own-cursor', hasNextPage: rest.length > first } };
    },
    courseList: () => rows,
    consortiumCapacity: ({ from }: { from: string }) => ({
      from,
      totalFreeMinutes: Object.values(FREE[orgId]).reduce((s, m) => s + m, 0),
      byStage: Object.entries(FREE[orgId]).map(([stage, freeMinutes]) => ({ stage, freeMinutes, workers: 1 })),
    }),
    courses: () => rows,
  };
}

class GraphQLNodes implements NodeSender {
  readonly sent: NodeTarget[] = [];
  readonly down = new Set<string>();

  async send(target: NodeTarget, request: { query?: string; variables?: Record<string, unknown> }): Promise<GatewayGraphQLResponse> {
    this.sent.push(target);
    if (this.down.has(target.orgId)) throw new NodeUnavailableError(target.orgId, target.subgraph, 'connection refused');
    return (await graphql({
      schema: SCHEMA,
      source: request.query!,
      variableValues: request.variables,
      rootValue: nodeRoot(target.orgId),
    })) as GatewayGraphQLResponse;
  }
}

const RULES: RoutingRules = {
  crossOrgFields: new Set(),
  fanOutFields: {
    'Query.sharedCourses': { merge: 'page', orderBy: [{ field: 'code' }, { field: 'orgId' }], defaultFirst: 20 },
    'Query.courseList': { merge: 'list', orderBy: [{ field: 'title', descending: true }] },
    'Query.consortiumCapacity': { merge: 'sum', alignBy: { byStage: 'stage' } },
  },
};

const directory = new StaticNodeDirectory({ a: { training: 'http://a' }, b: { training: 'http://b' }, c: { training: 'http://c' } });

function run(nodes: GraphQLNodes, query: string, variables: Record<string, unknown> = {}) {
  const source = new OrgRoutedDataSource('training', directory, nodes, RULES);
  return source.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query, variables },
    context: { defaultOrgId: 'a' },
    incomingRequestContext: {} as never,
  });
}

const PAGE = 'query($first:Int,$after:String){sharedCourses(first:$first,after:$after){nodes{title} pageInfo{endCursor hasNextPage}}}';
type PageData = { sharedCourses: { nodes: { title: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };

describe('fan-out of consortium-wide fields', () => {
  const everyCourseInOrder = Object.values(ROWS)
    .flat()
    .sort(byKey)
    .map((c) => c.title);

  it('sends to every active node in parallel and merges a page in key order, although the client did not select the keys', async () => {
    const nodes = new GraphQLNodes();
    const response = await run(nodes, PAGE, { first: 4 });
    expect(response.errors).toBeUndefined();
    const page = (response.data as PageData).sharedCourses;
    expect(page.nodes.map((n) => n.title)).toEqual(everyCourseInOrder.slice(0, 4));
    expect(page.nodes[0]).toEqual({ title: 'a A-1' }); // the merge keys the gateway added are gone
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(nodes.sent.map((t) => t.orgId).sort()).toEqual(['a', 'b', 'c']);
  });

  it.each([1, 2, 3, 5, 20])('pages through every node with first=%i: each item once, in order, then hasNextPage false', async (first) => {
    const nodes = new GraphQLNodes();
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page: PageData['sharedCourses'] = ((await run(nodes, PAGE, { first, after })).data as PageData).sharedCourses;
      seen.push(...page.nodes.map((n) => n.title));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(everyCourseInOrder);
  });

  it('concatenates a plain list and orders it by the declared key, descending', async () => {
    const response = await run(new GraphQLNodes(), '{courseList{code}}');
    const titles = Object.values(ROWS)
      .flat()
      .map((c) => c.title)
      .sort()
      .reverse();
    expect((response.data as { courseList: { code: string }[] }).courseList.map((c) => c.code)).toEqual(titles.map((t) => t.split(' ')[1]));
  });

  it('sums an aggregate, aligning the per-stage rows by stage', async () => {
    const response = await run(
      new GraphQLNodes(),
      '{consortiumCapacity(from:"2026-04-01"){from totalFreeMinutes byStage{freeMinutes workers}}}',
    );
    expect(response.data).toEqual({
      consortiumCapacity: {
        from: '2026-04-01',
        totalFreeMinutes: 180,
        byStage: [
          { freeMinutes: 75, workers: 3 },
          { freeMinutes: 55, workers: 3 },
          { freeMinutes: 50, workers: 3 },
        ],
      },
    });
  });

  it("leaves a down node's share out, names it in NODE_UNAVAILABLE, and keeps the others' data", async () => {
    const nodes = new GraphQLNodes();
    nodes.down.add('b');
    const response = await run(nodes, PAGE, { first: 20 });
    const titles = (response.data as PageData).sharedCourses.nodes.map((n) => n.title);
    expect(titles).toEqual(everyCourseInOrder.filter((t) => !t.startsWith('b ')));
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ['sharedCourses'], extensions: { code: 'NODE_UNAVAILABLE', orgId: 'b' } });
  });

  it("routes the other root fields of the same operation as usual, to the caller's org only", async () => {
    const nodes = new GraphQLNodes();
    const response = await run(nodes, '{courses{code} consortiumCapacity(from:"2026-04-01"){totalFreeMinutes}}');
    expect(response.data).toEqual({
      courses: [...ROWS.a].sort(byKey).map((c) => ({ code: c.code })),
      consortiumCapacity: { totalFreeMinutes: 180 },
    });
    expect(nodes.sent.filter((t) => t.orgId === 'a')).toHaveLength(2);
    expect(nodes.sent).toHaveLength(4);
  });
});
