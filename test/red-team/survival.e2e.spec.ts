import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, GraphQLResponse, postGraphQL } from '@kyodo/testing';

/**
 * A node that dies is noticed (issue 14, item 9). A node that hangs (here: SIGSTOP, as a node
 * thrashing out of memory does) is marked DOWN by the registry's health checks, and from then
 * on routing answers NODE_UNAVAILABLE for it at once instead of waiting out the node timeout.
 * Killed outright, the launcher starts it again; its next passing check makes it ACTIVE and
 * routing sends to it again.
 */

const ORGS = ['tateshina', 'shiojiri'] as const;
const NODE_TIMEOUT_MS = 10_000;
const CHECK_INTERVAL_MS = 500;
const MEMBER_NODES = gql`
  query ($orgId: String) {
    memberNodes(orgId: $orgId) {
      orgId
      subgraph
      status
      lastError
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
const SHARED_COURSES = gql`
  {
    consortiumCourses(first: 10) {
      nodes {
        orgId
        code
      }
    }
  }
`;

type MemberNode = { orgId: string; subgraph: string; status: string; lastError: string | null };

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a node that dies is noticed, answered for at once, restarted and routed to again', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let admin: Record<string, string>;
  let shiojiriAdmin: Record<string, string>;
  let stoppedPid: number | undefined;

  const trainingNode = async (): Promise<MemberNode> => {
    const res = await postGraphQL<{ memberNodes: MemberNode[] }>(gw, MEMBER_NODES, { orgId: 'shiojiri' }, admin);
    return res.data!.memberNodes.find((n) => n.subgraph === 'training')!;
  };
  const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
    const started = Date.now();
    const value = await run();
    return [value, Date.now() - started];
  };

  beforeAll(async () => {
    consortium = await launchTestConsortium('survival', ORGS, {
      nodeTimeoutMs: NODE_TIMEOUT_MS,
      consortiumEnv: { NODE_CHECK_INTERVAL_MS: String(CHECK_INTERVAL_MS), NODE_DOWN_AFTER_FAILED_CHECKS: '2' },
    });
    gw = consortium.gatewayUrl;
    admin = await bearer('consortium-admin');
    shiojiriAdmin = await bearer('shiojiri-admin');
    const created = await postGraphQL(
      gw,
      gql`
        mutation {
          createCourse(
            input: {
              code: "SURVIVE-1"
              title: "塩尻 研修"
              category: BASIC
              format: E_LEARNING
              durationMinutes: 60
              visibility: CONSORTIUM
            }
          ) {
            id
          }
        }
      `,
      {},
      shiojiriAdmin,
    );
    expect(created.errors).toBeUndefined();
  }, 600_000);

  afterAll(async () => {
    // A stopped process ignores SIGTERM until it is continued.
    if (stoppedPid) process.kill(stoppedPid, 'SIGCONT');
    await consortium?.stop();
  });

  const pidOfTraining = () => consortium.processIds().nodes.find((n) => n.orgId === 'shiojiri' && n.subgraph === 'training')!.pid!;

  it('routes to the node while it is up', async () => {
    expect((await trainingNode()).status).toBe('ACTIVE');
    const res = await postGraphQL<{ courses: { orgId: string; code: string }[] }>(gw, COURSES, {}, shiojiriAdmin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.courses).toContainEqual({ orgId: 'shiojiri', code: 'SURVIVE-1' });
  });

  it('marks a hung node DOWN within a few check rounds, and answers NODE_UNAVAILABLE with its orgId at once, not after the node timeout', async () => {
    stoppedPid = pidOfTraining();
    process.kill(stoppedPid, 'SIGSTOP');
    const [down, noticedMs] = await timed(() =>
      until('DOWN', async () => ((await trainingNode()).status === 'DOWN' ? trainingNode() : undefined), 30_000),
    );
    expect(down.lastError).toMatch(/unreachable \(\d+ failed checks in a row\)/);
    // Two failed checks in a row, each waiting out the checker's 3 s timeout on a hung node.
    expect(noticedMs).toBeLessThan(15_000);

    const [res, answeredMs] = await timed(() => postGraphQL<{ courses: unknown[] | null }>(gw, COURSES, {}, shiojiriAdmin));
    expect(res.data?.courses ?? null).toBeNull();
    expect(res.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'NODE_UNAVAILABLE', orgId: 'shiojiri' }) }),
    ]);
    expect(answeredMs).toBeLessThan(NODE_TIMEOUT_MS / 10);

    // A consortium-wide read names the member whose node is down, with the others' data, at once too.
    const tateshinaAdmin = await bearer('tateshina-admin');
    const [shared, sharedMs] = await timed(() =>
      postGraphQL<{ consortiumCourses: { nodes: { orgId: string }[] } }>(gw, SHARED_COURSES, {}, tateshinaAdmin),
    );
    expect(shared.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'NODE_UNAVAILABLE', orgId: 'shiojiri' }) }),
    ]);
    expect(shared.data!.consortiumCourses.nodes.filter((n) => n.orgId === 'shiojiri')).toEqual([]);
    // It still waits for the members that are up; not for the one that is down.
    expect(sharedMs).toBeLessThan(NODE_TIMEOUT_MS / 2);
  }, 60_000);

  it('restarts the node when it is killed, makes it ACTIVE again after its health check passes, and routes to it again', async () => {
    const killed = stoppedPid!;
    process.kill(killed, 'SIGKILL');
    stoppedPid = undefined;
    const node = consortium.node('shiojiri', 'training');
    await until(
      'restarted',
      async () => ((await fetch(`${node.url}/health`, { signal: AbortSignal.timeout(1000) })).ok ? true : undefined),
      90_000,
    );
    expect(pidOfTraining()).not.toBe(killed);
    await until('ACTIVE', async () => ((await trainingNode()).status === 'ACTIVE' ? true : undefined), 15_000);

    // The routing snapshot follows the registry's write within moments.
    const res = await until(
      'routed again',
      async () => {
        const answer: GraphQLResponse<{ courses: { orgId: string; code: string }[] }> = await postGraphQL(gw, COURSES, {}, shiojiriAdmin);
        return answer.errors ? undefined : answer;
      },
      10_000,
    );
    expect(res.data!.courses).toContainEqual({ orgId: 'shiojiri', code: 'SURVIVE-1' });
  }, 120_000);
});
