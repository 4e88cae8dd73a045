import { randomUUID } from 'node:crypto';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, GraphQLResponse, postGraphQL } from '@kyodo/testing';

/**
 * Training across subgraphs, through the gateway of a running consortium: the workers node asks
 * the orders node what a task requires and the training node whether the worker completed those
 * courses (information security before confidential work), the org's promotion rules and
 * completions before it promotes a worker (the workers node holds the stages, the approved hours
 * and the history), and enrols workers and prints their 修了証 by asking training as
 * kyodo-workers. The training node asks the workers node nothing.
 */

const ORG = 'tateshina';
const SECURITY = 'SEC-BASIC';
const WEEKDAYS_4H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 240 }));

const ASSIGN = gql`
  mutation ($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      id
      workerId
    }
  }
`;

describe('training wired to workers through the gateway', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let workerId: string;
  let securityCourseId: string;

  async function as<T>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    return postGraphQL<T>(gw, document, variables, await bearer(username));
  }
  async function ok<T>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await as<T>(username, document, variables);
    if (res.errors || !res.data) throw new Error(`${username}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  let clientId: string;
  /** A task of a new order of tateshina's with these requirements: the booking reads them from the orders node. */
  async function task(order: Record<string, unknown> = {}): Promise<string> {
    const { createOrder } = await ok<{ createOrder: { id: string } }>(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateOrderInput!) {
          createOrder(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          clientId,
          title: '研修連携 入力',
          category: 'DATA_ENTRY',
          valueYen: 100_000,
          estimatedHours: 40,
          deadline: '2099-03-31',
          ...order,
        },
      },
    );
    const { createTask } = await ok<{ createTask: { id: string } }>(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateTaskInput!) {
          createTask(input: $input) {
            id
          }
        }
      `,
      {
        input: { orderId: createOrder.id, title: '入力', payBasis: 'HOURLY', hours: 10, payRateYen: 1_100, valueYen: 20_000 },
      },
    );
    return createTask.id;
  }
  const assignment = async (requiredTrainings: string[], order: Record<string, unknown> = {}) => ({
    workerId,
    taskOrgId: ORG,
    taskId: await task({ requiredTrainings, ...order }),
    periodFrom: '2025-06-02',
    periodTo: '2025-06-27',
    plannedMinutes: 600,
    hourlyRateYen: 1_100,
  });

  beforeAll(async () => {
    consortium = await launchTestConsortium('training', [ORG]);
    gw = consortium.gatewayUrl;
    const catalogue = await ok<{ seedCourseCatalogue: { id: string; code: string }[] }>(
      `${ORG}-admin`,
      gql`
        mutation {
          seedCourseCatalogue {
            id
            code
          }
        }
      `,
    );
    securityCourseId = catalogue.seedCourseCatalogue.find((c) => c.code === SECURITY)!.id;
    const worker = await ok<{ registerWorker: { id: string } }>(
      `${ORG}-admin`,
      gql`
        mutation ($input: RegisterWorkerInput!) {
          registerWorker(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          familyName: '蓼科',
          givenName: '研修',
          familyNameKana: 'タテシナ',
          givenNameKana: 'ケンシュウ',
          monthlyHourCap: 80,
          weeklyAvailability: WEEKDAYS_4H,
        },
      },
    );
    workerId = worker.registerWorker.id;
    await ok(
      `${ORG}-director`,
      gql`
        mutation ($id: ID!) {
          setWorkerStatus(id: $id, status: ACTIVE) {
            status
          }
        }
      `,
      { id: workerId },
    );
    clientId = (
      await ok<{ createClient: { id: string } }>(
        `${ORG}-director`,
        gql`
          mutation ($input: CreateClientInput!) {
            createClient(input: $input) {
              id
            }
          }
        `,
        { input: { name: '立科町 総務課', sector: 'PUBLIC' } },
      )
    ).createClient.id;
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  it('refuses an assignment that requires information security with TRAINING_MISSING until the worker completes it, then books it', async () => {
    const refused = await as(`${ORG}-director`, ASSIGN, { input: await assignment([SECURITY]) });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'TRAINING_MISSING', details: { missing: [SECURITY] } });
    expect(
      (
        await ok<{ workerAssignments: unknown[] }>(
          `${ORG}-director`,
          gql`
            query ($workerId: ID!) {
              workerAssignments(workerId: $workerId) {
                id
              }
            }
          `,
          { workerId },
        )
      ).workerAssignments,
    ).toEqual([]);

    // The workers node finds the worker and pushes the enrolment to training as kyodo-workers; the
    // gateway fetches the recorded Enrollment from training for the director.
    const ENROLL = gql`
      mutation ($input: EnrollWorkerInput!) {
        enrollWorker(input: $input) {
          id
          orgId
          courseCode
          status
          worker {
            id
          }
        }
      }
    `;
    const enrolled = await ok<{ enrollWorker: { id: string } }>(`${ORG}-director`, ENROLL, {
      input: { workerId, courseId: securityCourseId },
    });
    expect(enrolled.enrollWorker).toEqual({
      id: expect.any(String),
      orgId: ORG,
      courseCode: SECURITY,
      status: 'ENROLLED',
      worker: { id: workerId },
    });
    for (const [username, input, code] of [
      [`${ORG}-director`, { workerId, courseId: securityCourseId }, 'ALREADY_ENROLLED'],
      [`${ORG}-director`, { workerId: randomUUID(), courseId: securityCourseId }, 'WORKER_NOT_FOUND'],
      [`${ORG}-director`, { workerId, courseId: randomUUID() }, 'COURSE_NOT_FOUND'],
      [`${ORG}-worker`, { workerId, courseId: securityCourseId }, 'FORBIDDEN'],
    ] as const) {
      const res = await as(username, ENROLL, { input });
      expect([username, input, res.errors?.[0].extensions?.code]).toEqual([username, input, code]);
    }
    // Enrolled is not enough: the course must be completed.
    expect((await as(`${ORG}-director`, ASSIGN, { input: await assignment([SECURITY]) })).errors?.[0].extensions?.code).toBe(
      'TRAINING_MISSING',
    );
    await ok(
      `${ORG}-director`,
      gql`
        mutation ($id: ID!) {
          completeEnrollment(input: { enrollmentId: $id, evaluation: 4, score: 88 }) {
            status
          }
        }
      `,
      { id: enrolled.enrollWorker.id },
    );

    // 修了証: the workers node prints it from the enrollment training holds and the name it holds.
    const certificate = await ok<{ completionCertificate: { filename: string; contentType: string } }>(
      `${ORG}-director`,
      gql`
        query ($id: ID!) {
          completionCertificate(enrollmentId: $id) {
            filename
            contentType
          }
        }
      `,
      { id: enrolled.enrollWorker.id },
    );
    expect(certificate.completionCertificate).toEqual({
      filename: expect.stringMatching(new RegExp(`^completion-certificate-${SECURITY}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`)),
      contentType: 'application/pdf',
    });

    const booked = await as<{ createAssignment: { workerId: string } }>(`${ORG}-director`, ASSIGN, { input: await assignment([SECURITY]) });
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.createAssignment.workerId).toBe(workerId);
    // A course the worker never took is still missing.
    const other = await as(`${ORG}-director`, ASSIGN, { input: await assignment([SECURITY, 'CAD-BASIC']) });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'TRAINING_MISSING', details: { missing: ['CAD-BASIC'] } });
    // Confidential work also needs the worker's NDA, which this worker has not signed.
    const secret = await as(`${ORG}-director`, ASSIGN, { input: await assignment([], { confidentiality: 'CONFIDENTIAL' }) });
    expect(secret.errors?.[0].extensions?.code).toBe('NDA_MISSING');
    // An unknown task is refused, not booked.
    const unknown = await as(`${ORG}-director`, ASSIGN, { input: { ...(await assignment([])), taskId: randomUUID() } });
    expect(unknown.errors?.[0].extensions?.code).toBe('TASK_NOT_FOUND');
    expect(
      (
        await ok<{ workerAssignments: unknown[] }>(
          `${ORG}-director`,
          gql`
            query ($workerId: ID!) {
              workerAssignments(workerId: $workerId) {
                id
              }
            }
          `,
          { workerId },
        )
      ).workerAssignments,
    ).toHaveLength(1);
  });

  it('lists the worker as ready once approved hours reach the rule, and promotion sets the stage and the history at the workers node', async () => {
    await ok(
      `${ORG}-admin`,
      gql`
        mutation ($input: SetPromotionRuleInput!) {
          setPromotionRule(input: $input) {
            toStage
          }
        }
      `,
      {
        input: { axis: 'IT', toStage: 'B', requiredCourseCodes: [SECURITY], minWorkMinutes: 120 },
      },
    );
    const readyIds = async () =>
      (
        await ok<{ workersReadyForPromotion: { workerId: string; approvedMinutes: number }[] }>(
          `${ORG}-director`,
          gql`
            {
              workersReadyForPromotion(axis: IT) {
                workerId
                approvedMinutes
              }
            }
          `,
        )
      ).workersReadyForPromotion;
    expect(await readyIds()).toEqual([]);

    const booked = await ok<{ createAssignment: { id: string } }>(`${ORG}-director`, ASSIGN, { input: await assignment([]) });
    const logged = await ok<{ logTime: { id: string } }>(
      `${ORG}-director`,
      gql`
        mutation ($input: LogTimeInput!) {
          logTime(input: $input) {
            id
          }
        }
      `,
      {
        input: { assignmentId: booked.createAssignment.id, workDate: '2025-06-03', minutes: 120, idempotencyKey: randomUUID() },
      },
    );
    // Submitted hours do not count; approved ones do.
    expect(await readyIds()).toEqual([]);
    await ok(
      `${ORG}-director`,
      gql`
        mutation ($id: ID!) {
          approveTimeEntry(id: $id) {
            status
          }
        }
      `,
      { id: logged.logTime.id },
    );
    expect(await readyIds()).toEqual([{ workerId, approvedMinutes: 120 }]);

    const promoted = await ok<{ promoteWorker: { fromStage: string; toStage: string } }>(
      `${ORG}-director`,
      gql`
        mutation ($workerId: ID!) {
          promoteWorker(workerId: $workerId, axis: IT) {
            fromStage
            toStage
          }
        }
      `,
      { workerId },
    );
    expect(promoted.promoteWorker).toEqual({ fromStage: 'A', toStage: 'B' });
    const worker = await ok<{ worker: { itStage: string } }>(
      `${ORG}-director`,
      gql`
        query ($id: ID!) {
          worker(id: $id) {
            itStage
          }
        }
      `,
      { id: workerId },
    );
    expect(worker.worker.itStage).toBe('B');
    expect(await readyIds()).toEqual([]);
    // A director cannot set a stage any other way; an org admin overrides it with a reason.
    const direct = await as(
      `${ORG}-director`,
      gql`
        mutation ($workerId: ID!) {
          overrideSkillStage(workerId: $workerId, axis: BUSINESS, stage: C, reason: "急ぎ") {
            id
          }
        }
      `,
      { workerId },
    );
    expect(direct.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const override = await ok<{ overrideSkillStage: { kind: string; toStage: string } }>(
      `${ORG}-admin`,
      gql`
        mutation ($workerId: ID!) {
          overrideSkillStage(workerId: $workerId, axis: BUSINESS, stage: C, reason: "前職の経験を面談で確認") {
            kind
            toStage
          }
        }
      `,
      { workerId },
    );
    expect(override.overrideSkillStage).toEqual({ kind: 'OVERRIDE', toStage: 'C' });
    const after = await ok<{ worker: { itStage: string; businessStage: string } }>(
      `${ORG}-director`,
      gql`
        query ($id: ID!) {
          worker(id: $id) {
            itStage
            businessStage
          }
        }
      `,
      { id: workerId },
    );
    expect(after.worker).toEqual({ itStage: 'B', businessStage: 'C' });
    const history = await ok<{ promotionHistory: { kind: string; axis: string; toStage: string; worker: { id: string } }[] }>(
      `${ORG}-director`,
      gql`
        query ($workerId: ID!) {
          promotionHistory(workerId: $workerId) {
            kind
            axis
            toStage
            worker {
              id
            }
          }
        }
      `,
      { workerId },
    );
    expect(history.promotionHistory).toEqual([
      { kind: 'OVERRIDE', axis: 'BUSINESS', toStage: 'C', worker: { id: workerId } },
      { kind: 'RULE', axis: 'IT', toStage: 'B', worker: { id: workerId } },
    ]);
  });

  it('leaves the prerequisite check and the enrollment reads to the org’s staff and the workers node: a worker may not ask them at training', async () => {
    const res = await as(
      `${ORG}-worker`,
      gql`query ($workerId: ID!) { missingTrainings(workerId: $workerId, courseCodes: ["${SECURITY}"]) }`,
      { workerId },
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Only the workers node's service account reads one enrollment or records one at training.
    for (const username of [`${ORG}-director`, `${ORG}-worker`]) {
      const read = await as(
        username,
        gql`
          query ($id: ID!) {
            enrollment(enrollmentId: $id) {
              id
            }
          }
        `,
        { id: randomUUID() },
      );
      expect([username, read.errors?.[0].extensions?.code]).toEqual([username, 'FORBIDDEN']);
      const record = await as(
        username,
        gql`
          mutation ($workerId: ID!, $courseId: ID!) {
            recordEnrollment(workerId: $workerId, courseId: $courseId, actorId: "x") {
              id
            }
          }
        `,
        { workerId, courseId: securityCourseId },
      );
      expect([username, record.errors?.[0].extensions?.code]).toEqual([username, 'FORBIDDEN']);
    }
  });
});
