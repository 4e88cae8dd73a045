import { randomBytes, randomUUID } from 'node:crypto';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, GraphQLResponse, pdfText, postGraphQL, tokenFor } from '@kyodo/testing';
import { TestUsers } from './support/keycloak-users';

/**
 * A resident teleworker's whole month (issue #18), through the gateway with only their own
 * Keycloak token: an offer taken, its 作業委託契約 accepted, the instructions read and a question
 * answered, hours logged, one returned with its reason and corrected, the pay statement and both
 * certificates. Every step is tried by another worker of the same member and by a worker of another
 * member, and each is refused with nothing changed. The staff's part (order, offer, terms, review,
 * pay close) is done by the member's director and admin, as in the console.
 */

const ORG = 'tateshina';
const OTHER_ORG = 'shiojiri';
const SECURITY = 'SEC-BASIC';
const WEEKDAYS_4H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 240 }));
const run = randomBytes(3).toString('hex');
/** Another resident teleworker of the same member, with a login of their own. */
const COLLEAGUE = `tateshina-worker-${run}`;
/** A worker of another member. */
const STRANGER = `${OTHER_ORG}-worker`;

/** Last month in Asia/Tokyo: ended, so its pay can be closed; its days are not in the future. */
function lastMonth(): { month: string; first: string; last: string; weekdays: string[] } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date()).split('-').map(Number);
  const first = new Date(Date.UTC(month === 1 ? year - 1 : year, month === 1 ? 11 : month - 2, 1));
  const last = new Date(Date.UTC(year, month - 1, 0));
  const weekdays: string[] = [];
  for (const day = new Date(first); day <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    if (day.getUTCDay() >= 1 && day.getUTCDay() <= 5) weekdays.push(day.toISOString().slice(0, 10));
  }
  return {
    month: first.toISOString().slice(0, 7),
    first: first.toISOString().slice(0, 10),
    last: last.toISOString().slice(0, 10),
    weekdays,
  };
}

