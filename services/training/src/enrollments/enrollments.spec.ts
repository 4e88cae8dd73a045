import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WORKERS_CLIENT } from '@kyodo/auth';
import { GatewayClient } from '@kyodo/subgraph';
import { gql, postGraphQL, recordQueries, startTestNode, TestNode, testServiceAccount, tokenFor } from '@kyodo/testing';
import { COURSE_CATALOGUE_TEMPLATE, SECURITY_COURSE_CODE } from '../courses/course-catalogue.template';
import { createTrainingApp, migrateTraining } from '../training-node';
import { GatewayPartnerCourses } from '../upstream/gateway-partner-courses';
import { gatewayUpstream } from '../upstream/training-upstream';

const SEED = gql`
  mutation {
    seedCourseCatalogue {
      id
      code
      title
      visibility
    }
  }
`;
const CREATE_COURSE = gql`
  mutation ($input: CreateCourseInput!) {
    createCourse(input: $input) {
      id
      code
    }
  }
`;
const SHARED = gql`
  query ($orgId: String) {
    sharedCourses(orgId: $orgId) {
      orgId
      id
      code
      title
      visibility
    }
  }
`;
/** What the org's workers node pushes as kyodo-workers once it found the worker (its enrollWorker). */
const ENROLL = gql`
  mutation ($orgId: String, $workerId: ID!, $courseOrgId: String, $courseId: ID!, $actorId: String!, $actorOrgId: String) {
    recordEnrollment(
      orgId: $orgId
      workerId: $workerId
      courseOrgId: $courseOrgId
      courseId: $courseId
      actorId: $actorId
      actorOrgId: $actorOrgId
    ) {
      id
      orgId
      workerId
      worker {
        orgId
        id
      }
      courseOrgId
      courseId
      courseCode
      courseTitle
      status
      enrolledAt
      score
      evaluation
      completedAt
    }
  }
`;
const COMPLETE = gql`
  mutation ($input: CompleteEnrollmentInput!) {
    completeEnrollment(input: $input) {
      id
      status
      score
      evaluation
      evaluationComment
      completedAt
    }
  }
`;
const ENROLLMENTS = gql`
  query ($orgId: String, $workerId: ID!) {
    workerEnrollments(orgId: $orgId, workerId: $workerId) {
      id
      courseOrgId
      courseCode
      status
      score
      evaluation
    }
  }
`;
const MISSING = gql`
  query ($orgId: String, $workerId: ID!, $codes: [String!]!) {
    missingTrainings(orgId: $orgId, workerId: $workerId, courseCodes: $codes)
  }
`;

const ENROLLMENT = gql`
  query ($orgId: String, $enrollmentId: ID!) {
    enrollment(orgId: $orgId, enrollmentId: $enrollmentId) {
      id
      workerId
      courseCode
      status
      score
      evaluation
      completedAt
    }
  }
`;
const ENTITIES = gql`
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Enrollment {
        id
        courseCode
      }
    }
  }
`;

const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;
type Course = { id: string; code: string; title: string; visibility: string };

