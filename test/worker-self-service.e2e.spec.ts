import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, GraphQLResponse, postGraphQL, tokenFor } from '@kyodo/testing';

/**
 * A worker's own view across nodes, through the gateway with the real Keycloak and only the
 * worker's own token: the task and order titles of their assignment (copied by the workers node
 * from the orders node when the director booked it), their enrollments (the training node asks
 * the workers node who the login is) and their notifications. Nothing needs an id.
 */

const ORG = 'tateshina';
const WEEKDAYS_4H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 240 }));
const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;

describe("a worker's own view across nodes, through the gateway", () => {
  let consortium: RunningConsortium;
  let gw: string;
  let workerId: string;
  let otherWorkerId: string;
  let taskId: string;
  let assignmentId: string;

  async function as<T>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    return postGraphQL<T>(gw, document, variables, await bearer(username));
  }
  async function ok<T>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await as<T>(username, document, variables);
    if (res.errors || !res.data) throw new Error(`${username}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  async function register(extra: Record<string, unknown>): Promise<string> {
    const { registerWorker } = await ok<{ registerWorker: { id: string } }>(
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
          givenName: '花子',
          familyNameKana: 'タテシナ',
          givenNameKana: 'ハナコ',
          monthlyHourCap: 80,
          weeklyAvailability: WEEKDAYS_4H,
          ...extra,
        },
      },
    );
    await ok(
      `${ORG}-director`,
      gql`
        mutation ($id: ID!) {
          setWorkerStatus(id: $id, status: ACTIVE) {
            status
          }
        }
      `,
      { id: registerWorker.id },
    );
    return registerWorker.id;
  }

  beforeAll(async () => {
    consortium = await launchTestConsortium('worker-self-service', [ORG]);
    gw = consortium.gatewayUrl;
    workerId = await register({ userId: subOf(await tokenFor(`${ORG}-worker`)) });
    otherWorkerId = await register({});
    const director = `${ORG}-director`;
    const { createClient } = await ok<{ createClient: { id: string } }>(
      director,
      gql`
        mutation ($input: CreateClientInput!) {
          createClient(input: $input) {
            id
          }
        }
      `,
      {
        input: { name: '蓼科町 住民課', sector: 'PUBLIC' },
      },
    );
    const { createOrder } = await ok<{ createOrder: { id: string } }>(
      director,
      gql`
        mutation ($input: CreateOrderInput!) {
          createOrder(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          clientId: createClient.id,
          title: '住民アンケート入力',
          category: 'DATA_ENTRY',
          valueYen: 120_000,
          estimatedHours: 40,
          deadline: '2027-03-31',
          confidentiality: 'OPEN',
        },
      },
    );
    const { createTask } = await ok<{ createTask: { id: string } }>(
      director,
      gql`
        mutation ($input: CreateTaskInput!) {
          createTask(input: $input) {
            id
          }
        }
      `,
      {
        input: { orderId: createOrder.id, title: 'アンケート一次入力', payBasis: 'HOURLY', hours: 10, payRateYen: 1_100, valueYen: 20_000 },
      },
    );
    taskId = createTask.id;
    const assign = (forWorker: string) =>
      ok<{ createAssignment: { id: string } }>(
        director,
        gql`
          mutation ($input: CreateAssignmentInput!) {
            createAssignment(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            workerId: forWorker,
            taskOrgId: ORG,
            taskId,
            periodFrom: '2027-01-04',
            periodTo: '2027-01-29',
            plannedMinutes: 600,
            hourlyRateYen: 1_100,
          },
        },
      );
    assignmentId = (await assign(workerId)).createAssignment.id;
    await assign(otherWorkerId);
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
    await ok(
      director,
      gql`
        mutation ($input: EnrollWorkerInput!) {
          enrollWorker(input: $input) {
            id
          }
        }
      `,
      {
        input: { workerId, courseId: catalogue.seedCourseCatalogue.find((c) => c.code === 'SEC-BASIC')!.id },
      },
    );
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  it('shows the worker their assignment with the task, order and client the orders node gave at booking, their enrollments and notifications', async () => {
    const worker = `${ORG}-worker`;
    const { myAssignments } = await ok<{ myAssignments: Record<string, unknown>[] }>(
      worker,
      gql`
        {
          myAssignments {
            id
            taskId
            taskTitle
            orderTitle
            clientLabel
            deadline
            status
            plannedMinutes
          }
        }
      `,
    );
    expect(myAssignments).toEqual([
      {
        id: assignmentId,
        taskId,
        taskTitle: 'アンケート一次入力',
        orderTitle: '住民アンケート入力',
        clientLabel: '蓼科町 住民課',
        deadline: '2027-03-31',
        status: expect.any(String),
        plannedMinutes: 600,
      },
    ]);
    const { myEnrollments } = await ok<{ myEnrollments: { courseCode: string; status: string }[] }>(
      worker,
      gql`
        {
          myEnrollments {
            courseCode
            status
          }
        }
      `,
    );
    expect(myEnrollments).toEqual([{ courseCode: 'SEC-BASIC', status: 'ENROLLED' }]);
    const { myMissingTrainings } = await ok<{ myMissingTrainings: string[] }>(
      worker,
      gql`
        {
          myMissingTrainings(courseCodes: ["SEC-BASIC"])
        }
      `,
    );
    expect(myMissingTrainings).toEqual(['SEC-BASIC']);
    const { myNotifications } = await ok<{ myNotifications: { kind: string; subjectId: string }[] }>(
      worker,
      gql`
        {
          myNotifications {
            kind
            subjectId
          }
        }
      `,
    );
    expect(myNotifications).toEqual([{ kind: 'ASSIGNMENT_CREATED', subjectId: assignmentId }]);
    // The director's assignments route, for the worker's own id: open; for another worker's: refused.
    const own = await ok<{ workerAssignments: { id: string }[] }>(
      worker,
      gql`
        query ($id: ID!) {
          workerAssignments(workerId: $id) {
            id
          }
        }
      `,
      { id: workerId },
    );
    expect(own.workerAssignments).toEqual([{ id: assignmentId }]);
    const workerAssignments = gql`
      query ($id: ID!) {
        workerAssignments(workerId: $id) {
          id
        }
      }
    `;
    // Training keeps no logins: a worker's enrollments reach them as myEnrollments (the workers node), never by id.
    const workerEnrollments = gql`
      query ($id: ID!) {
        workerEnrollments(workerId: $id) {
          id
        }
      }
    `;
    for (const [query, id] of [
      [workerAssignments, otherWorkerId],
      [workerEnrollments, otherWorkerId],
      [workerEnrollments, workerId],
    ] as const) {
      const res = await as(worker, query, { id });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("refuses the worker's own view to a worker of another member and to staff", async () => {
    for (const query of [
      gql`
        {
          myAssignments(orgId: "tateshina") {
            id
          }
        }
      `,
      gql`
        {
          myEnrollments(orgId: "tateshina") {
            id
          }
        }
      `,
    ]) {
      const foreign = await as<Record<string, unknown>>('itoigawa-worker', query);
      expect(Object.values(foreign.data ?? {}).filter((v) => v !== null)).toEqual([]);
      expect(['CROSS_ORG_REFUSED', 'FORBIDDEN']).toContain(foreign.errors?.[0]?.extensions?.code);
    }
    expect(
      (
        await as(
          `${ORG}-director`,
          gql`
            {
              myAssignments {
                id
              }
            }
          `,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
