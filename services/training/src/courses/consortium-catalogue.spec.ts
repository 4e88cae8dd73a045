import { bearer, gql, postGraphQL, startTestNode, TestNode } from '@kyodo/testing';
import { createTrainingApp, migrateTraining } from '../training-node';
import { gatewayUpstream } from '../upstream/training-upstream';

const PAGE = gql`
  query ($first: Int, $after: String, $category: CourseCategory) {
    consortiumCourses(first: $first, after: $after, category: $category) {
      nodes {
        orgId
        code
        visibility
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
type Page = {
  consortiumCourses: {
    nodes: { orgId: string; code: string; visibility: string }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
};

/** One node's share of the consortium-wide catalogue: what the gateway merges across members. */
describe('consortiumCourses at one member node', () => {
  let node: TestNode;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'consortium_catalogue',
      migrate: migrateTraining,
      create: (databaseUrl, auth) => createTrainingApp({ orgId: 'tateshina', databaseUrl, auth, upstream: gatewayUpstream(undefined) }),
    });
    const rows: [string, string, string][] = [
      ['SEC-BASIC', 'BASIC', 'CONSORTIUM'],
      ['A1', 'IT_SKILL', 'CONSORTIUM'],
      ['A-2', 'IT_SKILL', 'CONSORTIUM'],
      ['B-1', 'BUSINESS_SKILL', 'CONSORTIUM'],
      ['LOCAL-1', 'BASIC', 'LOCAL'],
    ];
    for (const [code, category, visibility] of rows) {
      await node.dataSource.query(
        `INSERT INTO courses (org_id, code, title, category, format, duration_minutes, description, visibility) VALUES ('tateshina', $1, $1, $2, 'E_LEARNING', 60, '', $3)`,
        [code, category, visibility],
      );
    }
  });

  afterAll(async () => {
    await node?.close();
  });

  it('lists only shared courses, byte-wise by code, paged by the key cursor the gateway also writes', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: Awaited<ReturnType<typeof postGraphQL<Page>>> = await postGraphQL<Page>(node.url, PAGE, { first: 2, after }, node.caller);
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.consortiumCourses.nodes.map((n) => n.code));
      expect(res.data!.consortiumCourses.nodes.every((n) => n.visibility === 'CONSORTIUM' && n.orgId === 'tateshina')).toBe(true);
      if (!res.data!.consortiumCourses.pageInfo.hasNextPage) break;
      after = res.data!.consortiumCourses.pageInfo.endCursor;
    }
    // Byte order, as the gateway's merge has it: '-' sorts before digits (a language collation
    // would ignore the hyphen and put A1 first).
    expect(seen).toEqual(['A-2', 'A1', 'B-1', 'SEC-BASIC']);
  });

  it('filters by category', async () => {
    const res = await postGraphQL<Page>(node.url, PAGE, { category: 'IT_SKILL' }, node.caller);
    expect(res.data!.consortiumCourses.nodes.map((n) => n.code)).toEqual(['A-2', 'A1']);
  });

  it("answers another member's staff and the support body: shared courses are for the whole consortium", async () => {
    for (const user of ['shiojiri-director', 'itoigawa-worker', 'consortium-admin']) {
      const res = await postGraphQL<Page>(node.url, PAGE, {}, await bearer(user));
      expect(res.errors).toBeUndefined();
      expect(res.data!.consortiumCourses.nodes).toHaveLength(4);
    }
  });

  it('refuses a cursor it did not issue, and a page size out of range', async () => {
    const bad = await postGraphQL(node.url, PAGE, { after: 'not-a-cursor' }, node.caller);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_CURSOR');
    const big = await postGraphQL(node.url, PAGE, { first: 1000 }, node.caller);
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
