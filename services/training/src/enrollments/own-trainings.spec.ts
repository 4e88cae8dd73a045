import { gql, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
import { SECURITY_COURSE_CODE } from '../courses/course-catalogue.template';
import { createTrainingApp, migrateTraining } from '../training-node';
import { InMemoryWorkersDirectory } from '../upstream/in-memory-workers-directory';
import { gatewayUpstream } from '../upstream/training-upstream';

const SEED = gql`
  mutation {
    seedCourseCatalogue {
      id
      code
    }
  }
`;
const ENROLL = gql`
  mutation ($input: EnrollWorkerInput!) {
    enrollWorker(input: $input) {
      id
    }
  }
`;
const COMPLETE = gql`
  mutation ($input: CompleteEnrollmentInput!) {
    completeEnrollment(input: $input) {
      completedAt
    }
  }
`;
const MINE = gql`
  query {
    myEnrollments {
      id
      workerId: worker {
        id
      }
      courseCode
      status
    }
  }
`;
const WORKER_ENROLLMENTS = gql`
  query ($workerId: ID!) {
    workerEnrollments(workerId: $workerId) {
      id
    }
  }
`;
const MY_MISSING = gql`
  query ($codes: [String!]!) {
    myMissingTrainings(courseCodes: $codes)
  }
`;

const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;

describe("a worker's own training records (training node, PostgreSQL)", () => {
  let node: TestNode;
  const workers = new InMemoryWorkersDirectory();
  let ownWorker: string;
  let otherWorker: string;
  let ownEnrollments: string[];
  let othersEnrollment: string;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'training_own',
      migrate: migrateTraining,
      create: (databaseUrl, auth) =>
        createTrainingApp({ orgId: 'tateshina', databaseUrl, auth, upstream: { ...gatewayUpstream(undefined), workers } }),
    });
    const ok = async <T>(document: string, variables: Record<string, unknown>, as?: string): Promise<T> => {
      const res = await node.call<T>(document, variables, as);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const { seedCourseCatalogue } = await ok<{ seedCourseCatalogue: { id: string; code: string }[] }>(SEED, {}, 'tateshina-admin');
    const courseId = (code: string) => seedCourseCatalogue.find((c) => c.code === code)!.id;
    const enroll = async (workerId: string, code: string) =>
      (await ok<{ enrollWorker: { id: string } }>(ENROLL, { input: { workerId, courseId: courseId(code) } })).enrollWorker.id;
    ownWorker = workers.add('tateshina', { userId: subOf(await tokenFor('tateshina-worker')) });
    otherWorker = workers.add('tateshina');
    const security = await enroll(ownWorker, SECURITY_COURSE_CODE);
    await ok(COMPLETE, { input: { enrollmentId: security, evaluation: 4 } });
    ownEnrollments = [security, await enroll(ownWorker, 'OFFICE-BASIC')];
    othersEnrollment = await enroll(otherWorker, SECURITY_COURSE_CODE);
  });

  afterAll(async () => {
    await node?.close();
  });

  it("answers a worker's own enrollments and missing trainings from their own token", async () => {
    const mine = await node.call<{ myEnrollments: { id: string; workerId: { id: string }; courseCode: string; status: string }[] }>(
      MINE,
      {},
      'tateshina-worker',
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myEnrollments.map((e) => e.id)).toEqual(ownEnrollments);
    expect(mine.data!.myEnrollments.every((e) => e.workerId.id === ownWorker)).toBe(true);
    expect(mine.data!.myEnrollments.map((e) => e.id)).not.toContain(othersEnrollment);

    const byId = await node.call<{ workerEnrollments: { id: string }[] }>(WORKER_ENROLLMENTS, { workerId: ownWorker }, 'tateshina-worker');
    expect(byId.data!.workerEnrollments.map((e) => e.id)).toEqual(ownEnrollments);

    const missing = await node.call<{ myMissingTrainings: string[] }>(
      MY_MISSING,
      { codes: [SECURITY_COURSE_CODE, 'OFFICE-BASIC'] },
      'tateshina-worker',
    );
    expect(missing.data!.myMissingTrainings).toEqual(['OFFICE-BASIC']);
  });

  it("refuses another worker's records, a worker of another member and a login linked to no worker", async () => {
    const others = await node.call(WORKER_ENROLLMENTS, { workerId: otherWorker }, 'tateshina-worker');
    expect(others.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const [query, variables] of [
      [MINE, {}],
      [WORKER_ENROLLMENTS, { workerId: ownWorker }],
      [MY_MISSING, { codes: [SECURITY_COURSE_CODE] }],
    ] as const) {
      const foreign = await node.call(query, variables, 'itoigawa-worker');
      expect(foreign.data ?? null).toBeNull();
      expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // The staff still read any worker of their org.
    expect(
      (await node.call<{ workerEnrollments: { id: string }[] }>(WORKER_ENROLLMENTS, { workerId: otherWorker }, 'tateshina-director')).data!
        .workerEnrollments,
    ).toHaveLength(1);

    workers.reset();
    const unlinked = await node.call(MINE, {}, 'tateshina-worker');
    expect(unlinked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
