import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { forgetMemberIdentity, keycloakAdminRequest, launchTestConsortium, REPO_ROOT, RunningConsortium } from '@kyodo/consortium-tools';
import { actorsFor, DEFAULT_DELEGATED_FUNCTIONS, DEFAULT_OPERATOR_CONFIRMATIONS, DelegatedActor, delegatedFunctionOf } from '@kyodo/domain';
import { decodeJwtPayload, passwordToken } from '@kyodo/keycloak-tools';
import { gql, GraphQLResponse, postGraphQL, testKeycloakUrl } from '@kyodo/testing';
import { TestUsers } from './support/keycloak-users';

/**
 * A municipality-run member and its partner operator working together (#17 item 1), against the
 * real Keycloak and gateway with real tokens. Omachi (大町市) is onboarded with the same command
 * as `nx run consortium:onboard` (the demo's member file), hosted on Shiojiri's nodes. Onboarding
 * gives Shiojiri's directors and org-admins `operator_for: omachi` through the Keycloak group
 * operators-of-omachi. Then the town's staff and the operator's staff together take an order,
 * staff it, approve hours, close pay and invoice. The town's staff see nothing of the operator's
 * other members. A table shows, per delegated function and for a few operations the town keeps,
 * who may act. Suspending the town takes the claim away from the operator's tokens; resuming
 * gives it back.
 */

/** A GraphQL answer's data, read field by field in the steps below. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes, each asserted where it is read
type Data = Record<string, any>;

const TOWN = 'omachi';
const OPERATOR = 'shiojiri';
/** Another member Shiojiri operates (its own nodes, as in the demo). */
const SIBLING = 'tateshina';
const run = randomBytes(3).toString('hex');
const TOWN_ADMIN = `${TOWN}-admin`;
const TOWN_DIRECTOR = `${TOWN}-director`;
const TOWN_WORKER = `${TOWN}-worker`;
const OPERATOR_DIRECTOR = `${OPERATOR}-director`;
const OPERATOR_ADMIN = `${OPERATOR}-admin`;
/** Joins the operator after the town was onboarded: the operator's admin has not put them in the group. */
const LATE_STAFF = `${OPERATOR}-late-${run}`;

/** The refusals that say who the caller is not (as opposed to a business rule of the function). */
const WHO_REFUSALS = ['FORBIDDEN', 'CROSS_ORG_REFUSED', 'OPERATOR_CONFIRMATION_REQUIRED', 'FEATURE_NOT_IN_OPERATING_FORM'];

/** Last month in Asia/Tokyo: ended, so its pay can be closed; its days are not in the future. */
function lastMonth(): { month: string; first: string; last: string; weekday: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date()).split('-').map(Number);
  const first = new Date(Date.UTC(month === 1 ? year - 1 : year, month === 1 ? 11 : month - 2, 1));
  const last = new Date(Date.UTC(year, month - 1, 0));
  const day = new Date(first);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return {
    month: first.toISOString().slice(0, 7),
    first: first.toISOString().slice(0, 10),
    last: last.toISOString().slice(0, 10),
    weekday: day.toISOString().slice(0, 10),
  };
}
const PERIOD = lastMonth();
const THIS_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date()).slice(0, 7);
const FISCAL_YEAR = (() => {
  const [y, m] = THIS_MONTH.split('-').map(Number);
  return m >= 4 ? y : y - 1;
})();