describe("a resident teleworker's month with only their own login", () => {
  const users = new TestUsers();
  const period = lastMonth();
  let consortium: RunningConsortium;
  let gw: string;
  let task: { taskOrgId: string; taskId: string };
  let workerId: string;
  let colleagueId: string;
  let calls = 0;

  async function as<T = Record<string, any>>(
    username: string,
    document: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    calls++;
    return postGraphQL<T>(gw, document, variables, await bearer(username));
  }
  async function ok<T = Record<string, any>>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await as<T>(username, document, variables);
    if (res.errors || !res.data) throw new Error(`${username}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  /** The call is refused: an error with a code, and no data of the field. */
  async function refused(username: string, document: string, variables: Record<string, unknown> = {}): Promise<string> {
    const res = await as(username, document, variables);
    const field = Object.keys(res.data ?? {})[0];
    expect([username, field ? (res.data?.[field] ?? null) : null]).toEqual([username, null]);
    const code = res.errors?.[0]?.extensions?.code;
    expect(typeof code).toBe('string');
    return code as string;
  }
  const subOf = async (username: string) =>
    JSON.parse(Buffer.from((await tokenFor(username)).split('.')[1], 'base64url').toString()).sub as string;

  beforeAll(async () => {
    consortium = await launchTestConsortium('worker_month', [ORG, OTHER_ORG]);
    gw = consortium.gatewayUrl;
    await users.create(COLLEAGUE, ORG, ['worker']);
    const register = async (userId: string, extra: Record<string, unknown>) => {
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
            familyNameKana: 'タテシナ',
            givenNameKana: 'ハナコ',
            monthlyHourCap: 80,
            weeklyAvailability: WEEKDAYS_4H,
            userId,
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
      return registerWorker.id as string;
    };
    workerId = await register(await subOf(`${ORG}-worker`), { familyName: '蓼科', givenName: '花子', ndaSignedOn: period.first });
    // The colleague has no NDA: confidential work is never offered to them.
    colleagueId = await register(await subOf(COLLEAGUE), { familyName: '蓼科', givenName: '次郎', givenNameKana: 'ジロウ' });

    // The security course the confidential order asks for, completed by the worker.
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
        input: { workerId, courseId: seedCourseCatalogue.find((c: { code: string }) => c.code === SECURITY).id },
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

    // 末日締め翌月末日払い: the member's pay calendar, which the contract terms state.
    await ok(
      `${ORG}-admin`,
      gql`
        mutation ($input: SetPaySettingsInput!) {
          setPaySettings(input: $input) {
            closingDay
          }
        }
      `,
      {
        input: {
          closingDay: 31,
          paymentMonthOffset: 1,
          paymentDay: 31,
          consignorCode: '0263520281',
          consignorNameKana: 'タテシナチヨウ',
          bankCode: '0143',
          bankNameKana: 'ハチジュウニ',
          branchCode: '301',
          branchNameKana: 'タテシナ',
          accountType: 'ORDINARY',
          accountNumber: '1234567',
        },
      },
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
      { input: { name: '立科町 住民課', sector: 'PUBLIC' } },
    );
    const { createContract } = await ok(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateContractInput!) {
          createContract(input: $input) {
            id
          }
        }
      `,
      {
        input: { clientId: createClient.id, type: 'JUNIN', ndaSigned: true, startsOn: period.first, endsOn: '2099-03-31' },
      },
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
          contractId: createContract.id,
          title: '住民票 写し 照合',
          category: 'DATA_ENTRY',
          valueYen: '200000',
          estimatedHours: 40,
          deadline: '2099-03-31',
          confidentiality: 'CONFIDENTIAL',
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
        input: { orderId: createOrder.id, title: '照合 一次', payBasis: 'HOURLY', hours: 10, payRateYen: '1100', valueYen: '20000' },
      },
    );
    task = { taskOrgId: ORG, taskId: createTask.id };
    // Only what happens from here on counts as the worker's calls.
    calls = 0;
  }, 300_000);

  afterAll(async () => {
    await users.removeAll();
    await consortium?.stop();
  });

  let offerId: string;
  let assignmentId: string;
  let termsId: string;
  let threadId: string;
  let returnedId: string;

  it('1. sees the offer made to them and takes it; the colleague and another member’s worker cannot', async () => {
    const { createOffer } = await ok(
      `${ORG}-director`,
      gql`
        mutation ($input: CreateOfferInput!) {
          createOffer(input: $input) {
            id
            confidential
            requiredTrainings
            recipients {
              workerId
            }
          }
        }
      `,
      {
        input: { ...task, periodFrom: period.first, periodTo: period.last, totalMinutes: 600, minimumMinutes: 120, hourlyRateYen: '1100' },
      },
    );
    offerId = createOffer.id;
    // The server found who may do confidential work: the worker with the NDA and the course, not the colleague.
    expect(createOffer).toMatchObject({ confidential: true, requiredTrainings: [SECURITY], recipients: [{ workerId }] });

    expect(
      (
        await ok(
          COLLEAGUE,
          gql`
            {
              myOffers {
                nodes {
                  id
                }
              }
            }
          `,
        )
      ).myOffers.nodes,
    ).toEqual([]);
    await refused(
      COLLEAGUE,
      gql`
        mutation ($offerId: ID!) {
          acceptOffer(offerId: $offerId, minutes: 600) {
            status
          }
        }
      `,
      { offerId },
    );
    expect(
      await refused(
        STRANGER,
        gql`
          mutation ($offerId: ID!, $orgId: String) {
            acceptOffer(offerId: $offerId, orgId: $orgId, minutes: 600) {
              status
            }
          }
        `,
        { offerId, orgId: ORG },
      ),
    ).toBe('CROSS_ORG_REFUSED');

    // What the work is, what it pays, when: enough to decide without asking anyone.
    const { myOffers } = await ok(
      `${ORG}-worker`,
      gql`
        {
          myOffers {
            nodes {
              id
              myResponse
              taskTitle
              orderTitle
              hourlyRateYen
              periodFrom
              periodTo
            }
          }
        }
      `,
    );
    expect(myOffers.nodes).toEqual([
      {
        id: offerId,
        myResponse: 'PENDING',
        taskTitle: '照合 一次',
        orderTitle: '住民票 写し 照合',
        hourlyRateYen: '1100',
        periodFrom: period.first,
        periodTo: period.last,
      },
    ]);
    const { acceptOffer } = await ok(
      `${ORG}-worker`,
      gql`
        mutation ($offerId: ID!) {
          acceptOffer(offerId: $offerId, minutes: 600) {
            status
            myAssignmentId
          }
        }
      `,
      { offerId },
    );
    expect(acceptOffer.status).toBe('FILLED');
    assignmentId = acceptOffer.myAssignmentId;
    const { myAssignments } = await ok(
      `${ORG}-worker`,
      gql`
        {
          myAssignments {
            id
            taskTitle
            orderTitle
            hourlyRateYen
            requiredTrainings
            withholding
          }
        }
      `,
    );
    expect(myAssignments).toEqual([
      {
        id: assignmentId,
        taskTitle: '照合 一次',
        orderTitle: '住民票 写し 照合',
        hourlyRateYen: '1100',
        requiredTrainings: [SECURITY],
        withholding: false,
      },
    ]);
    // The refusals changed nothing: the colleague has no assignment.
    expect(
      (
        await ok(
          COLLEAGUE,
          gql`
            {
              myAssignments {
                id
              }
            }
          `,
        )
      ).myAssignments,
    ).toEqual([]);
  });

  it('2. reads the 作業委託契約 as a PDF and accepts exactly those terms; hours wait for that acceptance', async () => {
    const { issueCommissionTerms } = await ok(
      `${ORG}-director`,
      gql`
        mutation ($input: IssueCommissionTermsInput!) {
          issueCommissionTerms(input: $input) {
            id
            sha256
          }
        }
      `,
      {
        input: {
          assignmentId,
          workDescription: '住民票の写しと台帳の照合（一次）',
          deliveryPlace: '立科町 テレワークセンター（オンライン納品）',
        },
      },
    );
    termsId = issueCommissionTerms.id;
    // No hours before the terms are accepted.
    expect(
      (
        await as(
          `${ORG}-worker`,
          gql`
            mutation ($input: LogTimeInput!) {
              logTime(input: $input) {
                id
              }
            }
          `,
          { input: { assignmentId, workDate: period.weekdays[0], minutes: 60, idempotencyKey: randomUUID() } },
        )
      ).errors?.[0].extensions?.code,
    ).toBe('COMMISSION_TERMS_NOT_ACCEPTED');

    const { myCommissionTerms } = await ok(
      `${ORG}-worker`,
      gql`
        {
          myCommissionTerms {
            id
            sha256
            acceptedAt
            rateYen
            workDescription
          }
        }
      `,
    );
    expect(myCommissionTerms).toEqual([
      {
        id: termsId,
        sha256: issueCommissionTerms.sha256,
        acceptedAt: null,
        rateYen: '1100',
        workDescription: '住民票の写しと台帳の照合（一次）',
      },
    ]);
    const { commissionTermsPdf } = await ok(
      `${ORG}-worker`,
      gql`
        query ($id: ID!) {
          commissionTermsPdf(id: $id) {
            contentType
            base64
          }
        }
      `,
      { id: termsId },
    );
    const text = (await pdfText(Buffer.from(commissionTermsPdf.base64, 'base64'))).replace(/\s+/g, '');
    for (const expected of [
      '作業委託契約',
      '業務の内容',
      '住民票の写しと台帳の照合（一次）',
      '報酬の額',
      '1,100',
      '支払期日',
      '立科町テレワークセンター（オンライン納品）',
    ])
      expect(text).toContain(expected);

    for (const user of [COLLEAGUE, STRANGER]) {
      await refused(
        user,
        gql`
          query ($id: ID!, $orgId: String) {
            commissionTermsPdf(id: $id, orgId: $orgId) {
              base64
            }
          }
        `,
        { id: termsId, orgId: ORG },
      );
      await refused(
        user,
        gql`
          mutation ($id: ID!, $sha: String!, $orgId: String) {
            acceptCommissionTerms(id: $id, sha256: $sha, orgId: $orgId) {
              acceptedAt
            }
          }
        `,
        { id: termsId, sha: issueCommissionTerms.sha256, orgId: ORG },
      );
    }
    const { acceptCommissionTerms } = await ok(
      `${ORG}-worker`,
      gql`
        mutation ($id: ID!, $sha: String!) {
          acceptCommissionTerms(id: $id, sha256: $sha) {
            acceptedAt
            acceptedBy
          }
        }
      `,
      {
        id: termsId,
        sha: issueCommissionTerms.sha256,
      },
    );
    expect(acceptCommissionTerms).toEqual({ acceptedAt: expect.any(String), acceptedBy: await subOf(`${ORG}-worker`) });
  });

  it('3. reads the instructions and asks a question the director answers; the others read and ask nothing', async () => {
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
        input: { ...task, baseVersion: 0, bodyMarkdown: '# 照合の手順\n1. 台帳の番号を確かめる\n2. 相違は備考へ', attachmentIds: [] },
      },
    );
    const { taskInstructions } = await ok(
      `${ORG}-worker`,
      gql`
        query ($taskOrgId: String!, $taskId: ID!) {
          taskInstructions(taskOrgId: $taskOrgId, taskId: $taskId) {
            version
            bodyMarkdown
          }
        }
      `,
      task,
    );
    expect(taskInstructions).toEqual({ version: 1, bodyMarkdown: '# 照合の手順\n1. 台帳の番号を確かめる\n2. 相違は備考へ' });

    const { askTaskQuestion } = await ok(
      `${ORG}-worker`,
      gql`
        mutation ($input: AskTaskQuestionInput!) {
          askTaskQuestion(input: $input) {
            id
          }
        }
      `,
      { input: { ...task, body: '番号が二つある行はどうしますか？' } },
    );
    threadId = askTaskQuestion.id;
    for (const user of [COLLEAGUE, STRANGER]) {
      await refused(
        user,
        gql`
          query ($taskOrgId: String!, $taskId: ID!, $orgId: String) {
            taskInstructions(taskOrgId: $taskOrgId, taskId: $taskId, orgId: $orgId) {
              version
            }
          }
        `,
        { ...task, orgId: ORG },
      );
      await refused(
        user,
        gql`
          mutation ($input: AskTaskQuestionInput!, $orgId: String) {
            askTaskQuestion(input: $input, orgId: $orgId) {
              id
            }
          }
        `,
        { input: { ...task, body: '私も質問' }, orgId: ORG },
      );
    }
    await ok(
      `${ORG}-director`,
      gql`
        mutation ($input: AnswerTaskQuestionInput!) {
          answerTaskQuestion(input: $input) {
            id
          }
        }
      `,
      { input: { threadId, body: '上の番号を使い、備考に下の番号を書いてください。' } },
    );
    const { taskQuestionThreads } = await ok(
      `${ORG}-worker`,
      gql`
        query ($taskOrgId: String!, $taskId: ID!) {
          taskQuestionThreads(taskOrgId: $taskOrgId, taskId: $taskId) {
            id
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
        id: threadId,
        messages: [
          { body: '番号が二つある行はどうしますか？', fromWorker: true },
          { body: '上の番号を使い、備考に下の番号を書いてください。', fromWorker: false },
        ],
      },
    ]);
  });

  it('4. logs hours (an ordinary day takes two API calls after login), sees one returned with its reason, and corrects it', async () => {
    const LOG = gql`
      mutation ($input: LogTimeInput!) {
        logTime(input: $input) {
          id
          status
          payMonth
        }
      }
    `;
    // An ordinary day: what is my work, then log it.
    const before = calls;
    const { myAssignments } = await ok(
      `${ORG}-worker`,
      gql`
        {
          myAssignments {
            id
            taskTitle
            plannedMinutes
            loggedMinutes
          }
        }
      `,
    );
    const day1 = (
      await ok(`${ORG}-worker`, LOG, {
        input: { assignmentId: myAssignments[0].id, workDate: period.weekdays[0], minutes: 120, idempotencyKey: randomUUID() },
      })
    ).logTime;
    const dayCalls = calls - before;
    expect(dayCalls).toBe(2);
    console.log(`[worker month] an ordinary day's hours: ${dayCalls} API calls after login (myAssignments, logTime)`);
    // A retry over a bad connection with the same key logs nothing new.
    const key = randomUUID();
    const day2 = (
      await ok(`${ORG}-worker`, LOG, { input: { assignmentId, workDate: period.weekdays[1], minutes: 90, idempotencyKey: key } })
    ).logTime;
    expect(
      (await ok(`${ORG}-worker`, LOG, { input: { assignmentId, workDate: period.weekdays[1], minutes: 90, idempotencyKey: key } })).logTime
        .id,
    ).toBe(day2.id);

    for (const user of [COLLEAGUE, STRANGER]) {
      await refused(
        user,
        gql`
          mutation ($input: LogTimeInput!, $orgId: String) {
            logTime(input: $input, orgId: $orgId) {
              id
            }
          }
        `,
        { input: { assignmentId, workDate: period.weekdays[2], minutes: 60, idempotencyKey: randomUUID() }, orgId: ORG },
      );
    }
    await ok(
      `${ORG}-director`,
      gql`
        mutation ($id: ID!) {
          approveTimeEntry(id: $id) {
            status
          }
        }
      `,
      { id: day1.id },
    );
    await ok(
      `${ORG}-director`,
      gql`
        mutation ($id: ID!, $comment: String!) {
          returnTimeEntry(id: $id, comment: $comment) {
            status
          }
        }
      `,
      { id: day2.id, comment: '90分は多すぎます。実際の時間で入れ直してください。' },
    );
    returnedId = day2.id;

    const { myTimeEntries } = await ok(
      `${ORG}-worker`,
      gql`
        query ($month: String) {
          myTimeEntries(month: $month) {
            id
            status
            minutes
            reviewComment
          }
        }
      `,
      { month: period.month },
    );
    expect(myTimeEntries).toEqual(
      expect.arrayContaining([
        { id: day1.id, status: 'APPROVED', minutes: 120, reviewComment: null },
        { id: returnedId, status: 'RETURNED', minutes: 90, reviewComment: '90分は多すぎます。実際の時間で入れ直してください。' },
      ]),
    );
    // The colleague sees none of it; the other member's worker cannot name this member.
    expect(
      (
        await ok(
          COLLEAGUE,
          gql`
            {
              myTimeEntries {
                id
              }
            }
          `,
        )
      ).myTimeEntries,
    ).toEqual([]);
    expect(
      await refused(
        STRANGER,
        gql`
          query ($orgId: String) {
            myTimeEntries(orgId: $orgId) {
              id
              reviewComment
            }
          }
        `,
        { orgId: ORG },
      ),
    ).toBe('CROSS_ORG_REFUSED');

    const corrected = (
      await ok(`${ORG}-worker`, LOG, {
        input: { assignmentId, workDate: period.weekdays[1], minutes: 60, correctsEntryId: returnedId, idempotencyKey: randomUUID() },
      })
    ).logTime;
    expect(corrected).toMatchObject({ status: 'SUBMITTED', payMonth: period.month });
    await ok(
      `${ORG}-director`,
      gql`
        mutation ($id: ID!) {
          approveTimeEntry(id: $id) {
            status
          }
        }
      `,
      { id: corrected.id },
    );
  });

  it('5. sees the pay statement and downloads both certificates; the others get none of them', async () => {
    await ok(
      `${ORG}-admin`,
      gql`
        mutation ($month: String!) {
          closePayMonth(month: $month) {
            statementCount
          }
        }
      `,
      { month: period.month },
    );
    const { myPayStatements } = await ok(
      `${ORG}-worker`,
      gql`
        {
          myPayStatements {
            month
            minutes
            grossYen
            netYen
          }
        }
      `,
    );
    // 120 + 60 approved minutes at ¥1,100 an hour.
    expect(myPayStatements).toEqual([{ month: period.month, minutes: 180, grossYen: '3300', netYen: '3300' }]);
    const range = { from: period.month, to: period.month };
    for (const field of ['myWorkCertificate', 'myPaymentCertificate']) {
      const data = await ok(
        `${ORG}-worker`,
        `query ($from: String!, $to: String!) { ${field}(from: $from, to: $to) { contentType base64 } }`,
        range,
      );
      expect(data[field].contentType).toBe('application/pdf');
      const text = (await pdfText(Buffer.from(data[field].base64, 'base64'))).replace(/\s+/g, '');
      expect(text).toContain('蓼科');
    }
    expect(
      (
        await ok(
          COLLEAGUE,
          gql`
            {
              myPayStatements {
                month
              }
            }
          `,
        )
      ).myPayStatements,
    ).toEqual([]);
    for (const user of [COLLEAGUE, STRANGER]) {
      await refused(
        user,
        gql`
          query ($workerId: ID!, $from: String!, $to: String!, $orgId: String) {
            workCertificate(workerId: $workerId, from: $from, to: $to, orgId: $orgId) {
              base64
            }
          }
        `,
        { workerId, ...range, orgId: ORG },
      );
    }
    expect(
      await refused(
        STRANGER,
        gql`
          query ($from: String!, $to: String!, $orgId: String) {
            myPaymentCertificate(from: $from, to: $to, orgId: $orgId) {
              base64
            }
          }
        `,
        { ...range, orgId: ORG },
      ),
    ).toBe('CROSS_ORG_REFUSED');
    // The colleague's own certificate is theirs: none of the worker's pay is on it.
    const own = await ok(
      COLLEAGUE,
      gql`
        query ($from: String!, $to: String!) {
          myPaymentCertificate(from: $from, to: $to) {
            base64
          }
        }
      `,
      range,
    );
    expect((await pdfText(Buffer.from(own.myPaymentCertificate.base64, 'base64'))).replace(/\s+/g, '')).not.toContain('3,300');
    expect(colleagueId).not.toBe(workerId);
  });

  it('6. was told of each step in their notifications; the colleague of none of them', async () => {
    const kinds = async (user: string) =>
      (
        await ok(
          user,
          gql`
            {
              myNotifications {
                kind
              }
            }
          `,
        )
      ).myNotifications.map((n: { kind: string }) => n.kind);
    expect(await kinds(`${ORG}-worker`)).toEqual(
      expect.arrayContaining(['OFFER_NEW', 'ASSIGNMENT_CREATED', 'QUESTION_ANSWERED', 'TIME_ENTRY_RETURNED', 'PAY_STATEMENT_READY']),
    );
    expect(await kinds(COLLEAGUE)).toEqual([]);
    expect(
      await refused(
        STRANGER,
        gql`
          query ($orgId: String) {
            myNotifications(orgId: $orgId) {
              kind
            }
          }
        `,
        { orgId: ORG },
      ),
    ).toBe('CROSS_ORG_REFUSED');
  });
});
