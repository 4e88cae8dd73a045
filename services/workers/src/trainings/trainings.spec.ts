import { randomBytes, randomUUID } from 'node:crypto';
import { WORKERS_CLIENT } from '@kyodo/auth';
import { gql, startTestNode, TestNode, testServiceAccount, tokenFor } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';
import { InMemoryTrainingUpstream } from './in-memory-training-upstream';

const REGISTER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;
const MINE = gql`
  query {
    myEnrollments {
      orgId
      id
      workerId
      courseCode
      courseTitle
      status
      enrolledAt
      completedAt
      score
      evaluation
    }
  }
`;
const MY_MISSING = gql`
  query ($codes: [String!]!) {
    myMissingTrainings(courseCodes: $codes)
  }
`;
const ENROLL = gql`
  mutation ($orgId: String, $input: EnrollWorkerInput!) {
    enrollWorker(orgId: $orgId, input: $input) {
      orgId
      id
    }
  }
`;

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
const subOf = async (username: string) => claimsOf(await tokenFor(username)).sub as string;

describe("a worker's own trainings and enrolments at the workers node: the worker found here, training asked as kyodo-workers", () => {
  const training = new InMemoryTrainingUpstream();
  let node: TestNode;
  let ownWorker: string;
  let otherWorker: string;
  let ownEnrollments: string[];

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_trainings',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          trainings: training,
          // The kyodo-workers client's demo secret (infra/keycloak, DEMO ONLY), client credentials at the test issuer.
          serviceAccount: testServiceAccount(WORKERS_CLIENT),
        }),
    });
    const register = async (userId?: string) => {
      const res = await node.call<{ registerWorker: { id: string } }>(
        REGISTER,
        {
          input: {
            familyName: '蓼科',
            givenName: '花子',
            familyNameKana: 'タテシナ',
            givenNameKana: 'ハナコ',
            itStage: 'A',
            businessStage: 'A',
            stageReason: '入所時の評価',
            weeklyAvailability: [],
            monthlyHourCap: 40,
            ...(userId ? { userId } : {}),
          },
        },
        'tateshina-admin',
      );
      expect(res.errors).toBeUndefined();
      return res.data!.registerWorker.id;
    };
    ownWorker = await register(await subOf('tateshina-worker'));
    otherWorker = await register();
    ownEnrollments = [
      training.addEnrollment('tateshina', ownWorker, 'SEC-BASIC', { score: 92, evaluation: 4 }),
      training.addEnrollment('tateshina', ownWorker, 'OFFICE-BASIC'),
    ];
    training.addEnrollment('tateshina', otherWorker, 'WIN-BASIC', { score: null, evaluation: 3 });
  });

  afterAll(async () => {
    await node?.close();
  });

  beforeEach(() => {
    training.asked.length = 0;
    training.pushed.length = 0;
    training.failing = false;
  });

  const expectServiceAccount = (token: string) => {
    expect(claimsOf(token)).toMatchObject({ azp: WORKERS_CLIENT, preferred_username: `service-account-${WORKERS_CLIENT}` });
  };

  describe('myEnrollments and myMissingTrainings', () => {
    it("answers the caller's own, asking training for the worker their login is linked to, as the service account", async () => {
      const mine = await node.call<{ myEnrollments: { id: string; workerId: string; status: string; score: number | null }[] }>(
        MINE,
        {},
        'tateshina-worker',
      );
      expect(mine.errors).toBeUndefined();
      expect(mine.data!.myEnrollments.map((e) => e.id)).toEqual(ownEnrollments);
      expect(mine.data!.myEnrollments[0]).toMatchObject({
        orgId: 'tateshina',
        workerId: ownWorker,
        status: 'COMPLETED',
        score: 92,
        evaluation: 4,
      });
      expect(mine.data!.myEnrollments[1]).toMatchObject({ status: 'ENROLLED', completedAt: null, score: null });

      const missing = await node.call<{ myMissingTrainings: string[] }>(
        MY_MISSING,
        { codes: ['SEC-BASIC', 'OFFICE-BASIC', 'SEC-BASIC', 'WIN-BASIC'] },
        'tateshina-worker',
      );
      expect(missing.errors).toBeUndefined();
      // Another worker's completion of WIN-BASIC is not the caller's.
      expect(missing.data!.myMissingTrainings).toEqual(['OFFICE-BASIC', 'WIN-BASIC']);

      expect(training.asked.map((a) => a.what)).toEqual([
        `enrollments tateshina ${ownWorker}`,
        `missing tateshina ${ownWorker} SEC-BASIC,OFFICE-BASIC,WIN-BASIC`,
      ]);
      const workerToken = await tokenFor('tateshina-worker');
      for (const { token } of training.asked) {
        expect(token).not.toBe(workerToken);
        expectServiceAccount(token);
      }
    });

    it('refuses staff, a worker of another member and a login linked to no worker, without asking training; bad input too', async () => {
      const cases: [string, string, Record<string, unknown>, string][] = [
        ['director', MINE, {}, 'tateshina-director'],
        ['another member', MINE, {}, 'itoigawa-worker'],
        ['another member', MY_MISSING, { codes: ['SEC-BASIC'] }, 'shiojiri-worker'],
        ['director', MY_MISSING, { codes: ['SEC-BASIC'] }, 'tateshina-admin'],
        ['empty code', MY_MISSING, { codes: [''] }, 'tateshina-worker'],
        ['too many', MY_MISSING, { codes: Array.from({ length: 51 }, (_, i) => `C-${i}`) }, 'tateshina-worker'],
      ];
      const codes = [];
      for (const [label, query, variables, as] of cases) {
        const res = await node.call(query, variables, as);
        codes.push([label, res.data ?? null, res.errors?.[0].extensions?.code]);
      }
      expect(codes).toEqual([
        ['director', null, 'FORBIDDEN'],
        ['another member', null, 'FORBIDDEN'],
        ['another member', null, 'FORBIDDEN'],
        ['director', null, 'FORBIDDEN'],
        ['empty code', null, 'BAD_USER_INPUT'],
        ['too many', null, 'BAD_USER_INPUT'],
      ]);
      expect(training.asked).toEqual([]);

      await node.dataSource.query(`UPDATE workers SET user_id = NULL WHERE id = $1`, [ownWorker]);
      try {
        const unlinked = await node.call(MINE, {}, 'tateshina-worker');
        expect([unlinked.data ?? null, unlinked.errors?.[0].extensions?.code]).toEqual([null, 'NOT_A_REGISTERED_WORKER']);
        expect(training.asked).toEqual([]);
      } finally {
        await node.dataSource.query(`UPDATE workers SET user_id = $2 WHERE id = $1`, [ownWorker, await subOf('tateshina-worker')]);
      }
    });

    it('fails closed when training cannot answer', async () => {
      training.failing = true;
      const res = await node.call(MINE, {}, 'tateshina-worker');
      expect([res.data ?? null, res.errors?.[0].extensions?.code]).toEqual([null, 'UPSTREAM_FAILED']);
    });
  });

  describe('enrollWorker', () => {
    it('finds the worker here and pushes the enrolment to training as the service account, for the director who asked', async () => {
      const courseId = training.addCourse('tateshina', 'RPA-BASIC');
      const res = await node.call<{ enrollWorker: { orgId: string; id: string } }>(ENROLL, { input: { workerId: otherWorker, courseId } });
      expect(res.errors).toBeUndefined();
      expect(training.pushed).toHaveLength(1);
      const [{ token, push }] = training.pushed;
      expectServiceAccount(token);
      expect(push).toEqual({
        orgId: 'tateshina',
        workerId: otherWorker,
        courseOrgId: null,
        courseId,
        actorId: await subOf('tateshina-director'),
        actorOrgId: 'tateshina',
      });
      // The answer is the key of what training recorded; the gateway fetches the rest from it.
      expect(res.data!.enrollWorker).toEqual({ orgId: 'tateshina', id: training.enrollmentsHeld.at(-1)!.id });

      // A member's shared course keeps its owner in the push.
      const shared = training.addCourse('shiojiri', 'SJ-AI-101');
      const partner = await node.call(
        ENROLL,
        { input: { workerId: ownWorker, courseOrgId: 'shiojiri', courseId: shared } },
        'tateshina-admin',
      );
      expect(partner.errors).toBeUndefined();
      expect(training.pushed[1].push).toMatchObject({
        workerId: ownWorker,
        courseOrgId: 'shiojiri',
        courseId: shared,
        actorId: await subOf('tateshina-admin'),
      });
    });

    it("refuses with a code and pushes nothing: unknown worker, a worker's or another member's caller, wrong node, bad ids; training's refusals keep their codes", async () => {
      const courseId = training.addCourse('tateshina', 'CAREER-WS');
      const enroll = (input: Record<string, unknown>, as?: string, orgId?: string) => node.call(ENROLL, { orgId, input }, as);
      const cases: [string, Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>][] = [
        ['WORKER_NOT_FOUND', enroll({ workerId: randomUUID(), courseId })],
        ['FORBIDDEN', enroll({ workerId: ownWorker, courseId }, 'tateshina-worker')],
        ['FORBIDDEN', enroll({ workerId: ownWorker, courseId }, 'shiojiri-director')],
        ['FORBIDDEN', enroll({ workerId: ownWorker, courseId }, 'consortium-admin')],
        ['WRONG_NODE', enroll({ workerId: ownWorker, courseId }, undefined, 'shiojiri')],
        ['BAD_USER_INPUT', enroll({ workerId: 'not-a-uuid', courseId })],
        ['BAD_USER_INPUT', enroll({ workerId: ownWorker, courseId: 'course-1' })],
        ['BAD_USER_INPUT', enroll({ workerId: ownWorker, courseId, courseOrgId: 'Not An Org' })],
      ];
      const codes = [];
      for (const [, call] of cases) codes.push((await call).errors?.[0].extensions?.code);
      expect(codes).toEqual(cases.map(([code]) => code));
      expect(training.asked).toEqual([]);

      const refusals = [
        ['COURSE_NOT_FOUND', enroll({ workerId: ownWorker, courseId: randomUUID() })],
        ['COURSE_NOT_FOUND', enroll({ workerId: ownWorker, courseOrgId: 'shiojiri', courseId })],
      ] as const;
      for (const [code, call] of refusals) expect((await call).errors?.[0].extensions?.code).toBe(code);
      expect((await enroll({ workerId: ownWorker, courseId })).errors).toBeUndefined();
      expect((await enroll({ workerId: ownWorker, courseId })).errors?.[0].extensions?.code).toBe('ALREADY_ENROLLED');
      expect(training.pushed).toHaveLength(1);

      training.failing = true;
      expect((await enroll({ workerId: otherWorker, courseId })).errors?.[0].extensions?.code).toBe('UPSTREAM_FAILED');
    });
  });
});