describe('a municipality-run member and its partner operator, with real tokens', () => {
  const users = new TestUsers();
  const tokens = new Map<string, Promise<string>>();
  let consortium: RunningConsortium;
  let gw: string;
  /** What the flow made, for the table and the isolation checks. */
  const made = {
    clientId: '',
    contractId: '',
    orderId: '',
    taskId: '',
    workerId: '',
    assignmentId: '',
    timeEntryId: '',
    invoiceId: '',
    siblingOrderTitle: `立科町 案件 ${run}`,
    operatorOrderTitle: `塩尻市 案件 ${run}`,
    operatorWorkerName: `塩尻${run}`,
  };

  /** A fresh password-grant token per user (cached until `forgetTokens`: group changes show in the next token only). */
  function token(username: string): Promise<string> {
    let pending = tokens.get(username);
    if (!pending) {
      pending = passwordToken(testKeycloakUrl(), username, `demo-${username}`).then((t) => t.access_token);
      tokens.set(username, pending);
    }
    return pending;
  }
  const forgetTokens = () => tokens.clear();
  const operatorFor = async (username: string) =>
    (decodeJwtPayload<{ operator_for?: string[] }>(await token(username)).operator_for ?? []).sort();

  async function as<T = Data>(
    username: string,
    document: string,
    variables: Record<string, unknown> = {},
    url = gw,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    return postGraphQL<T>(url, document, variables, { authorization: `Bearer ${await token(username)}`, ...headers });
  }
  async function ok<T = Data>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await as<T>(username, document, variables);
    if (res.errors || !res.data) throw new Error(`${username}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }
  /** Refused: an error with one of `codes` and no data of the field. */
  async function refused(username: string, document: string, variables: Record<string, unknown>, codes: string[]): Promise<void> {
    const res = await as(username, document, variables);
    const field = Object.keys(res.data ?? {})[0];
    expect({ username, data: field ? (res.data?.[field] ?? null) : null, code: res.errors?.[0]?.extensions?.code }).toEqual({
      username,
      data: null,
      code: expect.stringMatching(new RegExp(`^(${codes.join('|')})$`)),
    });
  }
  const subOf = async (username: string) => decodeJwtPayload(await token(username)).sub as string;

  beforeAll(async () => {
    await forgetMemberIdentity(testKeycloakUrl(), TOWN, [TOWN_ADMIN, TOWN_DIRECTOR, TOWN_WORKER]);
    consortium = await launchTestConsortium('municipality_run', [OPERATOR, SIBLING], {
      // Shiojiri's nodes may host Omachi (HOSTED_ORG_IDS) and let Shiojiri's staff act for both towns it operates (OPERATED_BY).
      hosted: { [OPERATOR]: [TOWN] },
      operatedBy: { [SIBLING]: OPERATOR, [TOWN]: OPERATOR },
      consortiumEnv: {
        NODE_CHECK_INTERVAL_MS: '0',
        KYODO_MEMBER_FORMS: JSON.stringify({
          [OPERATOR]: { operatingForm: 'CORPORATE_EXPANDED' },
          [SIBLING]: { operatingForm: 'MUNICIPALITY_RUN', partnerOperatorId: OPERATOR },
        }),
      },
    });
    gw = consortium.gatewayUrl;
  }, 300_000);

  afterAll(async () => {
    await users.removeAll();
    await consortium?.stop();
    await forgetMemberIdentity(testKeycloakUrl(), TOWN, [TOWN_ADMIN, TOWN_DIRECTOR, TOWN_WORKER]);
  });

  it('onboards Omachi hosted on Shiojiri with the one command `nx run consortium:onboard` runs', async () => {
    const started = performance.now();
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'tools/consortium/src/onboard/cli.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', GATEWAY_URL: gw, KEYCLOAK_URL: testKeycloakUrl() },
      timeout: 120_000,
    });
    console.log(`[municipality-run] onboarding took ${((performance.now() - started) / 1000).toFixed(1)} s:\n${stdout}`);
    expect(stdout).toContain(`大町市 (${TOWN}): COMPLETED`);
    expect(stdout).toContain(`partner operator ${OPERATOR}`);
    expect(stdout).toContain(`hosted on ${OPERATOR}'s nodes`);
    expect(stdout).toContain(`operators-of-${TOWN}`);

    // The town's first admin sets a password (here through the admin API); its director and a resident teleworker get logins.
    const [admin] = await keycloakAdminRequest<{ id: string }[]>(testKeycloakUrl(), `/users?username=${TOWN_ADMIN}&exact=true`);
    await keycloakAdminRequest(testKeycloakUrl(), `/users/${admin.id}/reset-password`, {
      method: 'PUT',
      body: JSON.stringify({ type: 'password', value: `demo-${TOWN_ADMIN}`, temporary: false }),
    });
    await users.create(TOWN_DIRECTOR, TOWN, ['director']);
    await users.create(TOWN_WORKER, TOWN, ['worker']);
    await users.create(LATE_STAFF, OPERATOR, ['director']);
  });

  it("gives the operator's directors and org-admins operator_for the town, and nobody else", async () => {
    forgetTokens();
    // shiojiri-director already acted for tateshina (the demo realm's operators-of-tateshina); now for omachi too.
    expect(await operatorFor(OPERATOR_DIRECTOR)).toEqual([TOWN, SIBLING].sort());
    expect(await operatorFor(OPERATOR_ADMIN)).toEqual([TOWN]);
    // Not the operator's workers, not staff who joined after onboarding, not the town's own staff, not the other town's.
    for (const username of [`${OPERATOR}-worker`, LATE_STAFF, TOWN_ADMIN, TOWN_DIRECTOR, `${SIBLING}-director`])
      expect([username, await operatorFor(username)]).toEqual([username, []]);
    // Membership in the operator's organization only: nobody's token names two organizations.
    expect(decodeJwtPayload<{ organization?: string[] }>(await token(OPERATOR_ADMIN)).organization).toEqual([OPERATOR]);
    expect(decodeJwtPayload<{ organization?: string[] }>(await token(TOWN_DIRECTOR)).organization).toEqual([TOWN]);
  });

  it('takes an order together: the town sells and creates it, the operator signs the contract and checks feasibility', async () => {
    // What the operator's other members do meanwhile, which the town must never see.
    const siblingClient = await ok(
      `${SIBLING}-director`,
      gql`
        mutation {
          createClient(input: { name: "立科町 企画課", sector: PUBLIC }) {
            id
          }
        }
      `,
    );
    await ok(
      `${SIBLING}-director`,
      gql`
        mutation ($input: CreateOrderInput!) {
          createOrder(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          clientId: siblingClient.createClient.id,
          title: made.siblingOrderTitle,
          category: 'DATA_ENTRY',
          valueYen: '50000',
          estimatedHours: 4,
          deadline: '2099-03-31',
        },
      },
    );
    const operatorClient = await ok(
      OPERATOR_DIRECTOR,
      gql`
        mutation {
          createClient(input: { name: "塩尻市 企画課", sector: PUBLIC }) {
            id
          }
        }
      `,
    );
    await ok(
      OPERATOR_DIRECTOR,
      gql`
        mutation ($input: CreateOrderInput!) {
          createOrder(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          clientId: operatorClient.createClient.id,
          title: made.operatorOrderTitle,
          category: 'DATA_ENTRY',
          valueYen: '50000',
          estimatedHours: 4,
          deadline: '2099-03-31',
        },
      },
    );
    await ok(
      OPERATOR_ADMIN,
      gql`
        mutation ($input: RegisterWorkerInput!) {
          registerWorker(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          familyName: made.operatorWorkerName,
          givenName: '一郎',
          familyNameKana: 'シオジリ',
          givenNameKana: 'イチロウ',
          monthlyHourCap: 40,
        },
      },
    );

    // The town's admin sets up its programme: the issuer printed on invoices is the operator (the town is no legal entity), and the pay calendar.
    await ok(
      TOWN_ADMIN,
      gql`
        mutation ($input: SetInvoiceSettingsInput!) {
          setInvoiceSettings(input: $input) {
            orgId
          }
        }
      `,
      {
        input: {
          issuerName: '一般財団法人 塩尻市振興公社（大町市 地域就労支援事業）',
          registrationNumber: 'T4000020202150',
          address: '長野県塩尻市大門七番町3-3',
          bankName: '八十二銀行',
          bankBranch: '塩尻支店',
          bankAccountType: 'ORDINARY',
          bankAccountNumber: '7654321',
          bankAccountHolder: 'ザイ）シオジリシシンコウコウシヤ',
        },
      },
    );
    await ok(
      TOWN_ADMIN,
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
          consignorCode: '0263520280',
          consignorNameKana: 'シオジリシシンコウコウシャ',
          bankCode: '0143',
          bankNameKana: 'ハチジュウニ',
          branchCode: '301',
          branchNameKana: 'シオジリ',
          accountType: 'ORDINARY',
          accountNumber: '3141592',
        },
      },
    );
    // The town's director registers its resident teleworker (worker care stays with the town).
    const worker = await ok(
      TOWN_DIRECTOR,
      gql`
        mutation ($input: RegisterWorkerInput!) {
          registerWorker(input: $input) {
            id
            orgId
          }
        }
      `,
      {
        input: {
          familyName: '大町',
          givenName: '花子',
          familyNameKana: 'オオマチ',
          givenNameKana: 'ハナコ',
          address: '長野県大町市大町3887',
          monthlyHourCap: 80,
          weeklyAvailability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 240 })),
          userId: await subOf(TOWN_WORKER),
          ndaSignedOn: PERIOD.first,
        },
      },
    );
    expect(worker.registerWorker.orgId).toBe(TOWN);
    made.workerId = worker.registerWorker.id;
    await ok(
      TOWN_DIRECTOR,
      gql`
        mutation ($id: ID!) {
          setWorkerStatus(id: $id, status: ACTIVE) {
            status
          }
        }
      `,
      { id: made.workerId },
    );

    // 営業: the town finds the client; 契約: the operator signs the contract for the town, in the town's data.
    const client = await ok(
      TOWN_DIRECTOR,
      gql`
        mutation {
          createClient(input: { name: "大町市 総務課", sector: PUBLIC }) {
            id
            orgId
          }
        }
      `,
    );
    made.clientId = client.createClient.id;
    const contract = await ok(
      OPERATOR_DIRECTOR,
      gql`
        mutation ($input: CreateContractInput!) {
          createContract(orgId: "omachi", input: $input) {
            id
            orgId
          }
        }
      `,
      { input: { clientId: made.clientId, type: 'JUNIN', ndaSigned: true, startsOn: PERIOD.first, endsOn: '2099-03-31' } },
    );
    expect(contract.createContract.orgId).toBe(TOWN);
    made.contractId = contract.createContract.id;
    const order = await ok(
      TOWN_DIRECTOR,
      gql`
        mutation ($input: CreateOrderInput!) {
          createOrder(input: $input) {
            id
            orgId
            status
          }
        }
      `,
      {
        input: {
          clientId: made.clientId,
          contractId: made.contractId,
          title: '大町市 議会議事録 作成',
          category: 'DATA_ENTRY',
          valueYen: '100000',
          estimatedHours: 4,
          deadline: '2099-03-31',
        },
      },
    );
    expect(order.createOrder).toMatchObject({ orgId: TOWN, status: 'INQUIRY' });
    made.orderId = order.createOrder.id;
    // 受託確認 by the operator, for the town: from the town's own workers' capacity.
    const check = await ok(
      OPERATOR_DIRECTOR,
      gql`
        mutation ($orderId: ID!) {
          checkFeasibility(orgId: "omachi", orderId: $orderId) {
            orgId
            verdict
          }
        }
      `,
      { orderId: made.orderId },
    );
    expect(check.checkFeasibility).toEqual({ orgId: TOWN, verdict: 'FEASIBLE' });
    const { order: checked } = await ok(
      TOWN_DIRECTOR,
      gql`
        query ($id: ID!) {
          order(id: $id) {
            status
          }
        }
      `,
      { id: made.orderId },
    );
    expect(checked.status).toBe('FEASIBILITY_CHECKED');
  });

  it('staffs it: the operator issues the basic contract, books the worker and issues the commission terms; the worker accepts and logs hours', async () => {
    for (const to of ['CONTRACTED', 'IN_PROGRESS'])
      await ok(
        TOWN_DIRECTOR,
        gql`
          mutation ($id: ID!, $to: OrderStatus!) {
            transitionOrder(id: $id, to: $to) {
              status
            }
          }
        `,
        { id: made.orderId, to },
      );
    const task = await ok(
      TOWN_DIRECTOR,
      gql`
        mutation ($input: CreateTaskInput!) {
          createTask(input: $input) {
            id
          }
        }
      `,
      { input: { orderId: made.orderId, title: '議事録 起こし', payBasis: 'HOURLY', hours: 2, payRateYen: '1100', valueYen: '50000' } },
    );
    made.taskId = task.createTask.id;

    // 基本契約: an org-admin's act, here the operator's admin for the town.
    const basic = await ok(
      OPERATOR_ADMIN,
      gql`
        mutation ($input: IssueBasicContractInput!) {
          issueBasicContract(orgId: "omachi", input: $input) {
            orgId
            workerId
            version
          }
        }
      `,
      {
        input: {
          workerId: made.workerId,
          title: '業務委託基本契約書（大町市 地域就労支援事業）',
          body: '第1条 本契約は委託業務の基本条件を定める。',
        },
      },
    );
    expect(basic.issueBasicContract).toEqual({ orgId: TOWN, workerId: made.workerId, version: 1 });
    // アサイン and 作業委託契約 by the operator's director.
    const assignment = await ok(
      OPERATOR_DIRECTOR,
      gql`
        mutation ($input: CreateAssignmentInput!) {
          createAssignment(orgId: "omachi", input: $input) {
            id
            orgId
          }
        }
      `,
      {
        input: {
          workerId: made.workerId,
          taskOrgId: TOWN,
          taskId: made.taskId,
          periodFrom: PERIOD.first,
          periodTo: PERIOD.last,
          plannedMinutes: 120,
          hourlyRateYen: '1100',
        },
      },
    );
    expect(assignment.createAssignment.orgId).toBe(TOWN);
    made.assignmentId = assignment.createAssignment.id;
    const terms = await ok(
      OPERATOR_DIRECTOR,
      gql`
        mutation ($input: IssueCommissionTermsInput!) {
          issueCommissionTerms(orgId: "omachi", input: $input) {
            id
            sha256
          }
        }
      `,
      {
        input: {
          assignmentId: made.assignmentId,
          workDescription: '議会議事録の文字起こし',
          deliveryPlace: '大町市 総務課（オンライン納品）',
        },
      },
    );
    await ok(
      TOWN_WORKER,
      gql`
        mutation ($id: ID!, $sha: String!) {
          acceptCommissionTerms(id: $id, sha256: $sha) {
            acceptedAt
          }
        }
      `,
      { id: terms.issueCommissionTerms.id, sha: terms.issueCommissionTerms.sha256 },
    );
    const logged = await ok(
      TOWN_WORKER,
      gql`
        mutation ($input: LogTimeInput!) {
          logTime(input: $input) {
            id
            orgId
            status
          }
        }
      `,
      { input: { assignmentId: made.assignmentId, workDate: PERIOD.weekday, minutes: 120, idempotencyKey: randomUUID() } },
    );
    expect(logged.logTime).toMatchObject({ orgId: TOWN, status: 'SUBMITTED' });
    made.timeEntryId = logged.logTime.id;
  });

  it("approves the hours (the town's director), and closes pay only by the operator's hand", async () => {
    const approved = await ok(
      TOWN_DIRECTOR,
      gql`
        mutation ($id: ID!) {
          approveTimeEntry(id: $id) {
            status
          }
        }
      `,
      { id: made.timeEntryId },
    );
    expect(approved.approveTimeEntry.status).toBe('APPROVED');
    const CLOSE = gql`
      mutation ($month: String!, $orgId: String) {
        closePayMonth(orgId: $orgId, month: $month) {
          orgId
          statementCount
          grossYen
        }
      }
    `;
    // 支払い is the operator's to confirm: the town's staff are refused before anything is written.
    await refused(TOWN_DIRECTOR, CLOSE, { month: PERIOD.month }, ['OPERATOR_CONFIRMATION_REQUIRED']);
    await refused(TOWN_ADMIN, CLOSE, { month: PERIOD.month }, ['OPERATOR_CONFIRMATION_REQUIRED']);
    // Staff of the operator whom nobody put in the town's group are refused by the node that serves the town.
    await refused(LATE_STAFF, CLOSE, { month: PERIOD.month, orgId: TOWN }, ['FORBIDDEN']);
    const closed = await ok(OPERATOR_DIRECTOR, CLOSE, { month: PERIOD.month, orgId: TOWN });
    // 120 approved minutes at ¥1,100 an hour.
    expect(closed.closePayMonth).toEqual({ orgId: TOWN, statementCount: 1, grossYen: '2200' });
    // The town's staff read the result (支払い reads are for both); the act is audited as the operator's, for the town.
    const statements = await ok(
      TOWN_DIRECTOR,
      gql`
        query ($month: String!) {
          payStatements(month: $month) {
            workerId
            grossYen
          }
        }
      `,
      { month: PERIOD.month },
    );
    expect(statements.payStatements).toEqual([{ workerId: made.workerId, grossYen: '2200' }]);
    const audit = await ok(
      TOWN_ADMIN,
      gql`
        {
          auditLog(action: "pay-month.close") {
            nodes {
              action
              detail
            }
          }
        }
      `,
    );
    expect(audit.auditLog.nodes).toHaveLength(1);
    expect(JSON.parse(audit.auditLog.nodes[0].detail).actingFor).toEqual({ operator: OPERATOR, member: TOWN });
  });

  it('delivers (the town) and invoices only by the operator’s hand', async () => {
    await ok(
      TOWN_DIRECTOR,
      gql`
        mutation ($id: ID!) {
          passTask(id: $id) {
            status
          }
        }
      `,
      { id: made.taskId },
    );
    const delivery = await ok(
      TOWN_DIRECTOR,
      gql`
        mutation ($orderId: String!) {
          deliverOrder(input: { orderId: $orderId }) {
            id
          }
        }
      `,
      { orderId: made.orderId },
    );
    await ok(
      TOWN_DIRECTOR,
      gql`
        mutation ($id: ID!) {
          acceptDelivery(id: $id) {
            id
          }
        }
      `,
      { id: delivery.deliverOrder.id },
    );
    const ISSUE = gql`
      mutation ($input: IssueInvoiceInput!, $orgId: String) {
        issueInvoice(orgId: $orgId, input: $input) {
          id
          orgId
          subtotalYen
          taxYen
          totalYen
          lines {
            orderId
          }
        }
      }
    `;
    const input = { clientId: made.clientId, orderIds: [made.orderId] };
    await refused(TOWN_DIRECTOR, ISSUE, { input }, ['OPERATOR_CONFIRMATION_REQUIRED']);
    await refused(LATE_STAFF, ISSUE, { input, orgId: TOWN }, ['FORBIDDEN']);
    const invoice = await ok(OPERATOR_DIRECTOR, ISSUE, { input, orgId: TOWN });
    expect(invoice.issueInvoice).toEqual({
      id: expect.any(String),
      orgId: TOWN,
      subtotalYen: '100000',
      taxYen: '10000',
      totalYen: '110000',
      lines: [{ orderId: made.orderId }],
    });
    made.invoiceId = invoice.issueInvoice.id;
    // The town follows its invoice (請求 reads are for both); the order is invoiced.
    const seen = await ok(
      TOWN_DIRECTOR,
      gql`
        query ($fy: Int!, $id: ID!) {
          invoices(fiscalYear: $fy) {
            id
          }
          order(id: $id) {
            status
          }
        }
      `,
      { fy: FISCAL_YEAR, id: made.orderId },
    );
    expect(seen).toEqual({ invoices: [{ id: made.invoiceId }], order: { status: 'INVOICED' } });
  });

  it("never shows the town's staff the operator's or its other town's orders and workers", async () => {
    const ORDERS = gql`
      query ($orgId: String) {
        orders(orgId: $orgId, first: 100) {
          nodes {
            orgId
            title
          }
        }
      }
    `;
    const WORKERS = gql`
      query ($orgId: String) {
        workers(orgId: $orgId, first: 100) {
          nodes {
            orgId
            familyName
          }
        }
      }
    `;
    for (const username of [TOWN_DIRECTOR, TOWN_ADMIN]) {
      // Naming the operator or its other town: refused at the gateway.
      for (const orgId of [OPERATOR, SIBLING]) {
        await refused(username, ORDERS, { orgId }, ['CROSS_ORG_REFUSED']);
        await refused(username, WORKERS, { orgId }, ['CROSS_ORG_REFUSED']);
      }
      // Its own lists, on the operator's nodes: the town's rows only.
      const own = await ok(username, ORDERS);
      expect(own.orders.nodes).toEqual([{ orgId: TOWN, title: '大町市 議会議事録 作成' }]);
      const workers = await ok(username, WORKERS);
      expect(workers.workers.nodes).toEqual([{ orgId: TOWN, familyName: '大町' }]);
      // Straight at the operator's node (which hosts the town), naming the operator: the node refuses.
      for (const [subgraph, document] of [
        ['orders', ORDERS],
        ['workers', WORKERS],
      ] as const) {
        const direct = await as(username, document, {}, consortium.node(OPERATOR, subgraph).url, { 'x-kyodo-org': OPERATOR });
        expect([username, subgraph, direct.errors?.[0]?.extensions?.code, JSON.stringify(direct.data ?? null)]).toEqual([
          username,
          subgraph,
          'FORBIDDEN',
          expect.not.stringMatching(new RegExp(`${made.operatorOrderTitle}|${made.operatorWorkerName}`)),
        ]);
      }
    }
    // And the operator's staff see the town's data only through the delegated functions, never in their own lists.
    const operatorOwn = await ok(OPERATOR_DIRECTOR, ORDERS);
    expect(operatorOwn.orders.nodes).toEqual([{ orgId: OPERATOR, title: made.operatorOrderTitle }]);
  });

  /**
   * Who may do what for the town: per delegated function an operation (with `actorsFor`, the
   * policy in libs/domain, agreeing), and operations the town keeps. "may" means the call got past
   * every who-rule: an answer, or a business refusal of the function itself (a made-up id, a month
   * not ended) with nothing written.
   */
  describe('who may act for the town', () => {
    const delegation = {
      operatorId: OPERATOR,
      functions: DEFAULT_DELEGATED_FUNCTIONS,
      confirmations: DEFAULT_OPERATOR_CONFIRMATIONS,
    };
    const NO_ID = randomUUID();
    interface Row {
      coordinate: string;
      expected: DelegatedActor;
      document: string;
      variables: () => Record<string, unknown>;
      /** Who tries, by default both sides' directors (an org-admin act: both sides' admins). */
      town?: string;
      operator?: string;
    }
    const rows: Row[] = [
      {
        coordinate: 'Query.orders',
        expected: 'BOTH',
        document: gql`
          query ($orgId: String) {
            orders(orgId: $orgId) {
              nodes {
                id
              }
            }
          }
        `,
        variables: () => ({}),
      },
      {
        coordinate: 'Mutation.checkFeasibility',
        expected: 'BOTH',
        document: gql`
          mutation ($orgId: String, $id: ID!) {
            checkFeasibility(orgId: $orgId, orderId: $id) {
              id
            }
          }
        `,
        variables: () => ({ id: NO_ID }),
      },
      {
        coordinate: 'Mutation.createContract',
        expected: 'BOTH',
        document: gql`
          mutation ($orgId: String, $input: CreateContractInput!) {
            createContract(orgId: $orgId, input: $input) {
              id
            }
          }
        `,
        variables: () => ({ input: { clientId: made.clientId, type: 'UKEOI', startsOn: '2027-04-01', endsOn: '2028-03-31' } }),
      },
      {
        coordinate: 'Query.contracts',
        expected: 'BOTH',
        document: gql`
          query ($orgId: String) {
            contracts(orgId: $orgId) {
              id
            }
          }
        `,
        variables: () => ({}),
      },
      {
        coordinate: 'Query.invoices',
        expected: 'BOTH',
        document: gql`
          query ($orgId: String, $fy: Int!) {
            invoices(orgId: $orgId, fiscalYear: $fy) {
              id
            }
          }
        `,
        variables: () => ({ fy: FISCAL_YEAR }),
      },
      {
        coordinate: 'Mutation.issueInvoice',
        expected: 'OPERATOR_ONLY',
        document: gql`
          mutation ($orgId: String, $input: IssueInvoiceInput!) {
            issueInvoice(orgId: $orgId, input: $input) {
              id
            }
          }
        `,
        variables: () => ({ input: { clientId: made.clientId, orderIds: [NO_ID] } }),
      },
      {
        coordinate: 'Mutation.issueBasicContract',
        expected: 'BOTH',
        town: TOWN_ADMIN,
        operator: OPERATOR_ADMIN,
        document: gql`
          mutation ($orgId: String, $input: IssueBasicContractInput!) {
            issueBasicContract(orgId: $orgId, input: $input) {
              id
            }
          }
        `,
        variables: () => ({ input: { workerId: NO_ID, title: '基本契約', body: '本文' } }),
      },
      {
        coordinate: 'Query.workers',
        expected: 'BOTH',
        document: gql`
          query ($orgId: String) {
            workers(orgId: $orgId) {
              nodes {
                id
              }
            }
          }
        `,
        variables: () => ({}),
      },
      {
        coordinate: 'Mutation.createAssignment',
        expected: 'BOTH',
        document: gql`
          mutation ($orgId: String, $input: CreateAssignmentInput!) {
            createAssignment(orgId: $orgId, input: $input) {
              id
            }
          }
        `,
        variables: () => ({
          input: {
            workerId: made.workerId,
            taskOrgId: TOWN,
            taskId: NO_ID,
            periodFrom: PERIOD.first,
            periodTo: PERIOD.last,
            plannedMinutes: 60,
          },
        }),
      },
      {
        coordinate: 'Query.commissionTerms',
        expected: 'BOTH',
        document: gql`
          query ($orgId: String, $id: ID!) {
            commissionTerms(orgId: $orgId, assignmentId: $id) {
              id
            }
          }
        `,
        variables: () => ({ id: made.assignmentId }),
      },
      {
        coordinate: 'Query.timeEntries',
        expected: 'BOTH',
        document: gql`
          query ($orgId: String, $id: ID!) {
            timeEntries(orgId: $orgId, assignmentId: $id) {
              id
            }
          }
        `,
        variables: () => ({ id: made.assignmentId }),
      },
      {
        coordinate: 'Mutation.returnTimeEntry',
        expected: 'BOTH',
        document: gql`
          mutation ($orgId: String, $id: ID!) {
            returnTimeEntry(orgId: $orgId, id: $id, comment: "確認してください") {
              id
            }
          }
        `,
        variables: () => ({ id: NO_ID }),
      },
      {
        coordinate: 'Mutation.closePayMonth',
        expected: 'OPERATOR_ONLY',
        document: gql`
          mutation ($orgId: String, $month: String!) {
            closePayMonth(orgId: $orgId, month: $month) {
              month
            }
          }
        `,
        // This month has not ended: the operator reaches the function, which refuses the month.
        variables: () => ({ month: THIS_MONTH }),
      },
      {
        coordinate: 'Query.payStatements',
        expected: 'BOTH',
        document: gql`
          query ($orgId: String, $month: String!) {
            payStatements(orgId: $orgId, month: $month) {
              workerId
            }
          }
        `,
        variables: () => ({ month: PERIOD.month }),
      },
      // What the town keeps: sales, its clients and orders, its workers' registration, training.
      {
        coordinate: 'Mutation.createClient',
        expected: 'MEMBER',
        document: gql`
          mutation ($orgId: String) {
            createClient(orgId: $orgId, input: { name: "大町市 観光課", sector: PUBLIC }) {
              id
            }
          }
        `,
        variables: () => ({}),
      },
      {
        coordinate: 'Mutation.createOrder',
        expected: 'MEMBER',
        document: gql`
          mutation ($orgId: String, $input: CreateOrderInput!) {
            createOrder(orgId: $orgId, input: $input) {
              id
            }
          }
        `,
        variables: () => ({
          input: {
            clientId: NO_ID,
            title: '大町市 観光案内 入力',
            category: 'DATA_ENTRY',
            valueYen: '1000',
            estimatedHours: 1,
            deadline: '2099-03-31',
          },
        }),
      },
      {
        coordinate: 'Mutation.registerWorker',
        expected: 'MEMBER',
        document: gql`
          mutation ($orgId: String, $input: RegisterWorkerInput!) {
            registerWorker(orgId: $orgId, input: $input) {
              id
            }
          }
        `,
        variables: () => ({
          input: { familyName: '大町', givenName: '次郎', familyNameKana: 'オオマチ', givenNameKana: 'ジロウ', monthlyHourCap: 10 },
        }),
      },
      {
        coordinate: 'Query.salesActivities',
        expected: 'MEMBER',
        document: gql`
          query ($orgId: String, $fy: Int!) {
            salesActivities(orgId: $orgId, fiscalYear: $fy) {
              id
            }
          }
        `,
        variables: () => ({ fy: FISCAL_YEAR }),
      },
      {
        coordinate: 'Mutation.setWorkerStatus',
        expected: 'MEMBER',
        document: gql`
          mutation ($orgId: String, $id: ID!) {
            setWorkerStatus(orgId: $orgId, id: $id, status: INACTIVE) {
              id
            }
          }
        `,
        variables: () => ({ id: NO_ID }),
      },
    ];

    it('covers every delegated function, and agrees with the delegation policy', () => {
      expect([...new Set(rows.map((r) => delegatedFunctionOf(r.coordinate)).filter(Boolean))].sort()).toEqual(
        [...DEFAULT_DELEGATED_FUNCTIONS].sort(),
      );
      for (const row of rows) expect([row.coordinate, actorsFor(row.coordinate, delegation)]).toEqual([row.coordinate, row.expected]);
    });

    /** Whether `username` got past every who-rule (`orgId` names the town for the operator's staff). */
    async function outcome(row: Row, username: string, orgId: string | undefined): Promise<string> {
      const res = await as(username, row.document, { ...row.variables(), ...(orgId ? { orgId } : {}) });
      const code = res.errors?.[0]?.extensions?.code as string | undefined;
      if (code && WHO_REFUSALS.includes(code)) return `refused ${code}`;
      // A read must answer; a write may meet the function's own rules (a made-up id), never a who-rule.
      if (row.coordinate.startsWith('Query.') && code) return `error ${code}`;
      return 'may';
    }

    it.each(rows.map((row) => [row.coordinate, row.expected, row] as const))('%s: %s', async (_coordinate, expected, row) => {
      const town = await outcome(row, row.town ?? TOWN_DIRECTOR, undefined);
      const operator = await outcome(row, row.operator ?? OPERATOR_DIRECTOR, TOWN);
      const late = await outcome(row, LATE_STAFF, TOWN);
      expect({ town, operator }).toEqual({
        town: expected === 'OPERATOR_ONLY' ? 'refused OPERATOR_CONFIRMATION_REQUIRED' : 'may',
        operator: expected === 'MEMBER' ? 'refused CROSS_ORG_REFUSED' : 'may',
      });
      // Operator staff outside the town's group: the gateway routes (the operator's org), the town's node refuses.
      expect(late).toMatch(/^refused (FORBIDDEN|CROSS_ORG_REFUSED)$/);
    });
  });

  it("takes operator_for the town off the operator's tokens while the town is suspended, and gives it back on resuming", async () => {
    const SET_STATUS = gql`
      mutation ($status: MemberStatus!) {
        setMemberStatus(id: "omachi", status: $status) {
          status
        }
      }
    `;
    expect((await ok('consortium-admin', SET_STATUS, { status: 'SUSPENDED' })).setMemberStatus.status).toBe('SUSPENDED');
    forgetTokens();
    expect(await operatorFor(OPERATOR_ADMIN)).toEqual([]);
    // The other town it operates is untouched.
    expect(await operatorFor(OPERATOR_DIRECTOR)).toEqual([SIBLING]);
    // Nothing of the suspended town is served (routing to it stops) to the operator either.
    await refused(
      OPERATOR_DIRECTOR,
      gql`
        query ($orgId: String) {
          orders(orgId: $orgId) {
            nodes {
              id
            }
          }
        }
      `,
      { orgId: TOWN },
      ['MEMBER_SUSPENDED', 'NODE_UNAVAILABLE', 'FORBIDDEN', 'CROSS_ORG_REFUSED'],
    );

    expect((await ok('consortium-admin', SET_STATUS, { status: 'ACTIVE' })).setMemberStatus.status).toBe('ACTIVE');
    forgetTokens();
    expect(await operatorFor(OPERATOR_ADMIN)).toEqual([TOWN]);
    expect(await operatorFor(OPERATOR_DIRECTOR)).toEqual([TOWN, SIBLING].sort());
    const back = await as(
      OPERATOR_DIRECTOR,
      gql`
        query ($orgId: String) {
          orders(orgId: $orgId) {
            nodes {
              orgId
            }
          }
        }
      `,
      { orgId: TOWN },
    );
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({ orders: { nodes: [{ orgId: TOWN }] } });
  });
});
