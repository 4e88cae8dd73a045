import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchTestConsortium, RunningConsortium, StandaloneGateway, startStandaloneGateway } from '@kyodo/consortium-tools';
import { freePort } from '@kyodo/database';
import { composeSupergraph, readCommitted, SUBGRAPHS } from '@kyodo/schema-tools';
import { sdlHash } from '@kyodo/subgraph';
import { bearer, gql, GraphQLResponse, postGraphQL, testKeycloakUrl } from '@kyodo/testing';

/**
 * The consortium registry drives routing: changes through GraphQL take effect at once, a node
 * that fails is answered for with NODE_UNAVAILABLE and let back in when it returns, and a node
 * whose schema does not fit the supergraph is kept out.
 */

const ORGS = ['tateshina', 'shiojiri', 'itoigawa'] as const;
const MEMBER_NODES = gql`
  query ($orgId: String) {
    memberNodes(orgId: $orgId) {
      id
      orgId
      subgraph
      url
      status
      schemaHash
      schemaProblem
      lastError
      lastHealthyAt
    }
  }
`;
const UPDATE_NODE = gql`
  mutation ($input: UpdateNodeInput!) {
    updateNode(input: $input) {
      id
      status
    }
  }
`;
const REGISTER_NODE = gql`
  mutation ($input: RegisterNodeInput!) {
    registerNode(input: $input) {
      id
      orgId
      subgraph
      status
      schemaProblem
      lastError
    }
  }
`;
const REGISTER_MEMBER = gql`
  mutation ($input: RegisterMemberInput!) {
    registerMember(input: $input) {
      id
      status
    }
  }
`;
const SET_MEMBER_STATUS = gql`
  mutation ($id: String!, $status: MemberStatus!) {
    setMemberStatus(id: $id, status: $status) {
      id
      status
    }
  }
`;
const COURSES = gql`
  {
    courses {
      orgId
      code
    }
  }
`;
const CLIENTS = gql`
  {
    clients {
      orgId
      name
    }
  }
`;
const SHARED_PAGE = gql`
  query ($first: Int, $after: String) {
    consortiumCourses(first: $first, after: $after) {
      nodes {
        orgId
        code
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
/** Each org shares two courses; codes repeat across orgs, so the merge needs its second key. */
const SHARED: Record<(typeof ORGS)[number], string[]> = {
  tateshina: ['SHARE-A', 'SHARE-C'],
  shiojiri: ['SHARE-A', 'SHARE-B'],
  itoigawa: ['SHARE-B', 'SHARE-D'],
};
const ALL_SHARED = [
  'SHARE-A/shiojiri',
  'SHARE-A/tateshina',
  'SHARE-B/itoigawa',
  'SHARE-B/shiojiri',
  'SHARE-C/tateshina',
  'SHARE-D/itoigawa',
];
type SharedPage = {
  consortiumCourses: { nodes: { orgId: string; code: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } | null;
};

type MemberNode = {
  id: string;
  orgId: string;
  subgraph: string;
  url: string;
  status: string;
  schemaHash: string | null;
  schemaProblem: string | null;
  lastError: string | null;
};

describe('the consortium registry drives routing', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let admin: Record<string, string>;
  const admins: Record<string, Record<string, string>> = {};

  const nodesOf = async (orgId?: string): Promise<MemberNode[]> => {
    const res = await postGraphQL<{ memberNodes: MemberNode[] }>(gw, MEMBER_NODES, { orgId }, admin);
    expect(res.errors).toBeUndefined();
    return res.data!.memberNodes;
  };
  const nodeOf = async (orgId: string, subgraph: string) => (await nodesOf(orgId)).find((n) => n.subgraph === subgraph)!;
  const sharedPage = async (user: string, first: number, after: string | null = null) =>
    postGraphQL<SharedPage>(gw, SHARED_PAGE, { first, after }, await bearer(user));
  const coursesAs = async (user: string) =>
    postGraphQL<{ courses: { orgId: string; code: string }[] | null }>(gw, COURSES, {}, await bearer(user));

  beforeAll(async () => {
    consortium = await launchTestConsortium('registry', ORGS, {
      nodeTimeoutMs: 2000,
      gatewayEnv: { CIRCUIT_RESET_MS: '1000' },
      consortiumEnv: { NODE_CHECK_INTERVAL_MS: '0' },
    });
    gw = consortium.gatewayUrl;
    admin = await bearer('consortium-admin');
    for (const orgId of ORGS) {
      const create = (code: string, visibility: string) =>
        postGraphQL(
          gw,
          gql`
            mutation ($input: CreateCourseInput!) {
              createCourse(input: $input) {
                id
              }
            }
          `,
          { input: { code, title: `${orgId} 研修`, category: 'BASIC', format: 'E_LEARNING', durationMinutes: 60, visibility } },
          admins[orgId],
        );
      admins[orgId] = await bearer(`${orgId}-admin`);
      expect((await create(`${orgId.toUpperCase()}-1`, 'LOCAL')).errors).toBeUndefined();
      for (const code of SHARED[orgId]) expect((await create(code, 'CONSORTIUM')).errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await consortium?.stop();
  });

  it('lists every configured node, ACTIVE, with the hash of the schema it serves', async () => {
    const nodes = await nodesOf();
    expect(nodes.map((n) => `${n.orgId}/${n.subgraph}:${n.status}`).sort()).toEqual(
      ORGS.flatMap((o) => ['orders', 'training', 'workers'].map((s) => `${o}/${s}:ACTIVE`)).sort(),
    );
    const training = await postGraphQL<{ checkNode: MemberNode }>(
      gw,
      gql`
        mutation ($id: ID!) {
          checkNode(id: $id) {
            status
            schemaHash
            lastError
          }
        }
      `,
      { id: (await nodeOf('itoigawa', 'training')).id },
      admin,
    );
    expect(training.data!.checkNode).toEqual({
      status: 'ACTIVE',
      schemaHash: sdlHash(readCommitted('services/training/schema.graphql')!),
      lastError: null,
    });
  });

  it("merges every member's shared courses into one list in key order, and pages through it with the gateway's cursor", async () => {
    for (const first of [1, 2, 4, 6]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const res: Awaited<ReturnType<typeof sharedPage>> = await sharedPage('tateshina-worker', first, after);
        expect(res.errors).toBeUndefined();
        const { nodes, pageInfo } = res.data!.consortiumCourses!;
        expect(nodes.length).toBeLessThanOrEqual(first);
        seen.push(...nodes.map((n) => `${n.code}/${n.orgId}`));
        if (!pageInfo.hasNextPage) break;
        after = pageInfo.endCursor;
      }
      expect([first, seen]).toEqual([first, ALL_SHARED]);
    }
  });

  it('refuses registry changes from member staff, and bad input with a code, writing nothing', async () => {
    const before = await nodesOf();
    const byDirector = await postGraphQL(gw, UPDATE_NODE, { input: { id: before[0].id, enabled: false } }, await bearer('tateshina-admin'));
    expect(byDirector.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const badUrl = await postGraphQL(
      gw,
      REGISTER_NODE,
      { input: { orgId: 'tateshina', subgraph: 'training', url: 'ftp://example' } },
      admin,
    );
    expect(badUrl.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badSubgraph = await postGraphQL(
      gw,
      REGISTER_NODE,
      { input: { orgId: 'tateshina', subgraph: 'payroll', url: 'http://127.0.0.1:1' } },
      admin,
    );
    expect(badSubgraph.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const duplicate = await postGraphQL(
      gw,
      REGISTER_NODE,
      { input: { orgId: 'tateshina', subgraph: 'training', url: 'http://127.0.0.1:1' } },
      admin,
    );
    expect(duplicate.errors?.[0].extensions?.code).toBe('NODE_EXISTS');
    const unknownMember = await postGraphQL(
      gw,
      REGISTER_NODE,
      { input: { orgId: 'nowhere', subgraph: 'training', url: 'http://127.0.0.1:1' } },
      admin,
    );
    expect(unknownMember.errors?.[0].extensions?.code).toBe('MEMBER_NOT_FOUND');
    expect(await nodesOf()).toEqual(before);
  });

  it('takes a disabled node out of routing at once, and puts it back when re-enabled', async () => {
    const node = await nodeOf('itoigawa', 'training');
    expect((await postGraphQL(gw, UPDATE_NODE, { input: { id: node.id, enabled: false } }, admin)).data).toEqual({
      updateNode: { id: node.id, status: 'DISABLED' },
    });

    const refused = await coursesAs('itoigawa-director');
    expect(refused.status).toBe(200);
    expect(refused.data).toEqual({ courses: null });
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('disabled'),
      extensions: { code: 'NODE_UNAVAILABLE', orgId: 'itoigawa' },
    });
    // Other members, and itoigawa's other nodes, are untouched.
    expect((await coursesAs('tateshina-director')).data?.courses).toContainEqual({ orgId: 'tateshina', code: 'TATESHINA-1' });
    expect((await postGraphQL(gw, CLIENTS, {}, await bearer('itoigawa-director'))).errors).toBeUndefined();

    // Re-enabling checks the node first; it fits, so it is ACTIVE and answers again.
    expect((await postGraphQL(gw, UPDATE_NODE, { input: { id: node.id, enabled: true } }, admin)).data).toEqual({
      updateNode: { id: node.id, status: 'ACTIVE' },
    });
    expect((await coursesAs('itoigawa-director')).data?.courses).toContainEqual({ orgId: 'itoigawa', code: 'ITOIGAWA-1' });
  });

  it('routes to a changed URL at once: a wrong one fails the identity check and is kept out until corrected', async () => {
    const node = await nodeOf('shiojiri', 'training');
    const moved = await postGraphQL<{ updateNode: { status: string } }>(
      gw,
      UPDATE_NODE,
      { input: { id: node.id, url: consortium.node('itoigawa', 'training').url } },
      admin,
    );
    expect(moved.data!.updateNode.status).toBe('INCOMPATIBLE');
    expect((await nodeOf('shiojiri', 'training')).schemaProblem).toContain('serves the training node of org "itoigawa"');
    const refused = await coursesAs('shiojiri-director');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NODE_UNAVAILABLE', orgId: 'shiojiri' });

    const back = await postGraphQL<{ updateNode: { status: string } }>(gw, UPDATE_NODE, { input: { id: node.id, url: node.url } }, admin);
    expect(back.data!.updateNode.status).toBe('ACTIVE');
    expect((await coursesAs('shiojiri-director')).data?.courses).toContainEqual({ orgId: 'shiojiri', code: 'SHIOJIRI-1' });
  });

  it('keeps a newly registered node out of routing until it answers its check', async () => {
    expect((await postGraphQL(gw, REGISTER_MEMBER, { input: { id: 'omachi', name: '大町市', kind: 'MUNICIPALITY' } }, admin)).data).toEqual(
      { registerMember: { id: 'omachi', status: 'ACTIVE' } },
    );
    const dead = `http://127.0.0.1:${await freePort()}`;
    const registered = await postGraphQL<{ registerNode: MemberNode }>(
      gw,
      REGISTER_NODE,
      { input: { orgId: 'omachi', subgraph: 'training', url: dead, timeoutMs: 1500 } },
      admin,
    );
    expect(registered.data!.registerNode).toMatchObject({
      orgId: 'omachi',
      subgraph: 'training',
      status: 'PENDING',
      lastError: expect.stringContaining('unreachable'),
    });
    const asked = await postGraphQL(
      gw,
      gql`
        {
          courses(orgId: "omachi") {
            code
          }
        }
      `,
      {},
      admin,
    );
    expect(asked.errors?.[0]).toMatchObject({
      message: expect.stringContaining('has not passed'),
      extensions: { code: 'NODE_UNAVAILABLE', orgId: 'omachi' },
    });
  });

  it('refuses to register a member twice and leaves the first registration as it was', async () => {
    const again = await postGraphQL(gw, REGISTER_MEMBER, { input: { id: 'omachi', name: '別の名前', kind: 'OPERATOR' } }, admin);
    expect(again.errors?.map((e) => e.extensions?.code)).toEqual(['MEMBER_EXISTS']);
    const members = await postGraphQL<{ consortiumMembers: { id: string; name: string; kind: string }[] }>(
      gw,
      gql`
        {
          consortiumMembers {
            id
            name
            kind
          }
        }
      `,
      {},
      admin,
    );
    expect(members.data!.consortiumMembers.find((m) => m.id === 'omachi')).toEqual({ id: 'omachi', name: '大町市', kind: 'MUNICIPALITY' });
  });

  it('stops routing to a suspended member (fan-out leaves it out, a cross-org call is answered for it) and routes to it again once resumed', async () => {
    const sharedOfItoigawa = gql`
      {
        sharedCourses(orgId: "itoigawa") {
          code
        }
      }
    `;
    expect((await postGraphQL(gw, SET_MEMBER_STATUS, { id: 'itoigawa', status: 'SUSPENDED' }, admin)).errors).toBeUndefined();
    try {
      const pool = await sharedPage('tateshina-director', 20);
      expect(pool.errors).toBeUndefined();
      expect(pool.data!.consortiumCourses!.nodes.map((n) => `${n.code}/${n.orgId}`)).toEqual(
        ALL_SHARED.filter((c) => !c.endsWith('/itoigawa')),
      );
      const refused = await postGraphQL(gw, sharedOfItoigawa, {}, await bearer('tateshina-director'));
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringContaining('suspended'),
        extensions: { code: 'NODE_UNAVAILABLE', orgId: 'itoigawa' },
      });
    } finally {
      expect((await postGraphQL(gw, SET_MEMBER_STATUS, { id: 'itoigawa', status: 'ACTIVE' }, admin)).errors).toBeUndefined();
    }
    expect((await postGraphQL(gw, sharedOfItoigawa, {}, await bearer('tateshina-director'))).data).toEqual({
      sharedCourses: [{ code: 'SHARE-B' }, { code: 'SHARE-D' }],
    });
    expect((await sharedPage('tateshina-director', 20)).data!.consortiumCourses!.nodes).toHaveLength(ALL_SHARED.length);
  });

  it('answers a stopped node with NODE_UNAVAILABLE (HTTP 200), fails fast once its circuit opens, and gives the full answer after it restarts', async () => {
    await consortium.stopNode('shiojiri', 'training');
    try {
      const first = await coursesAs('shiojiri-director');
      expect(first.status).toBe(200);
      expect(first.errors?.[0].extensions).toMatchObject({ code: 'NODE_UNAVAILABLE', orgId: 'shiojiri' });
      // The circuit opens once failures are half the calls of the last 10 s (earlier successes count too).
      let fast: GraphQLResponse<{ courses: unknown }> | undefined;
      for (let i = 0; i < 60 && !fast?.errors?.[0].message.includes('failed repeatedly'); i++) fast = await coursesAs('shiojiri-director');
      expect(fast?.errors?.[0]).toMatchObject({
        message: expect.stringContaining('failed repeatedly'),
        extensions: { code: 'NODE_UNAVAILABLE', orgId: 'shiojiri' },
      });
      // One query over two orgs: tateshina's part stands while shiojiri's node is down.
      const mixed = await postGraphQL<{ mine: unknown; other: unknown }>(
        gw,
        gql`
          {
            mine: courses {
              code
            }
            other: consortiumMembers {
              id
            }
          }
        `,
        {},
        await bearer('tateshina-director'),
      );
      expect(mixed.data).toEqual({
        mine: expect.arrayContaining([{ code: 'TATESHINA-1' }]),
        other: expect.arrayContaining([{ id: 'shiojiri' }]),
      });
      // The consortium-wide list comes from the nodes that answer, and names the one that did not.
      const partial = await sharedPage('tateshina-director', 20);
      expect(partial.status).toBe(200);
      expect(partial.data!.consortiumCourses!.nodes.map((n) => `${n.code}/${n.orgId}`)).toEqual(
        ALL_SHARED.filter((c) => !c.endsWith('/shiojiri')),
      );
      expect(partial.errors).toHaveLength(1);
      expect(partial.errors![0].extensions).toMatchObject({ code: 'NODE_UNAVAILABLE', orgId: 'shiojiri' });
    } finally {
      await consortium.restartNode('shiojiri', 'training');
    }
    // The circuit lets a probe through after CIRCUIT_RESET_MS (1 s here); the node answers it.
    let answer: GraphQLResponse<{ courses: unknown }> | undefined;
    for (let i = 0; i < 40 && !answer?.data?.courses; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await coursesAs('shiojiri-director');
    }
    expect(answer?.errors).toBeUndefined();
    expect(answer?.data?.courses).toEqual(expect.arrayContaining([{ orgId: 'shiojiri', code: 'SHIOJIRI-1' }]));
    const full = await sharedPage('tateshina-director', 20);
    expect(full.errors).toBeUndefined();
    expect(full.data!.consortiumCourses!.nodes.map((n) => `${n.code}/${n.orgId}`)).toEqual(ALL_SHARED);
  });

  it("keeps the others answering under load while one org's nodes are all down: 0 failures", async () => {
    for (const subgraph of ['orders', 'workers', 'training'] as const) await consortium.stopNode('itoigawa', subgraph);
    try {
      const tokens = await Promise.all(['tateshina-director', 'shiojiri-director'].map((u) => bearer(u)));
      const results = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          postGraphQL<{ courses: unknown; clients: unknown }>(
            gw,
            gql`
              {
                courses {
                  code
                }
                clients {
                  name
                }
              }
            `,
            {},
            tokens[i % 2],
          ),
        ),
      );
      const failures = results.filter((r) => r.status !== 200 || r.errors || !r.data?.courses || !r.data?.clients);
      expect(failures).toHaveLength(0);
      // And itoigawa's own callers get the partial-failure answer, not a crash.
      expect((await coursesAs('itoigawa-director')).errors?.[0].extensions).toMatchObject({ code: 'NODE_UNAVAILABLE', orgId: 'itoigawa' });
    } finally {
      for (const subgraph of ['orders', 'workers', 'training'] as const) await consortium.restartNode('itoigawa', subgraph);
    }
  });

  describe('a node whose schema does not fit the supergraph', () => {
    let gateway: StandaloneGateway;
    let url: string;

    /** A supergraph composed after training gained a field these (current) nodes do not serve. */
    function supergraphExpectingANewCourseField(dir: string): string {
      const sdls = SUBGRAPHS.map((s) => ({ name: s.name, sdl: readCommitted(s.sdlPath)! }));
      const training = sdls.find((s) => s.name === 'training')!;
      training.sdl = training.sdl.replace(
        /type Course\s+@key\(fields: "orgId id"\)\s*\{/,
        (open) => `${open}\n  certificationBody: String`,
      );
      expect(training.sdl).toContain('certificationBody');
      const path = join(dir, 'supergraph.graphql');
      writeFileSync(path, composeSupergraph(sdls));
      writeFileSync(
        join(dir, 'supergraph.subgraphs.json'),
        JSON.stringify(Object.fromEntries(sdls.map((s) => [s.name, { sha256: sdlHash(s.sdl), sdl: s.sdl }]))),
      );
      return path;
    }

    beforeAll(async () => {
      const misfitDir = mkdtempSync(join(tmpdir(), 'kyodo-supergraph-'));
      gateway = await startStandaloneGateway({
        label: 'registry_misfit',
        registry: {
          nodes: consortium.nodeUrls(),
          env: { SUBGRAPH_MANIFEST_PATH: join(misfitDir, 'supergraph.subgraphs.json'), NODE_CHECK_INTERVAL_MS: '500' },
        },
        reportingUrl: consortium.reportingUrl,
        keycloakUrl: testKeycloakUrl(),
        env: { SUPERGRAPH_PATH: supergraphExpectingANewCourseField(misfitDir) },
      });
      url = gateway.url;
    });

    afterAll(async () => {
      await gateway?.stop();
    });

    it('marks every training node INCOMPATIBLE with the reason, refuses to route to it, and keeps routing the rest', async () => {
      let nodes: MemberNode[] = [];
      for (let i = 0; i < 60; i++) {
        nodes = (await postGraphQL<{ memberNodes: MemberNode[] }>(url, MEMBER_NODES, {}, admin)).data!.memberNodes;
        if (nodes.filter((n) => n.subgraph === 'training').every((n) => n.status === 'INCOMPATIBLE')) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      for (const node of nodes) {
        if (node.subgraph === 'training')
          expect(node).toMatchObject({
            status: 'INCOMPATIBLE',
            schemaProblem: expect.stringContaining('Course.certificationBody was removed'),
          });
        else expect(node).toMatchObject({ status: 'ACTIVE', schemaProblem: null });
      }
      const refused = await postGraphQL(url, COURSES, {}, await bearer('tateshina-director'));
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringContaining('schema does not fit'),
        extensions: { code: 'NODE_UNAVAILABLE', orgId: 'tateshina' },
      });
      const clients = await postGraphQL(url, CLIENTS, {}, await bearer('tateshina-director'));
      expect(clients.errors).toBeUndefined();
    });
  });
});