describe('enrollments and completions against PostgreSQL', () => {
  /** shiojiri: a partner that shares one course with the consortium and keeps one local. */
  let partner: TestNode;
  let node: TestNode;
  let sql: DataSource;
  let catalogue: Map<string, Course>;
  let sharedCourseId: string;
  let partnerLocalCourseId: string;

  beforeAll(async () => {
    partner = await startTestNode({
      label: 'training_enroll_partner',
      migrate: migrateTraining,
      create: (databaseUrl, auth) => createTrainingApp({ orgId: 'shiojiri', databaseUrl, auth, upstream: gatewayUpstream(undefined) }),
      callerUsername: 'shiojiri-director',
    });
    // The partner's node stands in for the gateway: the question and the caller's token are the same.
    node = await startTestNode({
      label: 'training_enroll',
      migrate: migrateTraining,
      create: (databaseUrl, auth) =>
        createTrainingApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          upstream: { partnerCourses: new GatewayPartnerCourses(new GatewayClient(`${partner.url}/graphql`)) },
        }),
    });
    sql = node.dataSource;
    const seeded = await node.call<{ seedCourseCatalogue: Course[] }>(SEED, {}, 'tateshina-admin');
    expect(seeded.errors).toBeUndefined();
    catalogue = new Map(seeded.data!.seedCourseCatalogue.map((c) => [c.code, c]));

    const course = (code: string, visibility: string) => ({
      code,
      title: `塩尻 ${code}`,
      category: 'IT_SKILL',
      format: 'ONLINE_LIVE',
      durationMinutes: 120,
      visibility,
    });
    const shared = await partner.call<{ createCourse: { id: string } }>(CREATE_COURSE, { input: course('SJ-AI-101', 'CONSORTIUM') });
    const local = await partner.call<{ createCourse: { id: string } }>(CREATE_COURSE, { input: course('SJ-LOCAL-1', 'LOCAL') });
    sharedCourseId = shared.data!.createCourse.id;
    partnerLocalCourseId = local.data!.createCourse.id;
  });

  afterAll(async () => {
    await node?.close();
    await partner?.close();
  });

  const state = async (db: DataSource = sql) =>
    (
      await db.query(
        `SELECT (SELECT count(*) FROM enrollments)::int AS enrollments, (SELECT count(*) FILTER (WHERE status = 'COMPLETED') FROM enrollments)::int AS completed, (SELECT count(*) FROM audit_log)::int AS audit`,
      )
    )[0];
  /** The kyodo-workers service account's demo secret (infra/keycloak, DEMO ONLY), client credentials at the test issuer. */
  const workersService = testServiceAccount(WORKERS_CLIENT);
  const asService = async () => ({ authorization: `Bearer ${await workersService.token()}` });
  /** As the workers node pushes it, for the director who asked there; `as` a user to show users are refused. */
  const enroll = async (input: Record<string, unknown>, as?: string, orgId?: string) =>
    postGraphQL<{ recordEnrollment: Record<string, unknown> & { id: string } }>(
      node.url,
      ENROLL,
      { orgId, actorId: subOf(await tokenFor('tateshina-director')), actorOrgId: 'tateshina', ...input },
      as ? { authorization: `Bearer ${await tokenFor(as)}` } : await asService(),
    );
  const complete = (input: Record<string, unknown>, as?: string) =>
    node.call<{ completeEnrollment: Record<string, unknown> }>(COMPLETE, { input }, as);
  const missing = async (workerId: string, codes: string[]) => {
    const res = await node.call<{ missingTrainings: string[] }>(MISSING, { workerId, codes });
    expect(res.errors).toBeUndefined();
    return res.data!.missingTrainings;
  };

  describe('the catalogue template', () => {
    it('gives a new member the whole template, information security under its well-known code', () => {
      expect([...catalogue.keys()].sort()).toEqual(COURSE_CATALOGUE_TEMPLATE.map((c) => c.code).sort());
      expect(catalogue.get(SECURITY_COURSE_CODE)).toMatchObject({ title: '情報セキュリティ基礎', visibility: 'LOCAL' });
    });

    it('is idempotent: a rerun adds nothing, changes nothing and audits nothing', async () => {
      const before = await state();
      const again = await node.call<{ seedCourseCatalogue: Course[] }>(SEED, {}, 'tateshina-admin');
      expect(again.errors).toBeUndefined();
      expect(new Map(again.data!.seedCourseCatalogue.map((c) => [c.code, c]))).toEqual(catalogue);
      expect(await state()).toEqual(before);
      expect(await sql.query(`SELECT action, detail->'added' AS added FROM audit_log WHERE action = 'course-catalogue.seed'`)).toEqual([
        { action: 'course-catalogue.seed', added: expect.arrayContaining([SECURITY_COURSE_CODE]) },
      ]);
    });

    it("keeps a member's own course under a template code and adds only the rest", async () => {
      const own = await partner.call<{ createCourse: { id: string } }>(CREATE_COURSE, {
        input: { code: 'CAD-BASIC', title: '塩尻 独自のCAD講座', category: 'IT_SKILL', format: 'IN_PERSON', durationMinutes: 60 },
      });
      expect(own.errors).toBeUndefined();
      const seeded = await partner.call<{ seedCourseCatalogue: Course[] }>(SEED, {}, 'shiojiri-admin');
      expect(seeded.errors).toBeUndefined();
      const cad = seeded.data!.seedCourseCatalogue.filter((c) => c.code === 'CAD-BASIC');
      expect(cad).toEqual([expect.objectContaining({ id: own.data!.createCourse.id, title: '塩尻 独自のCAD講座' })]);
      expect(seeded.data!.seedCourseCatalogue).toHaveLength(COURSE_CATALOGUE_TEMPLATE.length + 2);
    });

    it('is for org admins only', async () => {
      const res = await node.call(SEED, {}, 'tateshina-director');
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('enrolls a worker, records the completion with its evaluation, audited, and answers the prerequisite check from it', async () => {
    const workerId = randomUUID();
    const security = catalogue.get(SECURITY_COURSE_CODE)!;
    expect(await missing(workerId, [SECURITY_COURSE_CODE, 'WIN-BASIC', SECURITY_COURSE_CODE])).toEqual([SECURITY_COURSE_CODE, 'WIN-BASIC']);

    const enrolled = await enroll({ workerId, courseId: security.id });
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data!.recordEnrollment).toMatchObject({
      orgId: 'tateshina',
      workerId,
      worker: { orgId: 'tateshina', id: workerId },
      courseOrgId: 'tateshina',
      courseId: security.id,
      courseCode: SECURITY_COURSE_CODE,
      courseTitle: security.title,
      status: 'ENROLLED',
      score: null,
      evaluation: null,
      completedAt: null,
    });
    // Enrolled is not completed.
    expect(await missing(workerId, [SECURITY_COURSE_CODE])).toEqual([SECURITY_COURSE_CODE]);

    const id = enrolled.data!.recordEnrollment.id;
    const done = await complete({ enrollmentId: id, evaluation: 4, evaluationComment: '理解度良好', score: 92 });
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeEnrollment).toMatchObject({
      id,
      status: 'COMPLETED',
      score: 92,
      evaluation: 4,
      evaluationComment: '理解度良好',
    });
    expect(Date.parse(done.data!.completeEnrollment.completedAt as string)).not.toBeNaN();
    expect(await missing(workerId, [SECURITY_COURSE_CODE, 'WIN-BASIC'])).toEqual(['WIN-BASIC']);

    const director = subOf(await tokenFor('tateshina-director'));
    expect(
      await sql.query(`SELECT action, actor_id FROM audit_log WHERE entity_type = 'Enrollment' AND entity_id = $1 ORDER BY id`, [id]),
    ).toEqual([
      { action: 'enrollment.create', actor_id: director },
      { action: 'enrollment.complete', actor_id: director },
    ]);
    const list = await node.call<{ workerEnrollments: unknown[] }>(ENROLLMENTS, { workerId });
    expect(list.data!.workerEnrollments).toEqual([
      { id, courseOrgId: 'tateshina', courseCode: SECURITY_COURSE_CODE, status: 'COMPLETED', score: 92, evaluation: 4 },
    ]);
  });

  it('refuses with a code and writes nothing: unknown course, a second enrollment or completion, bad input, wrong role, wrong org', async () => {
    const workerId = randomUUID();
    const office = catalogue.get('OFFICE-BASIC')!;
    const first = await enroll({ workerId, courseId: office.id });
    const id = first.data!.recordEnrollment.id;
    expect((await complete({ enrollmentId: id, evaluation: 3 })).errors).toBeUndefined();
    const before = await state();

    const cases: [string, Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>][] = [
      ['COURSE_NOT_FOUND', enroll({ workerId, courseId: randomUUID() })],
      // A partner's local course is not shared: it does not exist for this org.
      ['COURSE_NOT_FOUND', enroll({ workerId, courseOrgId: 'shiojiri', courseId: partnerLocalCourseId })],
      ['ALREADY_ENROLLED', enroll({ workerId, courseId: office.id })],
      ['ALREADY_COMPLETED', complete({ enrollmentId: id, evaluation: 5 })],
      ['ENROLLMENT_NOT_FOUND', complete({ enrollmentId: randomUUID(), evaluation: 5 })],
      ['BAD_USER_INPUT', complete({ enrollmentId: id, evaluation: 6 })],
      ['BAD_USER_INPUT', complete({ enrollmentId: id, evaluation: 3, score: 101 })],
      ['BAD_USER_INPUT', enroll({ workerId: 'not-a-uuid', courseId: office.id })],
      ['BAD_USER_INPUT', enroll({ workerId, courseId: office.id, courseOrgId: 'Not An Org' })],
      ['BAD_USER_INPUT', enroll({ workerId, courseId: office.id, actorOrgId: 'Not An Org' })],
      // The workers node's push only: no user, whatever the role, may hand in an enrolment.
      ['FORBIDDEN', enroll({ workerId, courseId: catalogue.get('MOS-PREP')!.id }, 'tateshina-director')],
      ['FORBIDDEN', enroll({ workerId, courseId: catalogue.get('MOS-PREP')!.id }, 'tateshina-admin')],
      ['FORBIDDEN', enroll({ workerId, courseId: catalogue.get('MOS-PREP')!.id }, 'tateshina-worker')],
      ['FORBIDDEN', enroll({ workerId, courseId: catalogue.get('MOS-PREP')!.id }, 'shiojiri-admin')],
      ['WRONG_NODE', enroll({ workerId, courseId: catalogue.get('MOS-PREP')!.id }, undefined, 'shiojiri')],
    ];
    const codes = [];
    for (const [, call] of cases) codes.push((await call).errors?.[0].extensions?.code);
    expect(codes).toEqual(cases.map(([code]) => code));
    expect(await state()).toEqual(before);
  });

  it("answers one enrollment to the workers node's service account only, and a worker's list and missing trainings to it and the staff", async () => {
    const workerId = randomUUID();
    const enrolled = await enroll({ workerId, courseId: catalogue.get('CAREER-WS')!.id });
    const id = enrolled.data!.recordEnrollment.id;
    expect((await complete({ enrollmentId: id, evaluation: 5, score: 80 })).errors).toBeUndefined();

    const asWorkersNode = await postGraphQL<{ enrollment: Record<string, unknown> }>(
      node.url,
      ENROLLMENT,
      { enrollmentId: id },
      await asService(),
    );
    expect(asWorkersNode.errors).toBeUndefined();
    expect(asWorkersNode.data!.enrollment).toMatchObject({
      id,
      workerId,
      courseCode: 'CAREER-WS',
      status: 'COMPLETED',
      score: 80,
      evaluation: 5,
    });
    const unknown = await postGraphQL<{ enrollment: unknown }>(node.url, ENROLLMENT, { enrollmentId: randomUUID() }, await asService());
    expect([unknown.errors, unknown.data!.enrollment]).toEqual([undefined, null]);
    for (const [variables, code] of [
      [{ enrollmentId: 'not-a-uuid' }, 'BAD_USER_INPUT'],
      [{ enrollmentId: id, orgId: 'shiojiri' }, 'WRONG_NODE'],
    ] as const) {
      const res = await postGraphQL(node.url, ENROLLMENT, variables, await asService());
      expect([variables, res.errors?.[0].extensions?.code]).toEqual([variables, code]);
    }
    // The staff, the worker themself and another member: users never read it here (the workers node decides who may).
    for (const as of ['tateshina-director', 'tateshina-admin', 'tateshina-worker', 'shiojiri-director']) {
      const res = await node.call(ENROLLMENT, { enrollmentId: id }, as);
      expect([as, res.data?.enrollment ?? null, res.errors?.[0].extensions?.code]).toEqual([as, null, 'FORBIDDEN']);
    }

    const list = await postGraphQL<{ workerEnrollments: { id: string }[] }>(node.url, ENROLLMENTS, { workerId }, await asService());
    expect(list.data!.workerEnrollments.map((e) => e.id)).toEqual([id]);
    const check = await postGraphQL<{ missingTrainings: string[] }>(
      node.url,
      MISSING,
      { workerId, codes: ['CAREER-WS', 'WIN-BASIC'] },
      await asService(),
    );
    expect(check.data!.missingTrainings).toEqual(['WIN-BASIC']);
    // A worker's own list is the workers node's (myEnrollments there): no worker reads one here, not even their own.
    for (const query of [ENROLLMENTS, MISSING]) {
      const res = await node.call(query, { workerId, codes: ['CAREER-WS'] }, 'tateshina-worker');
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("lets the gateway fetch an enrollment named by the workers node's enrollWorker for the org's staff only", async () => {
    const enrolled = await enroll({ workerId: randomUUID(), courseId: catalogue.get('CAREER-IV')!.id });
    const representations = [{ __typename: 'Enrollment', orgId: 'tateshina', id: enrolled.data!.recordEnrollment.id }];
    const seen = async (as: string) =>
      (await node.call<{ _entities: ({ id: string } | null)[] }>(ENTITIES, { representations }, as)).data?._entities ?? null;
    expect(await seen('tateshina-director')).toEqual([{ id: enrolled.data!.recordEnrollment.id, courseCode: 'CAREER-IV' }]);
    expect(await seen('tateshina-admin')).toEqual([{ id: enrolled.data!.recordEnrollment.id, courseCode: 'CAREER-IV' }]);
    for (const as of ['tateshina-worker', 'shiojiri-director']) expect([as, await seen(as)]).toEqual([as, [null]]);
    // Another org's key, or one that is no enrollment, finds nothing.
    const other = await node.call<{ _entities: unknown[] }>(
      ENTITIES,
      {
        representations: [
          { __typename: 'Enrollment', orgId: 'shiojiri', id: enrolled.data!.recordEnrollment.id },
          { __typename: 'Enrollment', orgId: 'tateshina', id: 'nope' },
        ],
      },
      'tateshina-director',
    );
    expect(other.data!._entities).toEqual([null, null]);
  });

  it('lets exactly one of two concurrent enrollments of a worker on a course win', async () => {
    const workerId = randomUUID();
    const input = { workerId, courseId: catalogue.get('RPA-BASIC')!.id };
    const results = await Promise.all([enroll(input), enroll(input)]);
    expect(results.map((r) => r.errors?.[0].extensions?.code ?? 'ENROLLED').sort()).toEqual(['ALREADY_ENROLLED', 'ENROLLED']);
  });

  it('lists a worker’s enrollments in one statement, however many there are', async () => {
    const workerId = randomUUID();
    for (const code of ['BIZ-BASIC', 'OPS-RULES', 'WIN-BASIC', 'WEB-PROD'])
      expect((await enroll({ workerId, courseId: catalogue.get(code)!.id })).errors).toBeUndefined();
    const queries = recordQueries(node.app.get(DataSource));
    const res = await node.call<{ workerEnrollments: { courseCode: string }[] }>(
      gql`
        query ($workerId: ID!) {
          workerEnrollments(workerId: $workerId) {
            courseCode
            worker {
              id
            }
          }
        }
      `,
      { workerId },
    );
    expect(res.data!.workerEnrollments.map((e) => e.courseCode)).toEqual(['BIZ-BASIC', 'OPS-RULES', 'WIN-BASIC', 'WEB-PROD']);
    expect(queries).toHaveLength(1);
  });

  it("answers a page of workers' enrollments in one statement, to the org's staff only, and refuses bad input", async () => {
    const [first, second, none] = [randomUUID(), randomUUID(), randomUUID()];
    for (const [workerId, code] of [
      [second, 'BIZ-BASIC'],
      [first, 'WIN-BASIC'],
      [second, 'OPS-RULES'],
    ] as const)
      expect((await enroll({ workerId, courseId: catalogue.get(code)!.id })).errors).toBeUndefined();
    const WORKERS_ENROLLMENTS = gql`
      query ($orgId: String, $workerIds: [ID!]!) {
        workersEnrollments(orgId: $orgId, workerIds: $workerIds) {
          workerId
          courseCode
        }
      }
    `;
    const queries = recordQueries(node.app.get(DataSource));
    const res = await node.call<{ workersEnrollments: { workerId: string; courseCode: string }[] }>(WORKERS_ENROLLMENTS, {
      workerIds: [second, none, first, second],
    });
    expect(res.errors).toBeUndefined();
    expect(queries).toHaveLength(1);
    const byWorker = (id: string) => res.data!.workersEnrollments.filter((e) => e.workerId === id).map((e) => e.courseCode);
    expect([byWorker(first), byWorker(second), byWorker(none)]).toEqual([['WIN-BASIC'], ['BIZ-BASIC', 'OPS-RULES'], []]);
    expect(res.data!.workersEnrollments).toHaveLength(3);

    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ workerIds: [first] }, 'FORBIDDEN', 'tateshina-worker'],
      [{ workerIds: [first] }, 'FORBIDDEN', 'shiojiri-director'],
      [{ orgId: 'shiojiri', workerIds: [first] }, 'WRONG_NODE', undefined],
      [{ workerIds: ['not-a-uuid'] }, 'BAD_USER_INPUT', undefined],
      [{ workerIds: Array.from({ length: 201 }, () => randomUUID()) }, 'BAD_USER_INPUT', undefined],
    ];
    for (const [variables, code, as] of cases) {
      const refused = await node.call(WORKERS_ENROLLMENTS, variables, as);
      expect([as, variables.orgId, refused.errors?.[0].extensions?.code]).toEqual([as, variables.orgId, code]);
    }
  });

  describe('across members', () => {
    it("lets any member see a partner's shared courses, never its local ones", async () => {
      for (const caller of ['tateshina-director', 'tateshina-worker', 'shiojiri-director']) {
        const res = await partner.call<{ sharedCourses: Course[] }>(SHARED, { orgId: 'shiojiri' }, caller);
        expect([caller, res.errors, res.data!.sharedCourses.map((c) => c.code)]).toEqual([caller, undefined, ['SJ-AI-101']]);
      }
      // The partner's whole catalogue stays its own.
      expect(
        (
          await partner.call(
            gql`
              {
                courses {
                  code
                }
              }
            `,
            {},
            'tateshina-director',
          )
        ).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
    });

    it("enrolls and completes its own worker on a partner's shared course; the partner never holds or sees the scores", async () => {
      const workerId = randomUUID();
      const partnerBefore = await state(partner.dataSource);
      const enrolled = await enroll({ workerId, courseOrgId: 'shiojiri', courseId: sharedCourseId });
      expect(enrolled.errors).toBeUndefined();
      expect(enrolled.data!.recordEnrollment).toMatchObject({
        orgId: 'tateshina',
        courseOrgId: 'shiojiri',
        courseId: sharedCourseId,
        courseCode: 'SJ-AI-101',
        courseTitle: '塩尻 SJ-AI-101',
      });
      expect((await complete({ enrollmentId: enrolled.data!.recordEnrollment.id, evaluation: 5, score: 77 })).errors).toBeUndefined();
      expect(await missing(workerId, ['SJ-AI-101'])).toEqual([]);

      // Nothing of it was written at the partner, and its staff cannot read it here or there.
      expect(await state(partner.dataSource)).toEqual(partnerBefore);
      for (const as of ['shiojiri-director', 'shiojiri-admin']) {
        const here = await node.call(ENROLLMENTS, { workerId }, as);
        expect([as, here.data?.workerEnrollments ?? null, here.errors?.[0].extensions?.code]).toEqual([as, null, 'FORBIDDEN']);
        const check = await node.call(MISSING, { workerId, codes: ['SJ-AI-101'] }, as);
        expect([as, check.data?.missingTrainings ?? null, check.errors?.[0].extensions?.code]).toEqual([as, null, 'FORBIDDEN']);
        const there = await partner.call<{ workerEnrollments: unknown[] }>(ENROLLMENTS, { workerId }, as);
        expect(there.data!.workerEnrollments).toEqual([]);
      }
    });
  });
});
