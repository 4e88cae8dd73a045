import { randomUUID } from 'node:crypto';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, GraphQLResponse, postGraphQL, tokenFor } from '@kyodo/testing';

/**
 * A worker's offer, instructions and questions through the gateway with real Keycloak tokens:
 * the director offers hours, the worker (their own token only) takes them, reads the
 * instructions, downloads the attachment over the signed link the gateway relays to the node,
 * and asks a question the director answers.
 */

const ORG = 'tateshina';
const WEEKDAYS_4H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 240 }));
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('offers, instructions and Q&A through the gateway', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let origin: string;
  const taskId = randomUUID();
  const task = { taskOrgId: ORG, taskId };

  async function as<T = Record<string, any>>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
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
    const { registerWorker } = await ok(`${ORG}-admin`, gql`mutation ($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }`, {
      input: { familyName: '蓼科', givenName: '花子', familyNameKana: 'タテシナ', givenNameKana: 'ハナコ', monthlyHourCap: 80, weeklyAvailability: WEEKDAYS_4H, ndaSignedOn: '2025-04-01', userId },
    });
    await ok(`${ORG}-director`, gql`mutation ($id: ID!) { setWorkerStatus(id: $id, status: ACTIVE) { status } }`, { id: registerWorker.id });
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  it('the worker takes offered hours, reads the instructions, downloads the attachment and gets an answer', async () => {
    const { createOffer } = await ok(`${ORG}-director`, gql`mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id recipients { workerId } } }`, {
      input: { ...task, periodFrom: '2025-06-02', periodTo: '2025-06-27', totalMinutes: 600, minimumMinutes: 120, hourlyRateYen: 1100, confidential: true },
    });
    expect(createOffer.recipients).toHaveLength(1);
    const { myOffers } = await ok(`${ORG}-worker`, gql`{ myOffers { nodes { id myResponse } } }`);
    expect(myOffers.nodes).toEqual([{ id: createOffer.id, myResponse: 'PENDING' }]);
    const { acceptOffer } = await ok(`${ORG}-worker`, gql`mutation ($offerId: ID!) { acceptOffer(offerId: $offerId, minutes: 600) { status myResponse myAssignmentId } }`, {
      offerId: createOffer.id,
    });
    expect(acceptOffer).toMatchObject({ status: 'FILLED', myResponse: 'ACCEPTED' });

    const { requestInstructionAttachmentUpload: upload } = await ok(
      `${ORG}-director`,
      gql`mutation ($input: RequestAttachmentUploadInput!) { requestInstructionAttachmentUpload(input: $input) { attachmentId uploadUrl } }`,
      { input: { ...task, fileName: '入力例.png' } },
    );
    const stored = await fetch(origin + upload.uploadUrl, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: PNG });
    expect(stored.status).toBe(201);
    await ok(`${ORG}-director`, gql`mutation ($input: PublishTaskInstructionsInput!) { publishTaskInstructions(input: $input) { version } }`, {
      input: { ...task, baseVersion: 0, bodyMarkdown: '# 入力手順\n例は添付の画像のとおり。', attachmentIds: [upload.attachmentId] },
    });

    const { taskInstructions } = await ok(`${ORG}-worker`, gql`query ($taskOrgId: String!, $taskId: ID!) { taskInstructions(taskOrgId: $taskOrgId, taskId: $taskId) { version bodyMarkdown attachments { fileName downloadUrl } } }`, task);
    expect(taskInstructions).toMatchObject({ version: 1, bodyMarkdown: '# 入力手順\n例は添付の画像のとおり。', attachments: [{ fileName: '入力例.png' }] });
    const download = await fetch(origin + taskInstructions.attachments[0].downloadUrl);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);
    const tampered = await fetch(origin + taskInstructions.attachments[0].downloadUrl.replace(/signature=./, 'signature=_'));
    expect(tampered.status).toBe(403);

    const { askTaskQuestion } = await ok(`${ORG}-worker`, gql`mutation ($input: AskTaskQuestionInput!) { askTaskQuestion(input: $input) { id } }`, { input: { ...task, body: '画像の3列目は何ですか？' } });
    await ok(`${ORG}-director`, gql`mutation ($input: AnswerTaskQuestionInput!) { answerTaskQuestion(input: $input) { id } }`, { input: { threadId: askTaskQuestion.id, body: '受付番号です。' } });
    const { taskQuestionThreads } = await ok(`${ORG}-worker`, gql`query ($taskOrgId: String!, $taskId: ID!) { taskQuestionThreads(taskOrgId: $taskOrgId, taskId: $taskId) { unreadCount messages { body fromWorker } } }`, task);
    expect(taskQuestionThreads).toEqual([{ unreadCount: 1, messages: [{ body: '画像の3列目は何ですか？', fromWorker: true }, { body: '受付番号です。', fromWorker: false }] }]);
  });

  it('refuses another member’s worker and director (the gateway refuses a cross-org call before any node)', async () => {
    for (const user of ['shiojiri-worker', 'shiojiri-director']) {
      const res = await as(user, gql`query ($orgId: String, $taskOrgId: String!, $taskId: ID!) { taskInstructions(orgId: $orgId, taskOrgId: $taskOrgId, taskId: $taskId) { version } }`, { ...task, orgId: ORG });
      expect([user, res.data?.taskInstructions ?? null, res.errors?.[0]?.extensions?.code]).toEqual([user, null, 'CROSS_ORG_REFUSED']);
    }
  });
});
