import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, GraphQLResponse, postGraphQL, tokenFor } from '@kyodo/testing';

/**
 * A worker's offer, instructions and questions through the gateway with real Keycloak tokens:
 * the director offers hours of a real task whose order requires a training the worker has
 * completed (the workers node reads that from the orders node with the director's token), the
 * worker (their own token only, which the orders and training nodes would refuse) takes them,
 * reads the instructions, downloads the attachment over the signed link the gateway relays to the
 * node, and asks a question the director answers.
 */

const ORG = 'tateshina';
const SECURITY = 'SEC-BASIC';
const WEEKDAYS_4H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 240 }));
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('offers, instructions and Q&A through the gateway', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let origin: string;
  /** A task of tateshina's order that requires the security course. */
  let task: { taskOrgId: string; taskId: string };

  async function as<T = Record<string, any>>(
    username: string,
    document: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    return postGraphQL<T>(gw, document, variables, await bearer(username));
  }
  async function ok<T = Record<string, any>>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await as<T>(username, document, variables);
    if (res.errors || !res.data) throw new Error(`${username}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  beforeAll(async () => {
    consortium = await launchTestConsortium('instructions', [ORG]);
    gw = consortium.gatewayUrl;
    origin = new URL(gw).origin;
    const token = await tokenFor(`${ORG}-worker`);
    const userId = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;
    const { registerWorker } = await ok(
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
          ndaSignedOn: '2025-04-01',
          userId,
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

    const { seedCourseCatalogue } = await ok(
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
    const { enrollWorker } = await ok(
      `${ORG}-director`,
      gql`
        mutation ($input: EnrollWorkerInput!) {
          enrollWorker(input: $input) {
            id
          }
        }
      `,
      {
        input: { workerId: registerWorker.id, courseId: seedCourseCatalogue.find((c: { code: string }) => c.code === SECURITY).id },
      },
    );
    await ok(
      `${ORG}-director`,
      gql`
        mutation ($id: ID!) {
          completeEnrollment(input: { enrollmentId: $id, evaluation: 4, score: 90 }) {
            status
          }
        }
      `,
      { id: enrollWorker.id },
    );

    const { createClient } = await ok(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateClientInput!) {
          createClient(input: $input) {
            id
          }
        }
      `,
      { input: { name: '立科町 健康福祉課', sector: 'PUBLIC' } },
    );
    const { createOrder } = await ok(
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
          clientId: createClient.id,
          title: '検診票入力',
          category: 'DATA_ENTRY',
          valueYen: 100_000,
          estimatedHours: 40,
          deadline: '2099-03-31',
          confidentiality: 'OPEN',
          requiredTrainings: [SECURITY],
        },
      },
    );
    const { createTask } = await ok(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateTaskInput!) {
          createTask(input: $input) {
            id
          }
        }
      `,
      {
        input: { orderId: createOrder.id, title: '一次入力', payBasis: 'HOURLY', hours: 10, payRateYen: 1_100, valueYen: 20_000 },
      },
    );
    task = { taskOrgId: ORG, taskId: createTask.id };
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  it('the worker takes offered hours, reads the instructions, downloads the attachment and gets an answer', async () => {
    // A client cannot say what the work requires: those are not fields of the input.
    const told = await as(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateOfferInput!) {
          createOffer(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          ...task,
          periodFrom: '2025-06-02',
          periodTo: '2025-06-27',
          totalMinutes: 600,
          hourlyRateYen: '1100',
          requiredTrainings: [],
        },
      },
    );
    expect(told.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { createOffer } = await ok(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateOfferInput!) {
          createOffer(input: $input) {
            id
            hourlyRateYen
            requiredItStage
            requiredTrainings
            confidential
            withholding
            recipients {
              workerId
            }
          }
        }
      `,
      {
        input: { ...task, periodFrom: '2025-06-02', periodTo: '2025-06-27', totalMinutes: 600, minimumMinutes: 120, hourlyRateYen: '1100' },
      },
    );
    // The rules are the order's, as the orders node gave them.
    expect(createOffer).toMatchObject({
      hourlyRateYen: '1100',
      requiredItStage: 'A',
      requiredTrainings: [SECURITY],
      confidential: false,
      withholding: false,
    });
    expect(createOffer.recipients).toHaveLength(1);
    const { myOffers } = await ok(
      `${ORG}-worker`,
      gql`
        {
          myOffers {
            nodes {
              id
              myResponse
            }
          }
        }
      `,
    );
    expect(myOffers.nodes).toEqual([{ id: createOffer.id, myResponse: 'PENDING' }]);
    const { acceptOffer } = await ok(
      `${ORG}-worker`,
      gql`
        mutation ($offerId: ID!) {
          acceptOffer(offerId: $offerId, minutes: 600) {
            status
            myResponse
            myAssignmentId
          }
        }
      `,
      {
        offerId: createOffer.id,
      },
    );
    expect(acceptOffer).toMatchObject({ status: 'FILLED', myResponse: 'ACCEPTED' });
    // Booked under the order's rules, with the task's details read with the director's token when the offer was made.
    const { myAssignments } = await ok(
      `${ORG}-worker`,
      gql`
        {
          myAssignments {
            id
            taskTitle
            orderTitle
            clientLabel
            hourlyRateYen
            requiredTrainings
            plannedMinutes
          }
        }
      `,
    );
    expect(myAssignments).toEqual([
      {
        id: acceptOffer.myAssignmentId,
        taskTitle: '一次入力',
        orderTitle: '検診票入力',
        clientLabel: '立科町 健康福祉課',
        hourlyRateYen: '1100',
        requiredTrainings: [SECURITY],
        plannedMinutes: 600,
      },
    ]);

    const { requestInstructionAttachmentUpload: upload } = await ok(
      `${ORG}-director`,
      gql`
        mutation ($input: RequestAttachmentUploadInput!) {
          requestInstructionAttachmentUpload(input: $input) {
            attachmentId
            uploadUrl
          }
        }
      `,
      { input: { ...task, fileName: '入力例.png' } },
    );
    const stored = await fetch(origin + upload.uploadUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: PNG,
    });
    expect(stored.status).toBe(201);
    await ok(
      `${ORG}-director`,
      gql`
        mutation ($input: PublishTaskInstructionsInput!) {
          publishTaskInstructions(input: $input) {
            version
          }
        }
      `,
      {
        input: { ...task, baseVersion: 0, bodyMarkdown: '# 入力手順\n例は添付の画像のとおり。', attachmentIds: [upload.attachmentId] },
      },
    );

    const { taskInstructions } = await ok(
      `${ORG}-worker`,
      gql`
        query ($taskOrgId: String!, $taskId: ID!) {
          taskInstructions(taskOrgId: $taskOrgId, taskId: $taskId) {
            version
            bodyMarkdown
            attachments {
              fileName
              downloadUrl
            }
          }
        }
      `,
      task,
    );
    expect(taskInstructions).toMatchObject({
      version: 1,
      bodyMarkdown: '# 入力手順\n例は添付の画像のとおり。',
      attachments: [{ fileName: '入力例.png' }],
    });
    const download = await fetch(origin + taskInstructions.attachments[0].downloadUrl);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);
    const tampered = await fetch(origin + taskInstructions.attachments[0].downloadUrl.replace(/signature=./, 'signature=_'));
    expect(tampered.status).toBe(403);

    const { askTaskQuestion } = await ok(
      `${ORG}-worker`,
      gql`
        mutation ($input: AskTaskQuestionInput!) {
          askTaskQuestion(input: $input) {
            id
          }
        }
      `,
      { input: { ...task, body: '画像の3列目は何ですか？' } },
    );
    await ok(
      `${ORG}-director`,
      gql`
        mutation ($input: AnswerTaskQuestionInput!) {
          answerTaskQuestion(input: $input) {
            id
          }
        }
      `,
      { input: { threadId: askTaskQuestion.id, body: '受付番号です。' } },
    );
    const { taskQuestionThreads } = await ok(
      `${ORG}-worker`,
      gql`
        query ($taskOrgId: String!, $taskId: ID!) {
          taskQuestionThreads(taskOrgId: $taskOrgId, taskId: $taskId) {
            unreadCount
            messages {
              body
              fromWorker
            }
          }
        }
      `,
      task,
    );
    expect(taskQuestionThreads).toEqual([
      {
        unreadCount: 1,
        messages: [
          { body: '画像の3列目は何ですか？', fromWorker: true },
          { body: '受付番号です。', fromWorker: false },
        ],
      },
    ]);
  });

  it('refuses another member’s worker and director (the gateway refuses a cross-org call before any node)', async () => {
    for (const user of ['shiojiri-worker', 'shiojiri-director']) {
      const res = await as(
        user,
        gql`
          query ($orgId: String, $taskOrgId: String!, $taskId: ID!) {
            taskInstructions(orgId: $orgId, taskOrgId: $taskOrgId, taskId: $taskId) {
              version
            }
          }
        `,
        { ...task, orgId: ORG },
      );
      expect([user, res.data?.taskInstructions ?? null, res.errors?.[0]?.extensions?.code]).toEqual([user, null, 'CROSS_ORG_REFUSED']);
    }
  });
});
