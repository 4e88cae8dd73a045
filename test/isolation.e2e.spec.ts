import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { forgetMemberIdentity, launchTestConsortium, NodeInfo, RunningConsortium } from '@kyodo/consortium-tools';
import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
import { clientCredentialsToken, decodeJwtPayload } from '@kyodo/keycloak-tools';
import { bearer, gql, GraphQLResponse, postGraphQL, testKeycloakUrl, tokenFor } from '@kyodo/testing';
import { supergraphEntityTypes, supergraphRootOperations } from './support/supergraph-operations';

/**
 * Cross-tenant isolation: every Query and Mutation of the composed supergraph is declared
 * below with how org A (tateshina) would try to reach org B's (shiojiri's) data, and what
 * counts as a refusal. Each declared operation is tried by A's staff through the gateway
 * naming B, through the gateway with B's ids alone (A's own org is then the default), and
 * straight at B's node. An operation the table does not declare fails the suite. The same goes
 * for the entities each node resolves through `_entities`, which anyone who reaches a node can ask.
 */

const ORG_A = 'tateshina';
const ORG_B = 'shiojiri';
/** A history import file (精算実績) of one settled month in 2019, far from every year the tests report on. */
const workerHistoryCsvBase64 = (reference: string) =>
  Buffer.from(`登録番号,姓,名,セイ,メイ,登録日,状態\n${reference},塩尻,史,シオジリ,フミ,2019-04-01,休止\n`).toString('base64');
const historyCsvBase64 = (month: string) =>
  Buffer.from(`相手会員,対象月,承認時間（分）,精算額\nitoigawa,${month},60,1800\n`).toString('base64');
/**
 * With KYODO_ISOLATION_PLACEMENT=hosted (test/isolation-hosted.e2e.spec.ts) the whole suite runs
 * with A hosted on B's nodes (#17): A's rows live in B's databases under A's org id, and every
 * refusal below must hold between a hosted member and its host all the same.
 */
const HOSTED = process.env.KYODO_ISOLATION_PLACEMENT === 'hosted';
/**
 * A member the support body onboards in the owner's control of onboardMember (its nodes start
 * beside the consortium, unregistered); its onboarding is what the later onboarding rules read.
 */
const ONBOARDING_PROBE = 'isolation-onboarded';
let onboardingProbeNodes: NodeInfo[] = [];
/** A's staff who try: the director the issue names, and the org admin, who may call more. */
const ORG_A_CALLERS = [`${ORG_A}-director`, `${ORG_A}-admin`] as const;

/** What B's staff seeded through the gateway; the strings are B's and must never reach A. */
/** The month B's worker's seeded hours were worked in: ended (no hours for days after today) and never closed by any control. */
const WORK_MONTH = monthsAgo(3);

const SEED = {
  client: { name: '塩尻市 情報政策課', sector: 'PUBLIC', contactName: '塩尻 一郎', contactEmail: 'ichiro.contact@city.shiojiri.example' },
  order: { title: '塩尻 住民アンケート入力', category: 'DATA_ENTRY', valueYen: 314_159, estimatedHours: 12, deadline: '2027-02-28' },
  /** Taken through to 検収 and invoiced: its title is the line of B's invoice. */
  invoicedOrder: { title: '塩尻 固定資産台帳 整備', category: 'DATA_ENTRY', valueYen: 271_828, estimatedHours: 5, deadline: '2027-01-31' },
  /** Accepted (検収) but not yet invoiced: what issueInvoice bills. */
  acceptedOrder: { title: '塩尻 選挙事務 補助入力', category: 'DATA_ENTRY', valueYen: 161_803, estimatedHours: 3, deadline: '2027-01-31' },
  /** A course code B's orders may require, registered by B's admin. */
  requirableCourse: { code: 'SHIOJIRI-OCR-7', title: '塩尻 OCR補正研修 第7期' },
  /** Invoiced on its own invoice, against which payments are recorded. */
  payableOrder: { title: '塩尻 統計調査 入力', category: 'DATA_ENTRY', valueYen: 223_606, estimatedHours: 3, deadline: '2027-01-31' },
  /** A category B added to the standard list (業務分類): B's own, not reference data. */
  category: {
    code: 'SJ_JUMINHYO_TOTSUGO',
    sector: 'PUBLIC',
    nameJa: '塩尻 住民票 突合作業',
    nameEn: 'Shiojiri resident register matching',
  },
  contract: { type: 'JUNIN', ndaSigned: true, startsOn: '2026-04-01', endsOn: '2027-03-31' },
  task: { title: '塩尻 アンケート 1-100 入力', payBasis: 'HOURLY', hours: 4, payRateYen: 1_100, valueYen: 50_000 },
  reworkTask: { title: '塩尻 アンケート 101-200 入力', payBasis: 'HOURLY', hours: 4, payRateYen: 1_100, valueYen: 50_000 },
  /** 住民テレワーカー: the personal data the issue singles out. Linked to shiojiri-worker's login (`me`). */
  worker: {
    familyName: '奈良井',
    givenName: '花子',
    familyNameKana: 'ナライ',
    givenNameKana: 'ハナコ',
    email: 'hanako.narai@example.jp',
    phone: '0263-52-0280',
    address: '長野県塩尻市大門七番町3-3 奈良井荘201',
    dateOfBirth: '1979-11-23',
    // Contract and NDA dates are not personal data: they are seeded, but not part of the scan.
    contractStart: '2026-04-01',
    ndaSignedOn: '2026-03-25',
    weeklyAvailability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 240 })),
    itStage: 'B',
    stageReason: '入所時の評価（前職の実務経験）',
    monthlyHourCap: 60,
    consortiumConsent: true,
  },
  /** 要配慮個人情報 of that worker (sealed at rest, org-admin only). */
  sensitiveNotes: '腰痛のため連続作業は2時間まで（塩尻協立病院に通院）',
  /** A second worker of B, left REGISTERED: what setWorkerStatus would change. */
  otherWorker: {
    familyName: '贄川',
    givenName: '勇',
    familyNameKana: 'ニエカワ',
    givenNameKana: 'イサム',
    // Unique per run: the owner's control of inviteWorkerLogin makes a real Keycloak login with it.
    email: `isamu.niekawa.${Date.now()}@example.jp`,
    address: '長野県塩尻市贄川1234',
    monthlyHourCap: 40,
  },
  /** B's booking of its worker on its task. */
  assignment: { periodFrom: `${WORK_MONTH}-04`, periodTo: `${WORK_MONTH}-28`, plannedMinutes: 1_200, hourlyRateYen: 1_100 },
  /** Hours B's worker logged on that assignment: one for B's director to approve, one to return. */
  timeEntry: { workDate: `${WORK_MONTH}-05`, minutes: 120, note: '塩尻 アンケート 1-25 入力済' },
  returnableTimeEntry: { workDate: `${WORK_MONTH}-06`, minutes: 90, note: '塩尻 アンケート 26-40 入力済' },
  course: { code: 'SJ-101', title: '塩尻 情報セキュリティ基礎', category: 'BASIC', format: 'E_LEARNING', durationMinutes: 90 },
  cost: { fiscalYear: 2026, amountYen: 12_345_678 },
  /** In progress: what deliverOrder delivers (納入). */
  inProgressOrder: {
    title: '塩尻 介護保険 申請書入力',
    category: 'DATA_ENTRY',
    valueYen: 141_421,
    estimatedHours: 4,
    deadline: '2027-01-31',
  },
  /** Delivered, waiting for the client's acceptance (検収): what acceptDelivery accepts. */
  deliveredOrder: { title: '塩尻 議事録 作成', category: 'DATA_ENTRY', valueYen: 173_205, estimatedHours: 4, deadline: '2027-01-31' },
  /** B as the issuer printed on its invoices (適格請求書発行事業者). */
  invoiceSettings: {
    issuerName: '一般財団法人 塩尻市振興公社',
    registrationNumber: 'T4000020202150',
    address: '長野県塩尻市大門七番町3-3',
    bankName: '八十二銀行',
    bankBranch: '塩尻支店',
    bankAccountType: 'ORDINARY',
    bankAccountNumber: '7654321',
    bankAccountHolder: 'ザイ）シオジリシシンコウコウシヤ',
  },
  /**
   * 共同受注: hours of a task of B's offered to the pool. What the offer shows (title, rate,
   * label) is for every member on purpose, so none of it is among B's secrets below.
   */
  // 2 of the order's last 3 hours: createTask's control takes the third.
  pooledTask: { title: '共同受注 アンケート 入力', payBasis: 'HOURLY', hours: 2, payRateYen: 1_100, valueYen: 2_200 },
  poolOffer: { rateYen: 1_300, clientLabel: '長野県内の自治体' },
  /** B's evaluation of its worker on B's course: a score and comment that stay with B (training). */
  completion: { evaluation: 5, score: 93, evaluationComment: '塩尻 研修評価: 個人情報の扱いが丁寧' },
  /** 営業活動: a visit B's staff logged (dated today when seeded); the prospect and who stay with B. */
  salesVisit: { prospect: '塩尻 営業先 株式会社 桔梗ヶ原', outcome: 'PROPOSED', staffName: '塩尻 営業 次郎' },
  /** B's pay calendar (末日締め翌月末日払い) and the account its transfers leave from. */
  paySettings: {
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
  /** An order whose task B's worker is booked on with no terms issued yet. */
  termsOrder: { title: '塩尻 委託条件 確認用 案件', category: 'DATA_ENTRY', valueYen: 1_100, estimatedHours: 1, deadline: '2027-03-31' },
  /** 作業委託契約: what B's director writes into the terms of B's assignments. */
  commissionTerms: { workDescription: '塩尻 作業委託 アンケート票の入力と照合', deliveryPlace: '塩尻市振興公社 テレワークセンター' },
  /** 基本契約 of B's worker. */
  basicContract: { title: '塩尻 業務委託基本契約書', body: '塩尻 第1条 本契約は委託業務の基本条件を定める。' },
  /** B's template texts (ひな形): the worker basic contract, and the client NDA. */
  basicContractTemplate: { title: '塩尻 基本契約書ひな形', body: '塩尻 ひな形 第1条 本契約はワーカーとの基本条件を定める。' },
  contractTemplate: {
    kind: 'NDA',
    title: '塩尻 秘密保持契約書ひな形',
    body: '塩尻 NDA 第1条 秘密情報とは発注者が開示する一切の情報をいう。',
  },
  /** 作業手順 of the task B's worker is booked on, and that worker's question and B's director's answer (作業指示・Q&A). */
  instructions: '塩尻 作業手順: 判読できない回答欄は「判読不能」と入力し、住民票コードは入力しない',
  question: '塩尻 質問: 回答欄に二つ丸が付いている票はどう入力しますか',
  answer: '塩尻 回答: 両方を入力し備考欄に「複数回答」と書いてください',
  /** 手挙げ: an order of its own (the first order's hours are spoken for), whose task B offers to its workers. */
  offerOrder: { title: '塩尻 手挙げ 健診票入力', category: 'DATA_ENTRY', valueYen: 33_000, estimatedHours: 30, deadline: '2027-03-31' },
  offerTask: { title: '塩尻 手挙げ 健診票 一次入力', payBasis: 'HOURLY', hours: 20, payRateYen: 1_100, valueYen: 22_000 },
  offer: {
    periodFrom: '2027-03-01',
    periodTo: '2027-03-26',
    totalMinutes: 600,
    minimumMinutes: 60,
    hourlyRateYen: '1100',
    note: '塩尻 手挙げ: 3月の健診票入力をお願いします',
  },
  /** Minutes B's worker raised a hand for on the offer B's director picks them for. */
  raisedMinutes: 120,
} as const;

/** The fiscal year the services stamp on an invoice issued today. */
const INVOICE_FISCAL_YEAR = fiscalYearOf(tokyoToday());

/** "YYYY-MM" of the month `n` months before today's (Asia/Tokyo). */
function monthsAgo(n: number): string {
  const today = tokyoToday();
  return new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - n, 1)).toISOString().slice(0, 7);
}
/** The last month that has ended: B closed its pay (支払締め) for it in the seed. */
const PAY_MONTH = monthsAgo(1);
/** An earlier month, ended but still open at B: what closePayMonth would close. */
const OPEN_PAY_MONTH = monthsAgo(2);
/** The month of B's seeded settlement statement with A (精算), and a later one B draws up in the control: both ended, as statements need. */
const SETTLEMENT_MONTH = monthsAgo(2);
const NEXT_SETTLEMENT_MONTH = monthsAgo(1);
/** An earlier month B closed with no work in it (before WORK_MONTH): its (empty) bank transfer file is B's admin's to download. */
const TRANSFER_MONTH = monthsAgo(4);

/**
 * Ids of what B shares with A on purpose (共同受注): B's pool offer, A's claims on it (kept at B's
 * node), B's settlement statement with A. A is meant to see these, so they are not in OrgBRows,
 * whose every value counts as B's secret. Filled in by the seed.
 */
/** A claim of a third member that B's workers staff (its share seeded in B's workers database): its owner's to follow, never A's. */
const B_STAFFED_CLAIM_ID = randomUUID();
const SHARED_WITH_A = { offerId: '', pooledTaskId: '', bookingClaimId: '', approvableClaimId: '', declinableClaimId: '', statementId: '' };

/** Every claim or statement in the answer is A's (claimant or partner): B shows A nothing of other members' shares. */
function onlyTateshinasShares(value: unknown): string | undefined {
  const rows = (Array.isArray(value) ? value : value ? [value] : []) as { claimantOrgId?: string; partnerOrgId?: string }[];
  const other = rows.find((row) => (row.claimantOrgId ?? row.partnerOrgId) !== ORG_A);
  return other ? `got another member's share: ${JSON.stringify(other)}` : undefined;
}

const PERSONAL_DATA = [
  SEED.worker.familyName,
  SEED.worker.givenName,
  SEED.worker.familyNameKana,
  SEED.worker.givenNameKana,
  SEED.worker.email,
  SEED.worker.phone,
  SEED.worker.address,
  SEED.worker.dateOfBirth,
  SEED.sensitiveNotes,
  SEED.otherWorker.familyName,
  SEED.otherWorker.givenName,
  SEED.otherWorker.familyNameKana,
  SEED.otherWorker.givenNameKana,
  SEED.otherWorker.email,
  SEED.otherWorker.address,
];
/** Everything of B's that A never supplies itself (ids A does supply, as the attack). */
const ORG_B_SECRETS = [
  ...PERSONAL_DATA,
  SEED.client.name,
  SEED.client.contactName,
  SEED.client.contactEmail,
  SEED.order.title,
  SEED.invoicedOrder.title,
  SEED.acceptedOrder.title,
  SEED.category.code,
  SEED.category.nameJa,
  SEED.category.nameEn,
  SEED.requirableCourse.title,
  SEED.task.title,
  SEED.reworkTask.title,
  SEED.course.title,
  String(SEED.cost.amountYen),
  SEED.timeEntry.note,
  SEED.returnableTimeEntry.note,
  SEED.completion.evaluationComment,
  SEED.salesVisit.prospect,
  SEED.salesVisit.staffName,
  SEED.commissionTerms.workDescription,
  SEED.commissionTerms.deliveryPlace,
  SEED.basicContract.title,
  SEED.basicContract.body,
  SEED.basicContractTemplate.title,
  SEED.basicContractTemplate.body,
  SEED.contractTemplate.title,
  SEED.contractTemplate.body,
  SEED.paySettings.consignorCode,
  SEED.instructions,
  SEED.question,
  SEED.answer,
  SEED.offerOrder.title,
  SEED.offerTask.title,
  SEED.offer.note,
];

interface OrgBRows {
  clientId: string;
  orderId: string;
  /** `orderId`'s work period, as its orders node answers it (feasibilityPeriod). */
  orderPeriod: { from: string; to: string };
  /** A feasibility check of `orderId`, made by B's director (recorded at B's orders node). */
  feasibilityCheckId: string;
  /** INVOICED, billed by `invoiceId`. */
  invoicedOrderId: string;
  /** ACCEPTED, not yet billed. */
  acceptedOrderId: string;
  contractId: string;
  /** OPEN; `workerId` is booked on it. */
  taskId: string;
  /** OPEN; nobody booked. */
  reworkTaskId: string;
  invoiceId: string;
  /** A second invoice, where recordInvoicePayment records (the first one's credit note control takes all of it back). */
  payableInvoiceId: string;
  /** ACTIVE, linked to shiojiri-worker's login, with sensitive notes and an assignment. */
  workerId: string;
  /** REGISTERED. */
  otherWorkerId: string;
  assignmentId: string;
  /** SUBMITTED by B's worker on `assignmentId`: what approveTimeEntry approves. */
  timeEntryId: string;
  /** SUBMITTED on `assignmentId`: what returnTimeEntry returns. */
  returnableTimeEntryId: string;
  courseId: string;
  /** IN_PROGRESS, every (zero) task reviewed: what deliverOrder delivers. */
  inProgressOrderId: string;
  /** DELIVERED; `deliveryId` waits for 検収. */
  deliveredOrderId: string;
  deliveryId: string;
  /** COMPLETED by `workerId` on `courseId`, with SEED.completion. */
  enrollmentId: string;
  /** ENROLLED (not completed) by `workerId` on B's WIN-BASIC: what completeEnrollment completes. */
  openEnrollmentId: string;
  /** B's OFFICE-BASIC (from the catalogue template), nobody enrolled: what enrollWorker enrolls on. */
  otherCourseId: string;
  /** B's training node in the consortium registry (hub data about B, managed by the support body). */
  trainingNodeId: string;
  /** A notification of B's worker (their assignment): what markNotificationsRead marks. */
  notificationId: string;
  /** 作業委託契約 of `assignmentId`, accepted by B's worker (so B's hours go on being logged). */
  termsId: string;
  /** Terms of B's paid assignment, issued but not accepted yet: what acceptCommissionTerms accepts. */
  openTermsId: string;
  openTermsSha256: string;
  /** An assignment of B's worker with no terms yet: what issueCommissionTerms issues them for. */
  termsAssignmentId: string;
  /** 基本契約 of `workerId`, version 1, not accepted yet. */
  basicContractId: string;
  basicContractSha256: string;
  /** B's worker's Q&A thread on `taskId` (which has SEED.instructions as version 1): SEED.question, answered with SEED.answer. */
  threadId: string;
  /** OPEN; nobody booked: the task of B's offers. */
  offerTaskId: string;
  /** DIRECTOR_PICKS, sent to `workerId`, who raised a hand for SEED.raisedMinutes: what pickOfferWorker picks. */
  pickableOfferId: string;
  /** DIRECTOR_PICKS, sent to `workerId`, not answered: what acceptOffer and declineOffer answer. */
  answerableOfferId: string;
  /** FIRST_COME, open: what withdrawOffer withdraws. */
  withdrawableOfferId: string;
  /** A project B leads (with a member other than A), created by the support body. */
  projectId: string;
  /** A history import of B's orders node (a settlement of 2019, counted in no test's year). */
  importBatchId: string;
  /** A history import of B's workers node (one inactive worker registered in 2019). */
  workerImportBatchId: string;
}

/** A refusal: every error carries one of `codes`, and nothing of B is in the data. */
interface Refusal {
  codes: readonly string[];
  /** Also a refusal: no error at all, and nothing of B in the answer (null, empty, or A's own rows). */
  orNothingOfB?: true;
  /**
   * Also a refusal: B's aggregate, shared across members on purpose (capacity hours by stage,
   * DESIGN.md §2). It may be B's (`"orgId":"shiojiri"`), but holds none of B's ids or strings.
   */
  sharedAggregateOfB?: true;
  /** What the answer must further be for this caller (A's own record, say); returns why it is not. */
  onlyOwn?(value: unknown, caller: string): string | undefined;
}
interface NotApplicable {
  notApplicable: string;
}

interface IsolationRule {
  /** The call, written against B: its variables carry B's ids and `orgId: 'shiojiri'` where the operation takes one. */
  document: string;
  variables(b: OrgBRows): Record<string, unknown>;
  /** Through the gateway, naming B. */
  namingOrgB: Refusal | NotApplicable;
  /** Through the gateway with B's ids alone: `orgId` left out, so A's own org is the target. */
  ownOrgDefault: Refusal | NotApplicable;
  /** Straight at B's node (the hub's service for hub operations), with and without `orgId`. */
  atNode: Refusal;
  /** Who of A tries; A's director and org admin unless the operation is another role's. */
  callers?: readonly string[];
  /** Who of B may make the same call: the control that the call reaches B's data at all. */
  owner: string;
  /** What the owner's answer must be; by default it holds a row of B (`"orgId":"shiojiri"`). */
  ownerGets?(value: unknown, b: OrgBRows): boolean;
}

const CROSS_ORG_REFUSED: Refusal = { codes: ['CROSS_ORG_REFUSED'] };
/** An owner that is no user: the workers nodes' service account (kyodo-workers, its demo secret), the only caller of their pushes. */
const WORKERS_SERVICE_ACCOUNT = 'service-account-kyodo-workers';

/** Headers of a rule's owner: a demo user's token, or the workers nodes' service account's. */
async function ownerHeaders(owner: string): Promise<Record<string, string>> {
  if (owner !== WORKERS_SERVICE_ACCOUNT) return bearer(owner);
  const { access_token: token } = await clientCredentialsToken(testKeycloakUrl(), 'kyodo-workers', 'demo-kyodo-workers-secret');
  return { authorization: `Bearer ${token}` };
}
const NODE_FORBIDDEN: Refusal = { codes: ['FORBIDDEN'] };
const NOTHING_OF_B: Refusal = { codes: [], orNothingOfB: true };
const WRITES_OWN_ORG: NotApplicable = { notApplicable: "takes no id of B: without orgId it writes to the caller's own org" };
/** B's id does not exist at A's node: the operation fails there with `code`, touching nothing. */
const notFoundAtOwnOrg = (...codes: string[]): Refusal => ({ codes });

const WORKER_FIELDS =
  'id orgId status familyName givenName familyNameKana givenNameKana email phone address dateOfBirth workLocation itStage skillTags';
const TASK_FIELDS = 'id orgId orderId title status hours valueYen';
const INVOICE_FIELDS = 'id orgId clientId kind number totalYen lines { orderId description amountYen }';

/** Keycloak user ids (`sub`) of the demo users, filled in before the suite runs. */
const SUBS = new Map<string, string>();
function subOf(username: string): string {
  const sub = SUBS.get(username);
  if (!sub) throw new Error(`No sub recorded for ${username}`);
  return sub;
}

/**
 * `me` for one of A's callers: A's worker gets exactly their own record at A (linked to their
 * login); A's staff, who hold no worker role, get nothing. Never anyone else's record.
 */
function meIsOnlyTheCaller(value: unknown, caller: string): string | undefined {
  const me = value as { orgId?: string; userId?: string } | null | undefined;
  if (caller !== `${ORG_A}-worker`) return me ? `${caller} (no worker role) got a worker record` : undefined;
  if (!me) return `${caller} did not get their own record: the probe proves nothing`;
  return me.orgId === ORG_A && me.userId === subOf(caller) ? undefined : `${caller} got someone else's record: ${JSON.stringify(me)}`;
}

/** A generated document, not an empty or error answer: the control that a certificate was made. */
function isPdf(value: unknown): boolean {
  const file = value as { contentType?: string; byteLength?: number } | null;
  return file?.contentType === 'application/pdf' && (file.byteLength ?? 0) > 1000;
}

/** The one declared table: every root operation of the supergraph, and how B's data is kept from A. */
const ISOLATION_RULES: Record<string, IsolationRule> = {
  'Query.clients': {
    document: gql`
      query ($orgId: String) {
        clients(orgId: $orgId) {
          id
          orgId
          name
          contactName
          contactEmail
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.contracts': {
    document: gql`
      query ($orgId: String, $clientId: String) {
        contracts(orgId: $orgId, clientId: $clientId) {
          id
          orgId
          clientId
          type
          ndaSigned
          startsOn
          endsOn
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, clientId: b.clientId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.contractTemplates': {
    document: gql`
      query ($orgId: String) {
        contractTemplates(orgId: $orgId) {
          id
          orgId
          kind
          version
          title
          body
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.saveContractTemplate': {
    document: gql`
      mutation ($orgId: String, $input: SaveContractTemplateInput!) {
        saveContractTemplate(orgId: $orgId, input: $input) {
          id
          orgId
          version
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, input: SEED.contractTemplate }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Query.businessCategories': {
    // The standard list (orgId null) is shared reference data; a category a member added is that
    // member's own: A sees the standard list and A's additions, never B's (code, names, orgId).
    document: gql`
      query ($orgId: String) {
        businessCategories(orgId: $orgId) {
          code
          sector
          nameJa
          nameEn
          orgId
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    ownerGets: (value) =>
      JSON.stringify(value).includes(`"code":"${SEED.category.code}"`) && JSON.stringify(value).includes(`"orgId":"${ORG_B}"`),
  },
  'Query.orders': {
    document: gql`
      query ($orgId: String, $clientId: String) {
        orders(orgId: $orgId, clientId: $clientId, first: 100) {
          nodes {
            id
            orgId
            title
            client {
              name
            }
            leadWorker {
              orgId
              id
            }
            tasks {
              id
              title
            }
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, clientId: b.clientId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.order': {
    document: gql`
      query ($orgId: String, $id: ID!) {
        order(orgId: $orgId, id: $id) {
          id
          orgId
          title
          valueYen
          client {
            name
            contactEmail
          }
          contract {
            id
          }
          tasks {
            id
            title
          }
          history {
            to
            actorId
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.orderId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.invoices': {
    document: gql`query ($orgId: String, $fiscalYear: Int!) { invoices(orgId: $orgId, fiscalYear: $fiscalYear) { ${INVOICE_FIELDS} } }`,
    variables: () => ({ orgId: ORG_B, fiscalYear: INVOICE_FISCAL_YEAR }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.invoice': {
    document: gql`query ($orgId: String, $id: ID!) { invoice(orgId: $orgId, id: $id) { ${INVOICE_FIELDS} } }`,
    variables: (b) => ({ orgId: ORG_B, id: b.invoiceId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.workers': {
    document: gql`query ($orgId: String) { workers(orgId: $orgId, first: 100) { nodes { ${WORKER_FIELDS} } } }`,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.worker': {
    document: gql`query ($orgId: String, $id: ID!) { worker(orgId: $orgId, id: $id) { ${WORKER_FIELDS} } }`,
    variables: (b) => ({ orgId: ORG_B, id: b.workerId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.referableWorker': {
    // Cross-org on purpose: an org's workers node asks it before naming a partner's worker as lead. Only
    // a consenting worker is answered (stage and skills); B's other worker did not consent.
    document: gql`query ($orgId: String, $id: ID!) { referableWorker(orgId: $orgId, id: $id) { ${WORKER_FIELDS} } }`,
    variables: (b) => ({ orgId: ORG_B, id: b.otherWorkerId }),
    namingOrgB: NOTHING_OF_B,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NOTHING_OF_B,
    owner: `${ORG_B}-director`,
  },
  'Query.me': {
    // A worker-role query without orgId: the gateway sends it to the caller's own org's node.
    document: gql`query { me { ${WORKER_FIELDS} userId } }`,
    variables: () => ({}),
    namingOrgB: { notApplicable: "takes no orgId: the gateway always sends it to the caller's own org's node" },
    // A's worker sees only themself (their record at A); A's staff hold no worker role.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true, onlyOwn: meIsOnlyTheCaller },
    // Member roles count only at the member's own node.
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    ownerGets: (value, b) => {
      const me = value as Record<string, unknown> | null;
      return me?.id === b.workerId && me?.familyName === SEED.worker.familyName && me?.address === SEED.worker.address;
    },
  },
  'Query.workerSensitiveNotes': {
    document: gql`
      query ($orgId: String, $id: ID!) {
        workerSensitiveNotes(orgId: $orgId, id: $id)
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.workerId }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's director is no org admin even at home; A's org admin finds no such worker at A.
    ownOrgDefault: notFoundAtOwnOrg('FORBIDDEN', 'WORKER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => value === SEED.sensitiveNotes,
  },
  'Query.workerAssignments': {
    // Only the task's key: the workers node alone knows no more of it (Task@orders covers the rest).
    document: gql`
      query ($orgId: String, $workerId: ID!) {
        workerAssignments(orgId: $orgId, workerId: $workerId) {
          id
          orgId
          workerId
          periodFrom
          plannedMinutes
          hourlyRateYen
          task {
            orgId
            id
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerId: b.workerId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.timeEntries': {
    document: gql`
      query ($orgId: String, $assignmentId: ID!) {
        timeEntries(orgId: $orgId, assignmentId: $assignmentId) {
          id
          orgId
          assignmentId
          workerId
          workDate
          minutes
          note
          status
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, assignmentId: b.assignmentId }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's staff find no such assignment at A (an empty list); A's worker is not its worker.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-director`,
  },
  'Query.submittedTimeEntries': {
    // Declared before approveTimeEntry and returnTimeEntry: B's owner still finds its two seeded entries submitted.
    document: gql`
      query ($orgId: String) {
        submittedTimeEntries(orgId: $orgId) {
          id
          orgId
          workerId
          workDate
          minutes
          note
          status
          assignment {
            id
            orgId
            task {
              orgId
              id
            }
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.taskCandidates': {
    document: gql`
      query ($orgId: String, $taskOrgId: String!, $taskId: ID!, $periodFrom: String!, $periodTo: String!, $minutes: Int!) {
        taskCandidates(orgId: $orgId, taskOrgId: $taskOrgId, taskId: $taskId, periodFrom: $periodFrom, periodTo: $periodTo, minutes: $minutes) {
          requiredTrainings
          eligible {
            reasons
            freeMinutes
            worker {
              ${WORKER_FIELDS}
            }
          }
          ineligible {
            reasons
            missingTrainings
            worker {
              ${WORKER_FIELDS}
            }
          }
        }
      }
    `,
    variables: (b) => ({
      orgId: ORG_B,
      taskOrgId: ORG_B,
      taskId: b.reworkTaskId,
      periodFrom: SEED.assignment.periodFrom,
      periodTo: SEED.assignment.periodTo,
      minutes: 60,
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    // At A, B's task is another member's: staffed only within a claim of A's, and A names none.
    ownOrgDefault: notFoundAtOwnOrg('CLAIM_REQUIRED'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.capacity': {
    // Hours by stage are shared with partners (DESIGN.md §2; CROSS_ORG_FIELDS); the node counts
    // only workers who consented to consortium work for them.
    document: gql`
      query ($orgId: String, $from: String!, $to: String!) {
        capacity(orgId: $orgId, from: $from, to: $to) {
          orgId
          from
          to
          totalFreeMinutes
          byStage {
            stage
            workerCount
            availableMinutes
            bookedMinutes
            freeMinutes
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, from: SEED.assignment.periodFrom, to: SEED.assignment.periodTo }),
    namingOrgB: { codes: [], sharedAggregateOfB: true },
    ownOrgDefault: NOTHING_OF_B,
    atNode: { codes: [], sharedAggregateOfB: true },
    owner: `${ORG_B}-director`,
  },
  'Query.payStatements': {
    document: gql`
      query ($orgId: String, $month: String!) {
        payStatements(orgId: $orgId, month: $month) {
          id
          orgId
          month
          workerId
          minutes
          grossYen
          withholdingYen
          netYen
          lines {
            assignmentId
            amountYen
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, month: PAY_MONTH }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.payMonth': {
    document: gql`
      query ($orgId: String, $month: String!) {
        payMonth(orgId: $orgId, month: $month) {
          orgId
          month
          closedAt
          statementCount
          grossYen
          withholdingYen
          netYen
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, month: PAY_MONTH }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.payMonthPreview': {
    document: gql`
      query ($orgId: String, $month: String!) {
        payMonthPreview(orgId: $orgId, month: $month) {
          orgId
          month
          closed
          awaitingReview
          grossYen
          withholdingYen
          netYen
          statements {
            workerId
            minutes
            grossYen
            withholdingYen
            netYen
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, month: PAY_MONTH }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's own month: A's figures (orgId tateshina), none of B's workers.
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.myPayStatements': {
    document: gql`
      query ($orgId: String) {
        myPayStatements(orgId: $orgId) {
          id
          orgId
          month
          workerId
          grossYen
          netYen
          lines {
            assignmentId
            amountYen
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's worker gets their own statements at A (none); A's staff hold no worker role.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  // The worker's own view (issue #18): everything from the caller's token. A's worker (linked at A)
  // gets their own rows at A; A's staff hold no worker role.
  'Query.myAssignments': {
    document: gql`
      query ($orgId: String) {
        myAssignments(orgId: $orgId) {
          id
          orgId
          taskOrgId
          taskId
          taskTitle
          orderTitle
          clientLabel
          deadline
          status
          hourlyRateYen
          plannedMinutes
          loggedMinutes
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  'Query.myTimeEntries': {
    document: gql`
      query ($orgId: String) {
        myTimeEntries(orgId: $orgId) {
          id
          orgId
          assignmentId
          workerId
          workDate
          minutes
          note
          status
          reviewComment
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  'Query.myProfile': {
    document: gql`
      query ($orgId: String) {
        myProfile(orgId: $orgId) {
          workerId
          orgId
          familyName
          givenName
          email
          phone
          address
          monthlyHourCap
          consortiumConsent
          bankAccount {
            bankCode
            accountNumberLast3
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  'Query.myWorkCertificate': {
    document: gql`
      query ($orgId: String, $from: String!, $to: String!) {
        myWorkCertificate(orgId: $orgId, from: $from, to: $to) {
          filename
          contentType
          byteLength
          base64
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, from: PAY_MONTH, to: PAY_MONTH }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's worker gets their own certificate at A; A's staff hold no worker role.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    ownerGets: (value) => isPdf(value),
  },
  'Query.myPaymentCertificate': {
    document: gql`
      query ($orgId: String, $from: String!, $to: String!) {
        myPaymentCertificate(orgId: $orgId, from: $from, to: $to) {
          filename
          contentType
          byteLength
          base64
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, from: PAY_MONTH, to: PAY_MONTH }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    ownerGets: (value) => isPdf(value),
  },
  'Query.myNotifications': {
    document: gql`
      query ($orgId: String) {
        myNotifications(orgId: $orgId) {
          id
          orgId
          kind
          subjectType
          subjectId
          readAt
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  'Query.staffNotifications': {
    document: gql`
      query ($orgId: String) {
        staffNotifications(orgId: $orgId) {
          id
          orgId
          kind
          subjectType
          subjectId
          readAt
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's staff read A's own staff notices.
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.markNotificationsRead': {
    document: gql`
      mutation ($orgId: String, $ids: [ID!]!) {
        markNotificationsRead(orgId: $orgId, ids: $ids)
      }
    `,
    variables: (b) => ({ orgId: ORG_B, ids: [b.notificationId] }),
    namingOrgB: CROSS_ORG_REFUSED,
    // B's notification is nobody's at A: nothing is marked (0).
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    ownerGets: (value) => value === 1,
  },
  'Mutation.updateMyProfile': {
    document: gql`
      mutation ($orgId: String, $input: UpdateMyProfileInput!) {
        updateMyProfile(orgId: $orgId, input: $input) {
          workerId
          orgId
          phone
        }
      }
    `,
    // A number of nobody's: A's worker writing it to their own record shows nothing of B.
    variables: () => ({ orgId: ORG_B, input: { phone: '0263-00-0000' } }),
    namingOrgB: CROSS_ORG_REFUSED,
    // Without orgId A's worker changes their own record at A; A's staff hold no worker role.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  'Mutation.setMyBankAccount': {
    document: gql`
      mutation ($orgId: String, $input: BankAccountInput!) {
        setMyBankAccount(orgId: $orgId, input: $input) {
          workerId
          orgId
          bankAccount {
            accountNumberLast3
          }
        }
      }
    `,
    variables: () => ({
      orgId: ORG_B,
      input: { bankCode: '0001', branchCode: '123', accountType: 'ORDINARY', accountNumber: '7654321', holderKana: 'ナライ ハナコ' },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  'Mutation.setWorkerMonthlyHourLimit': {
    document: gql`
      mutation ($orgId: String, $limit: Int!) {
        setWorkerMonthlyHourLimit(orgId: $orgId, limit: $limit)
      }
    `,
    variables: () => ({ orgId: ORG_B, limit: 200 }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => value === 200,
  },
  'Query.taskBrief': {
    document: gql`
      query ($orgId: String, $id: ID!) {
        taskBrief(orgId: $orgId, id: $id) {
          orgId
          taskId
          taskTitle
          orderTitle
          clientLabel
          deadline
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.taskId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  // 作業手順, 作業指示・Q&A and 手挙げ (issue #18): a task's instructions and threads are for the
  // org's staff and the workers booked on it; offers go to the org's own workers only.
  'Query.taskInstructions': {
    document: gql`
      query ($orgId: String, $taskOrgId: String!, $taskId: ID!) {
        taskInstructions(orgId: $orgId, taskOrgId: $taskOrgId, taskId: $taskId) {
          taskOrgId
          taskId
          version
          latestVersion
          bodyMarkdown
          attachments {
            id
            fileName
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, taskOrgId: ORG_B, taskId: b.taskId }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's staff hold no claim on B's task; A's worker is not booked on it.
    ownOrgDefault: notFoundAtOwnOrg('TASK_NOT_CLAIMED', 'TASK_NOT_VISIBLE'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    ownerGets: (value) => {
      const version = value as { version?: number; bodyMarkdown?: string } | null;
      return version?.version === 1 && version.bodyMarkdown === SEED.instructions;
    },
  },
  'Query.taskQuestionThreads': {
    document: gql`
      query ($orgId: String, $taskOrgId: String!, $taskId: ID!) {
        taskQuestionThreads(orgId: $orgId, taskOrgId: $taskOrgId, taskId: $taskId) {
          id
          taskOrgId
          taskId
          workerId
          unreadCount
          messages {
            body
            fromWorker
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, taskOrgId: ORG_B, taskId: b.taskId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('TASK_NOT_CLAIMED', 'TASK_NOT_VISIBLE'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-director`,
    ownerGets: (value, b) => {
      const threads = value as { id: string; workerId: string; messages: { body: string }[] }[];
      return threads.some((t) => t.id === b.threadId && t.workerId === b.workerId && t.messages.some((m) => m.body === SEED.question));
    },
  },
  'Query.offers': {
    document: gql`
      query ($orgId: String) {
        offers(orgId: $orgId, first: 100) {
          nodes {
            id
            orgId
            taskOrgId
            taskId
            note
            status
            takenMinutes
            recipients {
              workerId
              response
              minutes
            }
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's staff read A's own offers.
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    ownerGets: (value, b) => {
      const ids = ((value as { nodes?: { id: string }[] }).nodes ?? []).map((o) => o.id);
      return [b.pickableOfferId, b.answerableOfferId, b.withdrawableOfferId].every((id) => ids.includes(id));
    },
  },
  'Query.myOffers': {
    document: gql`
      query ($orgId: String) {
        myOffers(orgId: $orgId, first: 100) {
          nodes {
            id
            orgId
            taskId
            note
            status
            myResponse
            myMinutes
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's worker gets their own offers at A (none); A's staff hold no worker role.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    ownerGets: (value, b) =>
      ((value as { nodes?: { id: string; myResponse: string; myMinutes: number | null }[] }).nodes ?? []).some(
        (o) => o.id === b.pickableOfferId && o.myResponse === 'RAISED' && o.myMinutes === SEED.raisedMinutes,
      ),
  },
  'Mutation.requestInstructionAttachmentUpload': {
    document: gql`
      mutation ($orgId: String, $input: RequestAttachmentUploadInput!) {
        requestInstructionAttachmentUpload(orgId: $orgId, input: $input) {
          attachmentId
          uploadUrl
          maxBytes
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { taskOrgId: ORG_B, taskId: b.taskId, fileName: '立科からの添付.png' } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('TASK_NOT_CLAIMED'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    // A pending file and its signed link at B's node: nothing is attached until B publishes it.
    ownerGets: (value) => {
      const upload = value as { attachmentId?: string; uploadUrl?: string } | null;
      return !!upload?.attachmentId && upload.uploadUrl?.startsWith(`/files/${ORG_B}/${upload.attachmentId}?`) === true;
    },
  },
  'Mutation.publishTaskInstructions': {
    // On B's unbooked task, as its first version: the seeded version of `taskId` stays the newest there.
    document: gql`
      mutation ($orgId: String, $input: PublishTaskInstructionsInput!) {
        publishTaskInstructions(orgId: $orgId, input: $input) {
          taskOrgId
          taskId
          version
          bodyMarkdown
        }
      }
    `,
    variables: (b) => ({
      orgId: ORG_B,
      input: { taskOrgId: ORG_B, taskId: b.reworkTaskId, baseVersion: 0, bodyMarkdown: '立科が書いた作業手順' },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('TASK_NOT_CLAIMED'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    ownerGets: (value, b) =>
      JSON.stringify(value) ===
      JSON.stringify({ taskOrgId: ORG_B, taskId: b.reworkTaskId, version: 1, bodyMarkdown: '立科が書いた作業手順' }),
  },
  'Mutation.askTaskQuestion': {
    document: gql`
      mutation ($orgId: String, $input: AskTaskQuestionInput!) {
        askTaskQuestion(orgId: $orgId, input: $input) {
          id
          workerId
          messages {
            body
            fromWorker
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { taskOrgId: ORG_B, taskId: b.taskId, body: '立科からの質問' } }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's worker is booked on no such task at A; A's staff hold no worker role.
    ownOrgDefault: notFoundAtOwnOrg('TASK_NOT_VISIBLE', 'FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    // Into the worker's one thread on the task.
    ownerGets: (value, b) => {
      const thread = value as { id: string; workerId: string; messages: { body: string; fromWorker: boolean }[] };
      return (
        thread.id === b.threadId &&
        thread.workerId === b.workerId &&
        thread.messages.at(-1)?.body === '立科からの質問' &&
        thread.messages.at(-1)?.fromWorker === true
      );
    },
  },
  'Mutation.answerTaskQuestion': {
    document: gql`
      mutation ($orgId: String, $input: AnswerTaskQuestionInput!) {
        answerTaskQuestion(orgId: $orgId, input: $input) {
          id
          workerId
          messages {
            body
            fromWorker
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { threadId: b.threadId, body: '立科からの回答' } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('THREAD_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    ownerGets: (value, b) => {
      const thread = value as { id: string; messages: { body: string; fromWorker: boolean }[] };
      return thread.id === b.threadId && thread.messages.at(-1)?.body === '立科からの回答' && thread.messages.at(-1)?.fromWorker === false;
    },
  },
  'Mutation.markTaskThreadRead': {
    document: gql`
      mutation ($orgId: String, $threadId: ID!) {
        markTaskThreadRead(orgId: $orgId, threadId: $threadId) {
          id
          workerId
          unreadCount
          lastReadAt
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, threadId: b.threadId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('THREAD_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    // B's worker, with the director's answers (seeded and the control's) unread until now.
    owner: `${ORG_B}-worker`,
    ownerGets: (value, b) => {
      const thread = value as { id: string; unreadCount: number; lastReadAt: string | null };
      return thread.id === b.threadId && thread.unreadCount === 0 && thread.lastReadAt !== null;
    },
  },
  'Mutation.createOffer': {
    // Declared before pickOfferWorker: once B's worker is booked on the task, nobody is left to offer it to.
    document: gql`
      mutation ($orgId: String, $input: CreateOfferInput!) {
        createOffer(orgId: $orgId, input: $input) {
          id
          orgId
          taskId
          status
          recipients {
            workerId
            response
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { taskOrgId: ORG_B, taskId: b.offerTaskId, ...SEED.offer, note: '立科からの案内' } }),
    namingOrgB: CROSS_ORG_REFUSED,
    // At A, B's task is another member's: offered only within a claim of A's, and A names none.
    ownOrgDefault: notFoundAtOwnOrg('CLAIM_REQUIRED'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    ownerGets: (value, b) => {
      const offer = value as { orgId: string; status: string; recipients: { workerId: string; response: string }[] };
      return (
        offer.orgId === ORG_B &&
        offer.status === 'OPEN' &&
        offer.recipients.some((r) => r.workerId === b.workerId && r.response === 'PENDING')
      );
    },
  },
  'Mutation.acceptOffer': {
    // A DIRECTOR_PICKS offer: accepting raises a hand and books nothing.
    document: gql`
      mutation ($orgId: String, $offerId: ID!, $minutes: Int!) {
        acceptOffer(orgId: $orgId, offerId: $offerId, minutes: $minutes) {
          id
          orgId
          status
          myResponse
          myMinutes
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, offerId: b.answerableOfferId, minutes: 60 }),
    namingOrgB: CROSS_ORG_REFUSED,
    // No such offer was made to A's worker at A; A's staff hold no worker role.
    ownOrgDefault: notFoundAtOwnOrg('OFFER_NOT_FOUND', 'FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    ownerGets: (value, b) =>
      JSON.stringify(value) ===
      JSON.stringify({ id: b.answerableOfferId, orgId: ORG_B, status: 'OPEN', myResponse: 'RAISED', myMinutes: 60 }),
  },
  'Mutation.declineOffer': {
    document: gql`
      mutation ($orgId: String, $offerId: ID!) {
        declineOffer(orgId: $orgId, offerId: $offerId) {
          id
          orgId
          status
          myResponse
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, offerId: b.answerableOfferId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('OFFER_NOT_FOUND', 'FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    ownerGets: (value, b) =>
      JSON.stringify(value) === JSON.stringify({ id: b.answerableOfferId, orgId: ORG_B, status: 'OPEN', myResponse: 'DECLINED' }),
  },
  'Mutation.pickOfferWorker': {
    document: gql`
      mutation ($orgId: String, $offerId: ID!, $workerId: ID!) {
        pickOfferWorker(orgId: $orgId, offerId: $offerId, workerId: $workerId) {
          id
          orgId
          takenMinutes
          recipients {
            workerId
            response
            minutes
            assignmentId
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, offerId: b.pickableOfferId, workerId: b.workerId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('OFFER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    // B's worker is booked for the minutes they raised a hand for.
    ownerGets: (value, b) => {
      const offer = value as {
        takenMinutes: number;
        recipients: { workerId: string; response: string; minutes: number | null; assignmentId: string | null }[];
      };
      const mine = offer.recipients.find((r) => r.workerId === b.workerId);
      return (
        offer.takenMinutes === SEED.raisedMinutes &&
        mine?.response === 'ACCEPTED' &&
        mine.minutes === SEED.raisedMinutes &&
        !!mine.assignmentId
      );
    },
  },
  'Mutation.withdrawOffer': {
    document: gql`
      mutation ($orgId: String, $offerId: ID!) {
        withdrawOffer(orgId: $orgId, offerId: $offerId) {
          id
          orgId
          status
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, offerId: b.withdrawableOfferId }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A has no open offer of that id to withdraw.
    ownOrgDefault: notFoundAtOwnOrg('OFFER_CLOSED'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    ownerGets: (value, b) => JSON.stringify(value) === JSON.stringify({ id: b.withdrawableOfferId, orgId: ORG_B, status: 'WITHDRAWN' }),
  },
  'Query.myEnrollments': {
    document: gql`
      query ($orgId: String) {
        myEnrollments(orgId: $orgId) {
          id
          orgId
          courseCode
          courseTitle
          status
          score
          evaluation
          evaluationComment
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  'Query.myMissingTrainings': {
    document: gql`
      query ($orgId: String, $courseCodes: [String!]!) {
        myMissingTrainings(orgId: $orgId, courseCodes: $courseCodes)
      }
    `,
    variables: () => ({ orgId: ORG_B, courseCodes: [SEED.course.code] }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    // B's worker completed the course: nothing is missing.
    ownerGets: (value) => Array.isArray(value) && value.length === 0,
  },
  'Query.workCertificate': {
    // A PDF of B's worker (name, address, hours or pay): for that worker and B's staff only.
    document: gql`
      query ($orgId: String, $workerId: ID!, $from: String!, $to: String!) {
        workCertificate(orgId: $orgId, workerId: $workerId, from: $from, to: $to) {
          filename
          contentType
          byteLength
          base64
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerId: b.workerId, from: PAY_MONTH, to: PAY_MONTH }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's staff find no such worker at A; A's worker is not that worker.
    ownOrgDefault: notFoundAtOwnOrg('WORKER_NOT_FOUND', 'FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    ownerGets: (value) => isPdf(value),
  },
  // 作業委託契約 and pay (issue #18): B's terms, basic contracts, pay calendar and transfer file
  // are B's worker's and B's staff's; the worker role reaches only the caller's own.
  'Query.paySettings': {
    document: gql`
      query ($orgId: String) {
        paySettings(orgId: $orgId) {
          orgId
          closingDay
          paymentDay
          consignorCode
          consignorNameKana
          accountNumber
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.setPaySettings': {
    document: gql`
      mutation ($orgId: String, $input: SetPaySettingsInput!) {
        setPaySettings(orgId: $orgId, input: $input) {
          orgId
          closingDay
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, input: SEED.paySettings }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  // The issuer block of B's certificates (就労証明書): B's staff read it, B's org admin sets it.
  'Query.certificateIssuer': {
    document: gql`
      query ($orgId: String) {
        certificateIssuer(orgId: $orgId) {
          orgId
          legalName
          address
          representative
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.setCertificateIssuer': {
    document: gql`
      mutation ($orgId: String, $input: SetCertificateIssuerInput!) {
        setCertificateIssuer(orgId: $orgId, input: $input) {
          orgId
          legalName
        }
      }
    `,
    variables: () => ({
      orgId: ORG_B,
      input: { legalName: '立科が書き換えた発行者', address: '某所', phone: '0000-00-0000', representative: '誰か' },
    }),
    // A's director lacks the role even at home; A's org admin is refused for naming B.
    namingOrgB: { codes: ['CROSS_ORG_REFUSED', 'FORBIDDEN'] },
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Query.payTransferFile': {
    document: gql`
      query ($orgId: String, $month: String!) {
        payTransferFile(orgId: $orgId, month: $month) {
          filename
          contentType
          byteLength
          base64
          transferDate
          transferCount
          totalYen
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, month: TRANSFER_MONTH }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's director lacks the role; A's admin finds the month not closed at A.
    ownOrgDefault: notFoundAtOwnOrg('PAY_MONTH_NOT_CLOSED', 'FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    // Header, trailer and end: a closed month with nobody to pay, from B's own account.
    ownerGets: (value) => {
      const file = value as { filename: string; byteLength: number; base64: string; transferCount: number };
      return (
        file.filename === `zengin-${TRANSFER_MONTH}.txt` &&
        file.byteLength === 3 * 122 &&
        file.transferCount === 0 &&
        Buffer.from(file.base64, 'base64').includes(SEED.paySettings.consignorCode)
      );
    },
  },
  'Mutation.issueCommissionTerms': {
    document: gql`
      mutation ($orgId: String, $input: IssueCommissionTermsInput!) {
        issueCommissionTerms(orgId: $orgId, input: $input) {
          id
          orgId
          version
          workDescription
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { assignmentId: b.termsAssignmentId, ...SEED.commissionTerms } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('ASSIGNMENT_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.acceptCommissionTerms': {
    document: gql`
      mutation ($orgId: String, $id: ID!, $sha256: String!) {
        acceptCommissionTerms(orgId: $orgId, id: $id, sha256: $sha256) {
          id
          orgId
          version
          acceptedAt
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.openTermsId, sha256: b.openTermsSha256 }),
    namingOrgB: CROSS_ORG_REFUSED,
    // Only the worker the terms are addressed to accepts them; at A, no such terms are anyone's.
    ownOrgDefault: notFoundAtOwnOrg('FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  'Query.commissionTerms': {
    document: gql`
      query ($orgId: String, $assignmentId: ID!) {
        commissionTerms(orgId: $orgId, assignmentId: $assignmentId) {
          id
          orgId
          version
          sha256
          workDescription
          deliveryPlace
          acceptedAt
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, assignmentId: b.assignmentId }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's staff find no terms for B's assignment at A; A's worker is not its worker.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-director`,
  },
  'Query.commissionTermsPdf': {
    document: gql`
      query ($orgId: String, $id: ID!) {
        commissionTermsPdf(orgId: $orgId, id: $id) {
          filename
          contentType
          byteLength
          base64
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.termsId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('COMMISSION_TERMS_NOT_FOUND', 'FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
    ownerGets: (value) => isPdf(value),
  },
  'Query.myCommissionTerms': {
    document: gql`
      query ($orgId: String) {
        myCommissionTerms(orgId: $orgId) {
          id
          orgId
          workerId
          workDescription
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's worker gets their own terms at A (none); A's staff hold no worker role.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  'Mutation.issueBasicContract': {
    document: gql`
      mutation ($orgId: String, $input: IssueBasicContractInput!) {
        issueBasicContract(orgId: $orgId, input: $input) {
          id
          orgId
          workerId
          version
          title
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { workerId: b.otherWorkerId, ...SEED.basicContract } }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's director is no org admin; A's org admin finds no such worker at A.
    ownOrgDefault: notFoundAtOwnOrg('WORKER_NOT_FOUND', 'FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Mutation.acceptBasicContract': {
    document: gql`
      mutation ($orgId: String, $id: ID!, $sha256: String!) {
        acceptBasicContract(orgId: $orgId, id: $id, sha256: $sha256) {
          id
          orgId
          version
          acceptedAt
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.basicContractId, sha256: b.basicContractSha256 }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  'Query.basicContracts': {
    document: gql`
      query ($orgId: String, $workerId: ID!) {
        basicContracts(orgId: $orgId, workerId: $workerId) {
          id
          orgId
          version
          title
          body
          acceptedAt
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerId: b.workerId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-director`,
  },
  // B's template texts: read by B's staff, saved (a new version each time) by B's org admin only.
  'Query.basicContractTemplates': {
    document: gql`
      query ($orgId: String) {
        basicContractTemplates(orgId: $orgId) {
          id
          orgId
          version
          title
          body
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.saveBasicContractTemplate': {
    document: gql`
      mutation ($orgId: String, $input: SaveBasicContractTemplateInput!) {
        saveBasicContractTemplate(orgId: $orgId, input: $input) {
          id
          orgId
          version
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, input: SEED.basicContractTemplate }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Mutation.issueBasicContractFromTemplate': {
    document: gql`
      mutation ($orgId: String, $workerId: ID!) {
        issueBasicContractFromTemplate(orgId: $orgId, workerId: $workerId) {
          id
          orgId
          workerId
          version
          title
          templateVersion
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerId: b.otherWorkerId }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's director is no org admin; A's org admin has no template of its own, or finds no such worker at A.
    ownOrgDefault: notFoundAtOwnOrg('BASIC_CONTRACT_TEMPLATE_MISSING', 'WORKER_NOT_FOUND', 'FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  // Which of B's workers lack a basic contract or a bank account (B's other worker lacks a bank account throughout).
  'Query.workerPaperworkGaps': {
    document: gql`
      query ($orgId: String) {
        workerPaperworkGaps(orgId: $orgId) {
          worker { ${WORKER_FIELDS} }
          missingBasicContract
          missingBankAccount
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's org admin reads A's own; A's director is refused.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Query.myBasicContracts': {
    document: gql`
      query ($orgId: String) {
        myBasicContracts(orgId: $orgId) {
          id
          orgId
          version
          title
          body
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-worker`,
  },
  'Query.paymentCertificate': {
    // A PDF of B's worker (name, address, hours or pay): for that worker and B's staff only.
    document: gql`
      query ($orgId: String, $workerId: ID!, $from: String!, $to: String!) {
        paymentCertificate(orgId: $orgId, workerId: $workerId, from: $from, to: $to) {
          filename
          contentType
          byteLength
          base64
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerId: b.workerId, from: PAY_MONTH, to: PAY_MONTH }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's staff find no such worker at A; A's worker is not that worker.
    ownOrgDefault: notFoundAtOwnOrg('WORKER_NOT_FOUND', 'FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-director`,
    ownerGets: (value) => isPdf(value),
  },
  'Query.courses': {
    document: gql`
      query ($orgId: String) {
        courses(orgId: $orgId) {
          id
          orgId
          code
          title
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.course': {
    document: gql`
      query ($orgId: String, $id: ID!) {
        course(orgId: $orgId, id: $id) {
          id
          orgId
          code
          title
          description
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.courseId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.sharedCourses': {
    // Shared on purpose (研修の共有化), and cross-org at the node: what A must never get is B's
    // LOCAL course, the only one B has outside the template. Until the gateway lists the field as
    // cross-org it refuses naming B; afterwards B's node answers with B's shared courses (none).
    // Sharing itself is tested in training's enrollments.spec.
    document: gql`
      query ($orgId: String) {
        sharedCourses(orgId: $orgId) {
          id
          orgId
          code
          title
          description
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: { codes: ['CROSS_ORG_REFUSED'], orNothingOfB: true },
    ownOrgDefault: NOTHING_OF_B,
    atNode: NOTHING_OF_B,
    owner: `${ORG_B}-director`,
    ownerGets: (value) => Array.isArray(value) && value.length === 0,
  },
  'Query.workerEnrollments': {
    document: gql`
      query ($orgId: String, $workerId: ID!) {
        workerEnrollments(orgId: $orgId, workerId: $workerId) {
          id
          orgId
          courseCode
          courseTitle
          status
          score
          evaluation
          evaluationComment
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerId: b.workerId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.workersEnrollments': {
    document: gql`
      query ($orgId: String, $workerIds: [ID!]!) {
        workersEnrollments(orgId: $orgId, workerIds: $workerIds) {
          id
          orgId
          workerId
          courseCode
          status
          score
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerIds: [b.workerId] }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.missingTrainings': {
    document: gql`
      query ($orgId: String, $workerId: ID!, $courseCodes: [String!]!) {
        missingTrainings(orgId: $orgId, workerId: $workerId, courseCodes: $courseCodes)
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerId: b.workerId, courseCodes: [SEED.course.code] }),
    namingOrgB: CROSS_ORG_REFUSED,
    // At A, B's worker has completed nothing: A gets its own question back, learning nothing of B.
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    // B's worker completed the course: nothing is missing.
    ownerGets: (value) => Array.isArray(value) && value.length === 0,
  },
  'Query.completionCertificate': {
    // 修了証: a PDF with B's worker's name and B's course and score, for that worker and B's staff only.
    document: gql`
      query ($orgId: String, $enrollmentId: ID!) {
        completionCertificate(orgId: $orgId, enrollmentId: $enrollmentId) {
          filename
          contentType
          byteLength
          base64
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, enrollmentId: b.enrollmentId }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's staff find no such enrollment at A; to A's worker it is not their own.
    ownOrgDefault: notFoundAtOwnOrg('ENROLLMENT_NOT_FOUND', 'FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    // B's worker, known to B's workers node by their login; it asks B's training node for the enrollment as kyodo-workers.
    owner: `${ORG_B}-worker`,
    ownerGets: (value) => isPdf(value),
  },
  'Query.enrollment': {
    // The workers nodes' question for a 修了証: no user of any org reads an enrollment this way, B's own staff neither.
    document: gql`
      query ($orgId: String, $enrollmentId: ID!) {
        enrollment(orgId: $orgId, enrollmentId: $enrollmentId) {
          id
          orgId
          workerId
          courseCode
          score
          evaluation
          evaluationComment
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, enrollmentId: b.enrollmentId }),
    namingOrgB: CROSS_ORG_REFUSED,
    // At A's own training node the user is refused before any row is looked for.
    ownOrgDefault: NODE_FORBIDDEN,
    atNode: NODE_FORBIDDEN,
    owner: WORKERS_SERVICE_ACCOUNT,
  },
  'Mutation.recordEnrollment': {
    // The workers nodes' push (enrollWorker there): no user of any org may hand in an enrolment, B's own staff neither.
    document: gql`
      mutation ($orgId: String, $workerId: ID!, $courseId: ID!, $actorId: String!, $actorOrgId: String) {
        recordEnrollment(orgId: $orgId, workerId: $workerId, courseId: $courseId, actorId: $actorId, actorOrgId: $actorOrgId) {
          id
          orgId
          workerId
          courseCode
        }
      }
    `,
    // B's other worker on the course enrollWorker's control enrols B's worker on: neither control finds the other's row.
    variables: (b) => ({
      orgId: ORG_B,
      workerId: b.otherWorkerId,
      courseId: b.otherCourseId,
      actorId: 'isolation-probe',
      actorOrgId: ORG_B,
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NODE_FORBIDDEN,
    atNode: NODE_FORBIDDEN,
    owner: WORKERS_SERVICE_ACCOUNT,
  },
  'Query.promotionRules': {
    document: gql`
      query ($orgId: String) {
        promotionRules(orgId: $orgId) {
          orgId
          axis
          toStage
          requiredCourseCodes
          minWorkMinutes
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.promotionBasis': {
    // What B's workers node asks B's training node before it lists or promotes: B's rules and B's worker's completions.
    document: gql`
      query ($orgId: String, $workerIds: [ID!]!) {
        promotionBasis(orgId: $orgId, workerIds: $workerIds) {
          rules {
            orgId
            axis
            toStage
            requiredCourseCodes
          }
          completions {
            workerId
            courseCodes
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerIds: [b.workerId] }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    ownerGets: (value, b) => {
      const basis = value as { rules: { orgId: string }[]; completions: { workerId: string; courseCodes: string[] }[] };
      return (
        basis.rules.length > 0 &&
        basis.rules.every((rule) => rule.orgId === ORG_B) &&
        basis.completions.some((c) => c.workerId === b.workerId && c.courseCodes.includes(SEED.course.code))
      );
    },
  },
  'Query.workersReadyForPromotion': {
    document: gql`
      query ($orgId: String) {
        workersReadyForPromotion(orgId: $orgId) {
          workerId
          worker {
            orgId
            id
          }
          axis
          currentStage
          nextStage
          approvedMinutes
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.promotionHistory': {
    document: gql`
      query ($orgId: String, $workerId: ID) {
        promotionHistory(orgId: $orgId, workerId: $workerId) {
          id
          orgId
          workerId
          axis
          fromStage
          toStage
          approvedMinutes
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerId: b.workerId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.operatingCosts': {
    document: gql`
      query ($fiscalYear: Int!) {
        operatingCosts(fiscalYear: $fiscalYear) {
          orgId
          fiscalYear
          amountYen
        }
      }
    `,
    variables: () => ({ fiscalYear: SEED.cost.fiscalYear }),
    namingOrgB: { notApplicable: "takes no orgId: the hub answers with the caller's own org's costs only" },
    // A's director may not read costs at all; A's org admin gets A's own (none), never B's.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: { codes: ['FORBIDDEN'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
  },
  'Mutation.createClient': {
    document: gql`
      mutation ($orgId: String, $input: CreateClientInput!) {
        createClient(orgId: $orgId, input: $input) {
          id
          orgId
          name
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, input: { name: '立科から塩尻へ', sector: 'PRIVATE' } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.updateClient': {
    document: gql`
      mutation ($orgId: String, $id: ID!, $input: UpdateClientInput!) {
        updateClient(orgId: $orgId, id: $id, input: $input) {
          id
          orgId
          name
          contactName
          contactEmail
        }
      }
    `,
    // The owner's edit sets what B already has: the seeded strings stay B's markers.
    variables: (b) => ({ orgId: ORG_B, id: b.clientId, input: { contactName: SEED.client.contactName } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('CLIENT_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.salesActivities': {
    document: gql`
      query ($orgId: String, $fiscalYear: Int!) {
        salesActivities(orgId: $orgId, fiscalYear: $fiscalYear) {
          id
          orgId
          visitedOn
          prospect
          outcome
          staffName
          note
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, fiscalYear: INVOICE_FISCAL_YEAR }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.recordSalesActivity': {
    document: gql`
      mutation ($orgId: String, $input: RecordSalesActivityInput!) {
        recordSalesActivity(orgId: $orgId, input: $input) {
          id
          orgId
          prospect
        }
      }
    `,
    variables: () => ({
      orgId: ORG_B,
      input: { visitedOn: '2026-04-01', prospect: '立科から塩尻へ', outcome: 'INTRODUCED', staffName: '立科 太郎' },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.createContract': {
    document: gql`
      mutation ($orgId: String, $input: CreateContractInput!) {
        createContract(orgId: $orgId, input: $input) {
          id
          orgId
          clientId
        }
      }
    `,
    variables: (b) => ({
      orgId: ORG_B,
      input: { clientId: b.clientId, type: 'UKEOI', ndaSigned: false, startsOn: '2027-04-01', endsOn: '2028-03-31' },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    // B's client does not exist in A's org, so no contract points at it.
    ownOrgDefault: notFoundAtOwnOrg('CLIENT_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.updateContract': {
    document: gql`
      mutation ($orgId: String, $id: ID!, $input: UpdateContractInput!) {
        updateContract(orgId: $orgId, id: $id, input: $input) {
          id
          orgId
          clientId
          ndaSigned
        }
      }
    `,
    // The owner's edit sets what B already has, so B's confidential orders keep their NDA.
    variables: (b) => ({ orgId: ORG_B, id: b.contractId, input: { type: SEED.contract.type, ndaSigned: SEED.contract.ndaSigned } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('CONTRACT_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.createBusinessCategory': {
    document: gql`
      mutation ($orgId: String, $input: CreateBusinessCategoryInput!) {
        createBusinessCategory(orgId: $orgId, input: $input) {
          code
          orgId
          nameJa
        }
      }
    `,
    variables: () => ({
      orgId: ORG_B,
      input: { code: 'TATESHINA_TO_SHIOJIRI', sector: 'PRIVATE', nameJa: '立科から塩尻の分類へ', nameEn: 'From Tateshina into Shiojiri' },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.createOrder': {
    document: gql`
      mutation ($orgId: String, $input: CreateOrderInput!) {
        createOrder(orgId: $orgId, input: $input) {
          id
          orgId
          title
          client {
            name
          }
        }
      }
    `,
    variables: (b) => ({
      orgId: ORG_B,
      input: {
        clientId: b.clientId,
        title: '立科から塩尻の顧客へ',
        category: 'DATA_ENTRY',
        valueYen: 1,
        estimatedHours: 1,
        deadline: '2027-03-31',
      },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    // B's client does not exist in A's org, so nothing is created that points at it.
    ownOrgDefault: notFoundAtOwnOrg('CLIENT_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.setOrderLeadWorker': {
    // Served by the order's org's workers node, which checks the worker may be named and pushes
    // the lead to its orders node as its service account. Without orgId, A's own workers node
    // finds B's consenting worker referable but A's orders node has no such order. Only the key:
    // the rest of the order comes from the orders node, which a probe straight at the workers node skips.
    document: gql`
      mutation ($orgId: String, $orderId: ID!, $leadWorkerOrgId: String, $leadWorkerId: ID) {
        setOrderLeadWorker(orgId: $orgId, orderId: $orderId, leadWorkerOrgId: $leadWorkerOrgId, leadWorkerId: $leadWorkerId) {
          id
          orgId
        }
      }
    `,
    // B's order's lead as seeded: the owner's control names it again and changes nothing.
    variables: (b) => ({ orgId: ORG_B, orderId: b.orderId, leadWorkerOrgId: ORG_B, leadWorkerId: b.workerId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('ORDER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.recordOrderLeadWorker': {
    // The workers nodes' push: no user of any org may hand in a lead worker, B's own staff neither.
    document: gql`
      mutation ($orgId: String, $orderId: ID!, $actorId: String!, $actorOrgId: String, $leadWorkerOrgId: String, $leadWorkerId: ID) {
        recordOrderLeadWorker(
          orgId: $orgId
          orderId: $orderId
          actorId: $actorId
          actorOrgId: $actorOrgId
          leadWorkerOrgId: $leadWorkerOrgId
          leadWorkerId: $leadWorkerId
        ) {
          id
          orgId
          title
        }
      }
    `,
    variables: (b) => ({
      orgId: ORG_B,
      orderId: b.orderId,
      actorId: 'isolation-probe',
      actorOrgId: ORG_B,
      leadWorkerOrgId: ORG_B,
      leadWorkerId: b.workerId,
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    // At A's own orders node the user is refused before any row is looked for.
    ownOrgDefault: NODE_FORBIDDEN,
    atNode: NODE_FORBIDDEN,
    owner: WORKERS_SERVICE_ACCOUNT,
  },
  'Mutation.transitionOrder': {
    document: gql`
      mutation ($orgId: String, $id: ID!, $to: OrderStatus!) {
        transitionOrder(orgId: $orgId, id: $id, to: $to) {
          id
          orgId
          title
          status
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.orderId, to: 'FEASIBILITY_CHECKED' }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('ORDER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.createTask': {
    document: gql`mutation ($orgId: String, $input: CreateTaskInput!) { createTask(orgId: $orgId, input: $input) { ${TASK_FIELDS} } }`,
    variables: (b) => ({
      orgId: ORG_B,
      input: { orderId: b.orderId, title: '立科から塩尻の受注へ', payBasis: 'HOURLY', hours: 1, payRateYen: 1, valueYen: 1 },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('ORDER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.passTask': {
    document: gql`mutation ($orgId: String, $id: ID!) { passTask(orgId: $orgId, id: $id) { ${TASK_FIELDS} } }`,
    variables: (b) => ({ orgId: ORG_B, id: b.taskId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('TASK_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.returnTask': {
    document: gql`mutation ($orgId: String, $id: ID!, $comment: String!) { returnTask(orgId: $orgId, id: $id, comment: $comment) { ${TASK_FIELDS} reviewComment } }`,
    variables: (b) => ({ orgId: ORG_B, id: b.reworkTaskId, comment: '立科から差し戻し' }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('TASK_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.issueInvoice': {
    document: gql`mutation ($orgId: String, $input: IssueInvoiceInput!) { issueInvoice(orgId: $orgId, input: $input) { ${INVOICE_FIELDS} } }`,
    variables: (b) => ({ orgId: ORG_B, input: { clientId: b.clientId, orderIds: [b.acceptedOrderId] } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('CLIENT_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.issueCreditNote': {
    document: gql`mutation ($orgId: String, $invoiceId: ID!, $reason: String!) { issueCreditNote(orgId: $orgId, invoiceId: $invoiceId, reason: $reason) { ${INVOICE_FIELDS} creditsInvoiceId } }`,
    variables: (b) => ({ orgId: ORG_B, invoiceId: b.invoiceId, reason: '立科による取消' }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('INVOICE_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.deliverOrder': {
    document: gql`
      mutation ($orgId: String, $input: DeliverOrderInput!) {
        deliverOrder(orgId: $orgId, input: $input) {
          id
          orgId
          orderId
          status
          amountYen
          tasks {
            id
            title
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { orderId: b.inProgressOrderId, note: '立科からの納品' } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('ORDER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.acceptDelivery': {
    document: gql`
      mutation ($orgId: String, $id: ID!, $note: String) {
        acceptDelivery(orgId: $orgId, id: $id, note: $note) {
          id
          orgId
          orderId
          status
          acceptedAt
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.deliveryId, note: '立科による検収' }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('DELIVERY_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.checkFeasibility': {
    // Served by B's workers node, which asks B's orders node the period with the caller's token
    // and pushes the capacity as its service account; A never gets that far. Only the key: the
    // rest of the check comes from the orders node, which a probe straight at the workers node skips.
    document: gql`
      mutation ($orgId: String, $orderId: ID!) {
        checkFeasibility(orgId: $orgId, orderId: $orderId) {
          id
          orgId
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, orderId: b.orderId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('ORDER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.feasibilityPeriod': {
    document: gql`
      query ($orgId: String, $orderId: ID!) {
        feasibilityPeriod(orgId: $orgId, orderId: $orderId) {
          orderId
          from
          to
          requiredStage
          requiredMinutes
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, orderId: b.orderId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('ORDER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    ownerGets: (value, b) => (value as { orderId?: string } | null)?.orderId === b.orderId,
  },
  'Mutation.recordFeasibilityCheck': {
    // The workers nodes' push: no user of any org may hand in capacity figures, B's own staff neither.
    document: gql`
      mutation (
        $orgId: String
        $orderId: ID!
        $actorId: String!
        $actorOrgId: String
        $periodFrom: String!
        $periodTo: String!
        $own: [StageCapacityInput!]!
        $partners: [StageCapacityInput!]!
      ) {
        recordFeasibilityCheck(
          orgId: $orgId
          orderId: $orderId
          actorId: $actorId
          actorOrgId: $actorOrgId
          periodFrom: $periodFrom
          periodTo: $periodTo
          own: $own
          partners: $partners
        ) {
          id
          orgId
          verdict
        }
      }
    `,
    variables: (b) => ({
      orgId: ORG_B,
      orderId: b.orderId,
      actorId: 'isolation-probe',
      actorOrgId: ORG_B,
      periodFrom: b.orderPeriod.from,
      periodTo: b.orderPeriod.to,
      own: [{ stage: 'C', freeMinutes: 0 }],
      partners: [],
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    // At A's own orders node the user is refused before any row is looked for.
    ownOrgDefault: NODE_FORBIDDEN,
    atNode: NODE_FORBIDDEN,
    owner: WORKERS_SERVICE_ACCOUNT,
  },
  'Query.invoicePdf': {
    document: gql`
      query ($orgId: String, $id: ID!) {
        invoicePdf(orgId: $orgId, id: $id) {
          filename
          contentType
          byteLength
          base64
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.invoiceId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('INVOICE_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    ownerGets: (value) => /^invoice-\d{4}-\d{6}\.pdf$/.test((value as { filename?: string } | null)?.filename ?? ''),
  },
  'Query.invoiceSettings': {
    document: gql`
      query ($orgId: String) {
        invoiceSettings(orgId: $orgId) {
          orgId
          issuerName
          registrationNumber
          address
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.importOrderHistory': {
    document: gql`
      mutation ($orgId: String, $input: ImportHistoryInput!) {
        importOrderHistory(orgId: $orgId, input: $input) {
          dryRun
          rowCount
          problems {
            line
            code
          }
          batch {
            id
            orgId
          }
        }
      }
    `,
    // A dry run: what B's admin may check against B's books, and A may not.
    variables: () => ({
      orgId: ORG_B,
      input: { kind: 'SETTLEMENTS', csvBase64: historyCsvBase64('2019-05'), fileName: 'history.csv', dryRun: true },
    }),
    namingOrgB: { codes: ['CROSS_ORG_REFUSED', 'FORBIDDEN'] },
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => JSON.stringify(value) === '{"dryRun":true,"rowCount":1,"problems":[],"batch":null}',
  },
  'Query.orderImportBatches': {
    document: gql`
      query ($orgId: String) {
        orderImportBatches(orgId: $orgId) {
          id
          orgId
          fileName
          sha256
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: { codes: ['CROSS_ORG_REFUSED', 'FORBIDDEN'] },
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Mutation.voidOrderImportBatch': {
    document: gql`
      mutation ($orgId: String, $input: VoidImportBatchInput!) {
        voidOrderImportBatch(orgId: $orgId, input: $input) {
          id
          orgId
          voidReason
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { batchId: b.importBatchId, reason: '立科から取り消し' } }),
    namingOrgB: { codes: ['CROSS_ORG_REFUSED', 'FORBIDDEN'] },
    // B's batch id at A's own node: no such batch of A's (or not A's director's to void).
    ownOrgDefault: { codes: ['IMPORT_BATCH_NOT_FOUND', 'FORBIDDEN'] },
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Mutation.importWorkerHistory': {
    document: gql`
      mutation ($orgId: String, $input: ImportHistoryInput!) {
        importWorkerHistory(orgId: $orgId, input: $input) {
          dryRun
          rowCount
          problems {
            line
            code
          }
          batch {
            id
            orgId
          }
        }
      }
    `,
    variables: () => ({
      orgId: ORG_B,
      input: { kind: 'WORKERS', csvBase64: workerHistoryCsvBase64('ISO-2'), fileName: 'workers.csv', dryRun: true },
    }),
    namingOrgB: { codes: ['CROSS_ORG_REFUSED', 'FORBIDDEN'] },
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => JSON.stringify(value) === '{"dryRun":true,"rowCount":1,"problems":[],"batch":null}',
  },
  'Query.workerImportBatches': {
    document: gql`
      query ($orgId: String) {
        workerImportBatches(orgId: $orgId) {
          id
          orgId
          fileName
          sha256
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: { codes: ['CROSS_ORG_REFUSED', 'FORBIDDEN'] },
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Mutation.voidWorkerImportBatch': {
    document: gql`
      mutation ($orgId: String, $input: VoidImportBatchInput!) {
        voidWorkerImportBatch(orgId: $orgId, input: $input) {
          id
          orgId
          voidReason
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { batchId: b.workerImportBatchId, reason: '立科から取り消し' } }),
    namingOrgB: { codes: ['CROSS_ORG_REFUSED', 'FORBIDDEN'] },
    ownOrgDefault: { codes: ['IMPORT_BATCH_NOT_FOUND', 'FORBIDDEN'] },
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Mutation.setCategoryWithholding': {
    document: gql`
      mutation ($orgId: String, $code: String!, $withholding: Boolean!) {
        setCategoryWithholding(orgId: $orgId, code: $code, withholding: $withholding) {
          code
          withholding
        }
      }
    `,
    // A category no booking here uses, set to what it is: B's bookings stay as they are.
    variables: () => ({ orgId: ORG_B, code: 'DESIGN', withholding: false }),
    namingOrgB: { codes: ['CROSS_ORG_REFUSED', 'FORBIDDEN'] },
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => JSON.stringify(value) === '{"code":"DESIGN","withholding":false}',
  },
  'Query.taskRequirements': {
    // A holds no claim on this task of B's: B's node shows A nothing of it (A's booking within its claim: below).
    document: gql`
      query ($orgId: String, $taskId: ID!) {
        taskRequirements(orgId: $orgId, taskId: $taskId) {
          orgId
          taskId
          orderId
          itStage
          trainings
          confidential
          category
          withholding
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, taskId: b.taskId }),
    namingOrgB: NOTHING_OF_B,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NOTHING_OF_B,
    owner: `${ORG_B}-director`,
  },
  'Mutation.recordInvoicePayment': {
    document: gql`
      mutation ($orgId: String, $input: RecordInvoicePaymentInput!) {
        recordInvoicePayment(orgId: $orgId, input: $input) {
          id
          orgId
          invoiceId
          receivedOn
          amountYen
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { invoiceId: b.payableInvoiceId, receivedOn: '2025-04-01', amountYen: '1' } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('INVOICE_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.requirableCourses': {
    // The consortium's standard codes are shared reference data; codes a member registered are its own.
    document: gql`
      query ($orgId: String) {
        requirableCourses(orgId: $orgId) {
          code
          title
          orgId
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.registerRequirableCourse': {
    document: gql`
      mutation ($orgId: String, $input: RegisterRequirableCourseInput!) {
        registerRequirableCourse(orgId: $orgId, input: $input) {
          code
          title
          orgId
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, input: { code: 'TATESHINA-X1', title: '立科が登録した研修' } }),
    // A's director lacks the role even at home; A's org admin is refused for naming B.
    namingOrgB: { codes: ['CROSS_ORG_REFUSED', 'FORBIDDEN'] },
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Mutation.setInvoiceSettings': {
    document: gql`
      mutation ($orgId: String, $input: SetInvoiceSettingsInput!) {
        setInvoiceSettings(orgId: $orgId, input: $input) {
          orgId
          issuerName
          registrationNumber
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, input: { issuerName: '立科が書き換えた発行者', registrationNumber: 'T9999999999999' } }),
    // A's director lacks the role even at home; A's org admin is refused for naming B.
    namingOrgB: { codes: ['CROSS_ORG_REFUSED', 'FORBIDDEN'] },
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Mutation.registerWorker': {
    document: gql`
      mutation ($orgId: String, $input: RegisterWorkerInput!) {
        registerWorker(orgId: $orgId, input: $input) {
          id
          orgId
        }
      }
    `,
    variables: () => ({
      orgId: ORG_B,
      input: { familyName: '立科', givenName: '次郎', familyNameKana: 'タテシナ', givenNameKana: 'ジロウ', monthlyHourCap: 10 },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.setWorkerStatus': {
    document: gql`mutation ($orgId: String, $id: ID!, $status: WorkerStatus!) { setWorkerStatus(orgId: $orgId, id: $id, status: $status) { ${WORKER_FIELDS} } }`,
    variables: (b) => ({ orgId: ORG_B, id: b.otherWorkerId, status: 'ACTIVE' }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('WORKER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.setWorkerSensitiveNotes': {
    document: gql`
      mutation ($orgId: String, $id: ID!, $notes: String) {
        setWorkerSensitiveNotes(orgId: $orgId, id: $id, notes: $notes)
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.workerId, notes: '立科が書き換えた配慮事項' }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's director is no org admin even at home; A's org admin finds no such worker at A.
    ownOrgDefault: notFoundAtOwnOrg('FORBIDDEN', 'WORKER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => value === true,
  },
  'Mutation.updateWorker': {
    document: gql`mutation ($orgId: String, $id: ID!, $input: UpdateWorkerInput!) { updateWorker(orgId: $orgId, id: $id, input: $input) { ${WORKER_FIELDS} } }`,
    variables: (b) => ({ orgId: ORG_B, id: b.otherWorkerId, input: { phone: '0263-52-0280' } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('WORKER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.inviteWorkerLogin': {
    document: gql`
      mutation ($orgId: String, $id: ID!) {
        inviteWorkerLogin(orgId: $orgId, id: $id) {
          mailed
          temporaryPassword
          worker {
            id
            orgId
            hasLogin
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.otherWorkerId }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's director is no org admin; A's org admin finds no such worker at A (and makes no login).
    ownOrgDefault: notFoundAtOwnOrg('FORBIDDEN', 'WORKER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    // The test consortium has no mail server: the password is shown to the inviting admin once.
    ownerGets: (value, b) => {
      const invitation = value as { mailed?: boolean; temporaryPassword?: string; worker?: { id?: string; hasLogin?: boolean } };
      return (
        invitation.mailed === false &&
        (invitation.temporaryPassword?.length ?? 0) >= 12 &&
        invitation.worker?.id === b.otherWorkerId &&
        invitation.worker.hasLogin === true
      );
    },
  },
  'Query.staffLogins': {
    document: gql`
      query ($orgId: String) {
        staffLogins(orgId: $orgId) {
          username
          role
          enabled
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's org admin gets A's own logins; A's director is refused.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => JSON.stringify(value).includes(`"username":"${ORG_B}-director"`),
  },
  'Mutation.inviteStaffLogin': {
    document: gql`
      mutation ($orgId: String, $input: InviteStaffLoginInput!) {
        inviteStaffLogin(orgId: $orgId, input: $input) {
          mailed
          staffLogin {
            username
            role
          }
        }
      }
    `,
    variables: () => ({
      orgId: ORG_B,
      input: { email: `isolation.director.${Date.now()}@example.jp`, familyName: '境界', givenName: '確認', role: 'DIRECTOR' },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => (value as { staffLogin?: { role?: string } }).staffLogin?.role === 'DIRECTOR',
  },
  'Mutation.setStaffLoginRole': {
    document: gql`
      mutation ($orgId: String, $username: String!, $role: StaffRole!) {
        setStaffLoginRole(orgId: $orgId, username: $username, role: $role) {
          username
          role
        }
      }
    `,
    // B's director made a director again: the owner's control changes nothing in Keycloak.
    variables: () => ({ orgId: ORG_B, username: `${ORG_B}-director`, role: 'DIRECTOR' }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's node finds no login of B among A's organization's members.
    ownOrgDefault: notFoundAtOwnOrg('FORBIDDEN', 'LOGIN_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => JSON.stringify(value) === JSON.stringify({ username: `${ORG_B}-director`, role: 'DIRECTOR' }),
  },
  'Mutation.setStaffLoginEnabled': {
    document: gql`
      mutation ($orgId: String, $username: String!, $enabled: Boolean!) {
        setStaffLoginEnabled(orgId: $orgId, username: $username, enabled: $enabled) {
          username
          enabled
        }
      }
    `,
    // Enabled already: the owner's control changes nothing, so no other test loses B's director.
    variables: () => ({ orgId: ORG_B, username: `${ORG_B}-director`, enabled: true }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('FORBIDDEN', 'LOGIN_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => JSON.stringify(value) === JSON.stringify({ username: `${ORG_B}-director`, enabled: true }),
  },
  'Query.auditLog': {
    document: gql`
      query ($orgId: String) {
        auditLog(orgId: $orgId, first: 100) {
          nodes {
            action
            entityType
            entityId
            actorName
            detail
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's org admin reads A's own log; A's director is refused.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => ((value as { nodes?: { action: string }[] }).nodes ?? []).some((n) => n.action === 'worker.register'),
  },
  'Mutation.setWorkerBankAccount': {
    document: gql`
      mutation ($orgId: String, $workerId: ID!, $input: BankAccountInput!) {
        setWorkerBankAccount(orgId: $orgId, workerId: $workerId, input: $input) {
          accountNumberLast3
        }
      }
    `,
    variables: (b) => ({
      orgId: ORG_B,
      workerId: b.workerId,
      input: { bankCode: '0001', branchCode: '001', accountType: 'ORDINARY', accountNumber: '7777777', holderKana: 'タテシナ タロウ' },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    // A's director is no org admin even at home; A's org admin finds no such worker at A.
    ownOrgDefault: notFoundAtOwnOrg('FORBIDDEN', 'WORKER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => JSON.stringify(value) === '{"accountNumberLast3":"777"}',
  },
  'Mutation.overrideSkillStage': {
    // On B's REGISTERED worker, whom no other rule here promotes.
    document: gql`
      mutation ($orgId: String, $workerId: ID!, $axis: SkillAxis!, $stage: SkillStageV2!, $reason: String!) {
        overrideSkillStage(orgId: $orgId, workerId: $workerId, axis: $axis, stage: $stage, reason: $reason) {
          id
          orgId
          workerId
          fromStage
          toStage
          kind
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerId: b.otherWorkerId, axis: 'BUSINESS', stage: 'C', reason: '立科からの書き換え' }),
    // A's director lacks the role even at home; A's org admin is refused for naming B.
    namingOrgB: { codes: ['CROSS_ORG_REFUSED', 'FORBIDDEN'] },
    ownOrgDefault: notFoundAtOwnOrg('FORBIDDEN', 'WORKER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Query.approvedWorkMinutes': {
    // Answers only for workers of the node's org: A's node knows no worker of B, so nothing echoes B's ids.
    document: gql`
      query ($orgId: String, $workerIds: [ID!]!) {
        approvedWorkMinutes(orgId: $orgId, workerIds: $workerIds) {
          workerId
          approvedMinutes
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, workerIds: [b.workerId, b.otherWorkerId] }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    ownerGets: (value, b) => JSON.stringify(value).includes(`"workerId":"${b.workerId}"`),
  },
  'Mutation.closePayMonth': {
    document: gql`
      mutation ($orgId: String, $month: String!) {
        closePayMonth(orgId: $orgId, month: $month) {
          orgId
          month
          statementCount
          grossYen
          netYen
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, month: OPEN_PAY_MONTH }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.createAssignment': {
    document: gql`
      mutation ($orgId: String, $input: CreateAssignmentInput!) {
        createAssignment(orgId: $orgId, input: $input) {
          id
          orgId
          workerId
          task {
            orgId
            id
          }
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { workerId: b.workerId, taskOrgId: ORG_B, taskId: b.reworkTaskId, ...SEED.assignment } }),
    namingOrgB: CROSS_ORG_REFUSED,
    // B's worker does not exist at A: nobody of B is booked.
    ownOrgDefault: notFoundAtOwnOrg('WORKER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.logTime': {
    document: gql`
      mutation ($orgId: String, $input: LogTimeInput!) {
        logTime(orgId: $orgId, input: $input) {
          id
          orgId
          assignmentId
          workerId
          minutes
          status
        }
      }
    `,
    variables: (b) => ({
      orgId: ORG_B,
      input: { assignmentId: b.assignmentId, workDate: `${WORK_MONTH}-07`, minutes: 30, idempotencyKey: 'tateshina-into-shiojiri-1' },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    // B's assignment does not exist at A: A's staff find nothing to log on, A's worker is refused.
    ownOrgDefault: notFoundAtOwnOrg('ASSIGNMENT_NOT_FOUND', 'FORBIDDEN'),
    atNode: NODE_FORBIDDEN,
    callers: [`${ORG_A}-worker`, ...ORG_A_CALLERS],
    owner: `${ORG_B}-director`,
  },
  'Mutation.approveTimeEntry': {
    document: gql`
      mutation ($orgId: String, $id: ID!) {
        approveTimeEntry(orgId: $orgId, id: $id) {
          id
          orgId
          workDate
          minutes
          note
          status
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.timeEntryId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('TIME_ENTRY_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.approveTimeEntries': {
    // After approveTimeEntry: the entry is approved already, and approving it again changes nothing and answers it.
    document: gql`
      mutation ($orgId: String, $ids: [ID!]!) {
        approveTimeEntries(orgId: $orgId, ids: $ids) {
          id
          orgId
          workDate
          minutes
          note
          status
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, ids: [b.timeEntryId] }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('TIME_ENTRY_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.returnTimeEntry': {
    document: gql`
      mutation ($orgId: String, $id: ID!, $comment: String!) {
        returnTimeEntry(orgId: $orgId, id: $id, comment: $comment) {
          id
          orgId
          workDate
          minutes
          note
          status
          reviewComment
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, id: b.returnableTimeEntryId, comment: '立科から差し戻し' }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('TIME_ENTRY_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.createCourse': {
    document: gql`
      mutation ($orgId: String, $input: CreateCourseInput!) {
        createCourse(orgId: $orgId, input: $input) {
          id
          orgId
          code
        }
      }
    `,
    variables: () => ({
      orgId: ORG_B,
      input: { code: 'SJ-201', title: '立科から塩尻の講座へ', category: 'BASIC', format: 'ONLINE_LIVE', durationMinutes: 30 },
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.seedCourseCatalogue': {
    document: gql`
      mutation ($orgId: String) {
        seedCourseCatalogue(orgId: $orgId) {
          id
          orgId
          code
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Mutation.enrollWorker': {
    document: gql`
      mutation ($orgId: String, $input: EnrollWorkerInput!) {
        enrollWorker(orgId: $orgId, input: $input) {
          id
          orgId
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { workerId: b.workerId, courseId: b.otherCourseId } }),
    namingOrgB: CROSS_ORG_REFUSED,
    // The workers node answers the key only (the gateway fetches the rest from training, Enrollment@training below).
    // B's worker does not exist at A (A's workers node looks in its own table before pushing to training).
    ownOrgDefault: notFoundAtOwnOrg('WORKER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.completeEnrollment': {
    document: gql`
      mutation ($orgId: String, $input: CompleteEnrollmentInput!) {
        completeEnrollment(orgId: $orgId, input: $input) {
          id
          orgId
          courseCode
          status
          score
          evaluation
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { enrollmentId: b.openEnrollmentId, evaluation: 1, score: 0 } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('ENROLLMENT_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.setPromotionRule': {
    document: gql`
      mutation ($orgId: String, $input: SetPromotionRuleInput!) {
        setPromotionRule(orgId: $orgId, input: $input) {
          orgId
          axis
          toStage
          minWorkMinutes
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, input: { axis: 'BUSINESS', toStage: 'C', requiredCourseCodes: [], minWorkMinutes: 1 } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-admin`,
  },
  'Mutation.promoteWorker': {
    document: gql`
      mutation ($orgId: String, $workerId: ID!, $axis: SkillAxis!) {
        promoteWorker(orgId: $orgId, workerId: $workerId, axis: $axis) {
          id
          orgId
          workerId
          fromStage
          toStage
        }
      }
    `,
    // B's worker is at IT stage B and meets B's rule for C.
    variables: (b) => ({ orgId: ORG_B, workerId: b.workerId, axis: 'IT' }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('WORKER_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.setOperatingCost': {
    document: gql`
      mutation ($input: SetOperatingCostInput!) {
        setOperatingCost(input: $input) {
          orgId
          fiscalYear
          amountYen
        }
      }
    `,
    variables: () => ({ input: { orgId: ORG_B, fiscalYear: SEED.cost.fiscalYear, amountYen: 1 } }),
    // The org is part of the input: A's director lacks the role, A's org admin may set only A's.
    namingOrgB: { codes: ['FORBIDDEN'] },
    ownOrgDefault: { notApplicable: 'the org is part of the input, so naming B is the only way to reach its costs' },
    atNode: { codes: ['FORBIDDEN'] },
    owner: `${ORG_B}-admin`,
  },
  // Reporting: the support body gathers members' fiscal-year aggregates (only sums leave a node;
  // by-client sums name B's clients, so members never ask nodes for them) and stores snapshots;
  // an org admin reads its own org's reports, targets and exports, never another org's.
  'Query.consortiumOrderAggregates': {
    document: gql`
      query ($fiscalYear: Int!) {
        consortiumOrderAggregates(fiscalYear: $fiscalYear) {
          orgId
          total {
            orderCount
            valueYen
          }
          byClient {
            clientName
            valueYen
          }
        }
      }
    `,
    variables: () => ({ fiscalYear: INVOICE_FISCAL_YEAR }),
    namingOrgB: { notApplicable: 'consortium-wide: takes no orgId' },
    ownOrgDefault: NODE_FORBIDDEN,
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
  },
  'Query.consortiumWorkforceAggregates': {
    document: gql`
      query ($fiscalYear: Int!) {
        consortiumWorkforceAggregates(fiscalYear: $fiscalYear) {
          orgId
          registeredWorkers
          activeWorkers
          totalPayYen
          sharedWork {
            taskOrgId
            approvedMinutes
            payYen
          }
        }
      }
    `,
    variables: () => ({ fiscalYear: INVOICE_FISCAL_YEAR }),
    namingOrgB: { notApplicable: 'consortium-wide: takes no orgId' },
    ownOrgDefault: NODE_FORBIDDEN,
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
  },
  'Mutation.takeReportingSnapshot': {
    // Declared before the reports: the owner's control stores the snapshot their controls read.
    document: gql`
      mutation ($fiscalYear: Int!) {
        takeReportingSnapshot(fiscalYear: $fiscalYear) {
          fiscalYear
          orgIds
          unavailableOrgIds
        }
      }
    `,
    variables: () => ({ fiscalYear: INVOICE_FISCAL_YEAR }),
    namingOrgB: { notApplicable: 'consortium-wide: takes no orgId' },
    ownOrgDefault: NODE_FORBIDDEN,
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
    ownerGets: (value) => ((value as { orgIds?: string[] }).orgIds ?? []).includes(ORG_B),
  },
  'Query.fiscalYearReport': {
    document: gql`
      query ($fiscalYear: Int!, $orgId: String) {
        fiscalYearReport(fiscalYear: $fiscalYear, orgId: $orgId) {
          fiscalYear
          orgs {
            orgId
            totals {
              orders {
                valueYen
              }
              netResultYen
            }
            byClient {
              clientName
              valueYen
            }
          }
          consortium {
            memberCount
          }
        }
      }
    `,
    variables: () => ({ fiscalYear: INVOICE_FISCAL_YEAR, orgId: ORG_B }),
    namingOrgB: NODE_FORBIDDEN,
    // A's director may not read reports; A's org admin gets A's own, never B's.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: { codes: ['FORBIDDEN'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
  },
  'Mutation.setKpiTarget': {
    // Declared before kpiAchievements: the owner's control sets the target that one rates.
    document: gql`
      mutation ($input: SetKpiTargetInput!) {
        setKpiTarget(input: $input) {
          orgId
          fiscalYear
          kpi
          targetValue
        }
      }
    `,
    variables: () => ({ input: { orgId: ORG_B, fiscalYear: SEED.cost.fiscalYear, kpi: 'ORDER_VALUE', targetValue: 1_000_000 } }),
    namingOrgB: { codes: ['FORBIDDEN'] },
    ownOrgDefault: { notApplicable: 'the org is part of the input, so naming B is the only way to reach its targets' },
    atNode: { codes: ['FORBIDDEN'] },
    owner: `${ORG_B}-admin`,
  },
  'Mutation.setKpiPlan': {
    // Declared before the sheets: the owner's control sets the plan they show.
    document: gql`
      mutation ($input: SetKpiPlanInput!) {
        setKpiPlan(input: $input) {
          orgId
          kpi
          baseYear
          baseValue
          finalYear
          finalIncrease
        }
      }
    `,
    variables: () => ({
      input: {
        orgId: ORG_B,
        kpi: 'ORDER_VALUE',
        baseYear: INVOICE_FISCAL_YEAR - 1,
        baseValue: '0',
        finalYear: INVOICE_FISCAL_YEAR + 1,
        finalIncrease: '2',
        yearlyIncreases: [{ fiscalYear: INVOICE_FISCAL_YEAR, increase: '1' }],
      },
    }),
    namingOrgB: { codes: ['FORBIDDEN'] },
    ownOrgDefault: {
      notApplicable:
        "the org is part of the input: without it the caller's own org's plan (the consortium's for the support body) is written",
    },
    atNode: { codes: ['FORBIDDEN'] },
    owner: `${ORG_B}-admin`,
  },
  'Query.kpiPlans': {
    document: gql`
      query ($orgId: String) {
        kpiPlans(orgId: $orgId) {
          orgId
          kpi
          baseValue
          finalIncrease
          yearlyIncreases {
            fiscalYear
            increase
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: NODE_FORBIDDEN,
    // Without orgId: A's org admin gets A's own plans; A's director is refused.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: { codes: ['FORBIDDEN'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
  },
  'Query.kpiSheet': {
    document: gql`
      query ($fiscalYear: Int!, $orgId: String) {
        kpiSheet(fiscalYear: $fiscalYear, orgId: $orgId) {
          orgId
          fiscalYear
          lines {
            kpi
            baseValue
            yearTarget
            yearActual
            yearRatePercent
          }
        }
      }
    `,
    variables: () => ({ fiscalYear: INVOICE_FISCAL_YEAR, orgId: ORG_B }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: { codes: ['FORBIDDEN'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
  },
  'Query.kpiSheetCsv': {
    document: gql`
      query ($fiscalYear: Int!, $orgId: String) {
        kpiSheetCsv(fiscalYear: $fiscalYear, orgId: $orgId) {
          filename
          contentType
          content
        }
      }
    `,
    variables: () => ({ fiscalYear: INVOICE_FISCAL_YEAR, orgId: ORG_B }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: { codes: ['FORBIDDEN'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => (value as { filename?: string }).filename === `kyodo-kpi-sheet-fy${INVOICE_FISCAL_YEAR}-${ORG_B}.csv`,
  },
  'Query.kpiSheetPdf': {
    document: gql`
      query ($fiscalYear: Int!, $orgId: String) {
        kpiSheetPdf(fiscalYear: $fiscalYear, orgId: $orgId) {
          filename
          contentType
          byteLength
        }
      }
    `,
    variables: () => ({ fiscalYear: INVOICE_FISCAL_YEAR, orgId: ORG_B }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: { codes: ['FORBIDDEN'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => (value as { filename?: string }).filename === `kyodo-kpi-sheet-fy${INVOICE_FISCAL_YEAR}-${ORG_B}.pdf`,
  },
  // Projects (広域プロジェクト): B leads a project with a member outside A. Only the support body
  // creates projects and sets members; B's org admin (the lead) sets its targets and reads its
  // sheet; A's staff see none of it (PROJECT_NOT_FOUND hides that it exists).
  'Mutation.createProject': {
    document: gql`
      mutation ($input: CreateProjectInput!) {
        createProject(input: $input) {
          id
          leadOrgId
          memberOrgIds
        }
      }
    `,
    variables: () => ({
      input: { name: `塩尻 広域 管理確認 ${INVOICE_FISCAL_YEAR}`, leadOrgId: ORG_B, memberOrgIds: [ORG_B, 'itoigawa'] },
    }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { notApplicable: 'takes no orgId: the lead and members are part of the input' },
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
    ownerGets: (value) => (value as { leadOrgId?: string }).leadOrgId === ORG_B,
  },
  'Mutation.setProjectMembers': {
    document: gql`
      mutation ($input: SetProjectMembersInput!) {
        setProjectMembers(input: $input) {
          id
          leadOrgId
        }
      }
    `,
    variables: (b) => ({ input: { projectId: b.projectId, leadOrgId: ORG_B, memberOrgIds: [ORG_B, 'itoigawa'] } }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { notApplicable: "takes no orgId: the project id is B's" },
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
    ownerGets: (value, b) => (value as { id?: string }).id === b.projectId,
  },
  'Query.projects': {
    document: gql`
      query {
        projects {
          id
          name
          leadOrgId
        }
      }
    `,
    variables: () => ({}),
    namingOrgB: { notApplicable: "takes no orgId: an org admin sees its own member org's projects" },
    // A's org admin gets A's projects (none of B's); A's director is refused.
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: { codes: ['FORBIDDEN'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
    ownerGets: (value, b) => (value as { id: string }[]).some((p) => p.id === b.projectId),
  },
  'Query.project': {
    document: gql`
      query ($projectId: ID!) {
        project(projectId: $projectId) {
          id
          name
          memberOrgIds
        }
      }
    `,
    variables: (b) => ({ projectId: b.projectId }),
    namingOrgB: { notApplicable: "takes no orgId: the project id is B's" },
    ownOrgDefault: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    atNode: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    owner: `${ORG_B}-admin`,
    ownerGets: (value, b) => (value as { id?: string }).id === b.projectId,
  },
  'Mutation.setProjectKpiPlan': {
    document: gql`
      mutation ($input: SetProjectKpiPlanInput!) {
        setProjectKpiPlan(input: $input) {
          projectId
          kpi
          baseValue
        }
      }
    `,
    variables: (b) => ({
      input: {
        projectId: b.projectId,
        kpi: 'REGISTERED_WORKERS',
        baseYear: INVOICE_FISCAL_YEAR - 1,
        baseValue: '10',
        finalYear: INVOICE_FISCAL_YEAR + 1,
        finalIncrease: '4',
        yearlyIncreases: [{ fiscalYear: INVOICE_FISCAL_YEAR, increase: '2' }],
      },
    }),
    namingOrgB: { notApplicable: "takes no orgId: the project id is B's" },
    ownOrgDefault: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    atNode: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    owner: `${ORG_B}-admin`,
    ownerGets: (value, b) => (value as { projectId?: string }).projectId === b.projectId,
  },
  'Query.projectKpiPlans': {
    document: gql`
      query ($projectId: ID!) {
        projectKpiPlans(projectId: $projectId) {
          projectId
          kpi
          baseValue
        }
      }
    `,
    variables: (b) => ({ projectId: b.projectId }),
    namingOrgB: { notApplicable: "takes no orgId: the project id is B's" },
    ownOrgDefault: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    atNode: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    owner: `${ORG_B}-admin`,
    ownerGets: (value, b) => Array.isArray(value) && (value as { projectId: string }[]).every((p) => p.projectId === b.projectId),
  },
  'Query.projectKpiSheet': {
    document: gql`
      query ($projectId: ID!, $fiscalYear: Int!) {
        projectKpiSheet(projectId: $projectId, fiscalYear: $fiscalYear) {
          projectId
          fiscalYear
          lines {
            kpi
            yearActual
          }
        }
      }
    `,
    variables: (b) => ({ projectId: b.projectId, fiscalYear: INVOICE_FISCAL_YEAR }),
    namingOrgB: { notApplicable: "takes no orgId: the project id is B's" },
    ownOrgDefault: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    atNode: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    owner: `${ORG_B}-admin`,
    ownerGets: (value, b) => (value as { projectId?: string }).projectId === b.projectId,
  },
  'Query.projectKpiSheetCsv': {
    document: gql`
      query ($projectId: ID!, $fiscalYear: Int!) {
        projectKpiSheetCsv(projectId: $projectId, fiscalYear: $fiscalYear) {
          filename
          content
        }
      }
    `,
    variables: (b) => ({ projectId: b.projectId, fiscalYear: INVOICE_FISCAL_YEAR }),
    namingOrgB: { notApplicable: "takes no orgId: the project id is B's" },
    ownOrgDefault: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    atNode: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    owner: `${ORG_B}-admin`,
    ownerGets: (value, b) =>
      (value as { filename?: string }).filename === `kyodo-kpi-sheet-fy${INVOICE_FISCAL_YEAR}-project-${b.projectId}.csv`,
  },
  'Query.projectKpiSheetPdf': {
    document: gql`
      query ($projectId: ID!, $fiscalYear: Int!) {
        projectKpiSheetPdf(projectId: $projectId, fiscalYear: $fiscalYear) {
          filename
          byteLength
        }
      }
    `,
    variables: (b) => ({ projectId: b.projectId, fiscalYear: INVOICE_FISCAL_YEAR }),
    namingOrgB: { notApplicable: "takes no orgId: the project id is B's" },
    ownOrgDefault: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    atNode: { codes: ['FORBIDDEN', 'PROJECT_NOT_FOUND'] },
    owner: `${ORG_B}-admin`,
    ownerGets: (value, b) =>
      (value as { filename?: string }).filename === `kyodo-kpi-sheet-fy${INVOICE_FISCAL_YEAR}-project-${b.projectId}.pdf`,
  },
  'Query.kpiAchievements': {
    document: gql`
      query ($fiscalYear: Int!, $orgId: String) {
        kpiAchievements(fiscalYear: $fiscalYear, orgId: $orgId) {
          orgId
          kpi
          target
          actual
          ratePercent
          cumulativeRatePercent
        }
      }
    `,
    variables: () => ({ fiscalYear: SEED.cost.fiscalYear, orgId: ORG_B }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: { codes: ['FORBIDDEN'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
  },
  'Query.reportCsv': {
    document: gql`
      query ($kind: ReportCsvKind!, $fiscalYear: Int!, $orgId: String) {
        reportCsv(kind: $kind, fiscalYear: $fiscalYear, orgId: $orgId) {
          filename
          contentType
          content
        }
      }
    `,
    variables: () => ({ kind: 'ORDERS_BY_CLIENT', fiscalYear: INVOICE_FISCAL_YEAR, orgId: ORG_B }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: { codes: ['FORBIDDEN'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
    ownerGets: (value) => (value as { filename?: string }).filename === `kyodo-orders-by-client-fy${INVOICE_FISCAL_YEAR}-${ORG_B}.csv`,
  },
  'Query.orderValueChart': {
    document: gql`
      query ($fromYear: Int!, $toYear: Int!, $orgId: String) {
        orderValueChart(fromYear: $fromYear, toYear: $toYear, orgId: $orgId) {
          filename
          contentType
          content
        }
      }
    `,
    variables: () => ({ fromYear: INVOICE_FISCAL_YEAR - 1, toYear: INVOICE_FISCAL_YEAR, orgId: ORG_B }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: { codes: ['FORBIDDEN'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
    ownerGets: (value) =>
      (value as { filename?: string; content?: string }).filename?.endsWith(`-${ORG_B}.svg`) === true &&
      (value as { content: string }).content.startsWith('<svg'),
  },
  'Query.sectorSplitChart': {
    document: gql`
      query ($fiscalYear: Int!, $orgId: String) {
        sectorSplitChart(fiscalYear: $fiscalYear, orgId: $orgId) {
          filename
          contentType
          content
        }
      }
    `,
    variables: () => ({ fiscalYear: INVOICE_FISCAL_YEAR, orgId: ORG_B }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { codes: ['FORBIDDEN'], orNothingOfB: true },
    atNode: { codes: ['FORBIDDEN'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
    ownerGets: (value) =>
      (value as { filename?: string; content?: string }).filename?.endsWith(`-${ORG_B}.svg`) === true &&
      (value as { content: string }).content.startsWith('<svg'),
  },
  'Query.consortiumCapacity': {
    // Consortium-wide: every member's consortium count, B's included on purpose (an aggregate).
    document: gql`
      query ($from: String!, $to: String!) {
        consortiumCapacity(from: $from, to: $to) {
          orgId
          totalFreeMinutes
          byStage {
            stage
            workerCount
            freeMinutes
          }
        }
      }
    `,
    variables: () => ({ from: SEED.assignment.periodFrom, to: SEED.assignment.periodTo }),
    namingOrgB: { notApplicable: 'consortium-wide: takes no orgId' },
    ownOrgDefault: { codes: [], sharedAggregateOfB: true },
    atNode: { codes: [], sharedAggregateOfB: true },
    owner: `${ORG_B}-director`,
    ownerGets: (value) => Array.isArray(value) && value.some((entry) => (entry as { orgId?: string }).orgId === ORG_B),
  },
  'Query.consortiumCourses': {
    // Consortium-wide (the gateway asks every member's node): B's shared courses are meant for A,
    // B's LOCAL course (SEED.course) never; the node of B answers with its shared ones only.
    document: gql`
      query {
        consortiumCourses(first: 100) {
          nodes {
            orgId
            code
            title
            visibility
          }
        }
      }
    `,
    variables: () => ({}),
    namingOrgB: { notApplicable: 'consortium-wide: takes no orgId' },
    ownOrgDefault: { codes: [], sharedAggregateOfB: true },
    atNode: { codes: [], sharedAggregateOfB: true },
    owner: `${ORG_B}-director`,
    ownerGets: (value) => !JSON.stringify(value).includes(SEED.course.code) && Array.isArray((value as { nodes?: unknown }).nodes),
  },
  'Mutation.publishPoolOffer': {
    document: gql`
      mutation ($orgId: String, $input: PublishPoolOfferInput!) {
        publishPoolOffer(orgId: $orgId, input: $input) {
          id
          orgId
          taskId
          title
        }
      }
    `,
    variables: (b) => ({ orgId: ORG_B, input: { taskId: b.reworkTaskId, hours: 1, rateYen: 1 } }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('TASK_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.poolOffers': {
    document: gql`
      query ($orgId: String) {
        poolOffers(orgId: $orgId) {
          id
          orgId
          taskId
          title
          clientLabel
          claims {
            id
            claimantOrgId
            hours
            status
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.consortiumPool': {
    // Consortium-wide: B's offer is published for every member, client only as B's label.
    document: gql`
      query {
        consortiumPool(first: 100) {
          nodes {
            id
            orgId
            taskId
            title
            hours
            approvedHours
            requiredStage
            deadline
            rateYen
            clientLabel
          }
        }
      }
    `,
    variables: () => ({}),
    namingOrgB: { notApplicable: 'consortium-wide: takes no orgId' },
    ownOrgDefault: { codes: [], sharedAggregateOfB: true },
    atNode: { codes: [], sharedAggregateOfB: true },
    owner: `${ORG_B}-director`,
    ownerGets: (value) => JSON.stringify(value).includes(SHARED_WITH_A.offerId) && !JSON.stringify(value).includes(SEED.client.name),
  },
  'Mutation.claimPoolOffer': {
    // A partner's claim is recorded at the owner's node on purpose (cross-org); it stays PENDING
    // until B decides, so A's probes give nothing away. B itself cannot claim its own offer.
    document: gql`
      mutation ($orgId: String, $offerId: ID!, $hours: Int!) {
        claimPoolOffer(orgId: $orgId, offerId: $offerId, hours: $hours) {
          id
          orgId
          claimantOrgId
          hours
          status
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, offerId: SHARED_WITH_A.offerId, hours: 1 }),
    namingOrgB: { codes: [], sharedAggregateOfB: true, onlyOwn: onlyTateshinasShares },
    ownOrgDefault: notFoundAtOwnOrg('CLAIM_OWN_OFFER', 'OFFER_NOT_FOUND'),
    atNode: { codes: [], sharedAggregateOfB: true, onlyOwn: onlyTateshinasShares },
    // The control is A's own claim at B: nobody of B may claim B's offer.
    owner: `${ORG_A}-director`,
    ownerGets: (value) =>
      (value as { orgId?: string; claimantOrgId?: string }).orgId === ORG_B &&
      (value as { claimantOrgId?: string }).claimantOrgId === ORG_A,
  },
  'Mutation.approvePoolClaim': {
    document: gql`
      mutation ($orgId: String, $id: ID!) {
        approvePoolClaim(orgId: $orgId, id: $id) {
          id
          orgId
          status
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, id: SHARED_WITH_A.approvableClaimId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('CLAIM_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Mutation.declinePoolClaim': {
    document: gql`
      mutation ($orgId: String, $id: ID!) {
        declinePoolClaim(orgId: $orgId, id: $id) {
          id
          orgId
          status
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, id: SHARED_WITH_A.declinableClaimId }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: notFoundAtOwnOrg('CLAIM_NOT_FOUND'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.poolClaims': {
    // A reads its own claims at B (cross-org); never another member's.
    document: gql`
      query ($orgId: String) {
        poolClaims(orgId: $orgId) {
          id
          orgId
          claimantOrgId
          hours
          status
          offer {
            id
            title
            rateYen
            clientLabel
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: { codes: [], sharedAggregateOfB: true, onlyOwn: onlyTateshinasShares },
    ownOrgDefault: NOTHING_OF_B,
    atNode: { codes: [], sharedAggregateOfB: true, onlyOwn: onlyTateshinasShares },
    owner: `${ORG_B}-director`,
  },
  'Query.claimProgress': {
    // B's workers staff no claim of A's, so B's node shows A nothing; at A's own node A reads
    // its own progress on its claim at B (A's data). Content and pseudonyms: sharing.e2e.
    document: gql`
      query ($orgId: String, $claimIds: [ID!]!) {
        claimProgress(orgId: $orgId, claimIds: $claimIds) {
          claimId
          ownerOrgId
          approvedMinutes
          workers {
            pseudonym
            stage
            approvedMinutes
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, claimIds: [SHARED_WITH_A.bookingClaimId] }),
    namingOrgB: NOTHING_OF_B,
    ownOrgDefault: NOTHING_OF_B,
    atNode: NOTHING_OF_B,
    owner: `${ORG_B}-director`,
    ownerGets: (value) => Array.isArray(value) && value.length === 0,
  },
  'Mutation.prepareSettlement': {
    // Served by B's workers node, which asks B's orders node and A's workers node as the caller
    // and pushes the minutes as its service account. Only the key: the rest of the statement
    // comes from the orders node, which a probe straight at the workers node skips.
    document: gql`
      mutation ($orgId: String, $partnerOrgId: String!, $month: String!) {
        prepareSettlement(orgId: $orgId, partnerOrgId: $partnerOrgId, month: $month) {
          id
          orgId
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, partnerOrgId: ORG_A, month: NEXT_SETTLEMENT_MONTH }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
  },
  'Query.settlementBasis': {
    document: gql`
      query ($orgId: String, $partnerOrgId: String!, $month: String!) {
        settlementBasis(orgId: $orgId, partnerOrgId: $partnerOrgId, month: $month) {
          partnerOrgId
          month
          claimIds
          months
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, partnerOrgId: ORG_A, month: NEXT_SETTLEMENT_MONTH }),
    namingOrgB: CROSS_ORG_REFUSED,
    // At A's own node the partner is A itself.
    ownOrgDefault: notFoundAtOwnOrg('SETTLEMENT_WITH_ITSELF'),
    atNode: NODE_FORBIDDEN,
    owner: `${ORG_B}-director`,
    ownerGets: (value) => (value as { partnerOrgId?: string } | null)?.partnerOrgId === ORG_A,
  },
  'Mutation.recordSettlement': {
    // The workers nodes' push: no user of any org may hand in a partner's minutes, B's own staff
    // neither. The owner's control settles a month before any claim (itoigawa, March 2019: no
    // claim, no earlier settled month), so the basis it pushes is the current one.
    document: gql`
      mutation (
        $orgId: String
        $partnerOrgId: String!
        $month: String!
        $actorId: String!
        $actorOrgId: String
        $claimIds: [ID!]!
        $months: [String!]!
        $progress: [ClaimMinutesInput!]!
      ) {
        recordSettlement(
          orgId: $orgId
          partnerOrgId: $partnerOrgId
          month: $month
          actorId: $actorId
          actorOrgId: $actorOrgId
          claimIds: $claimIds
          months: $months
          progress: $progress
        ) {
          id
          orgId
          totalYen
        }
      }
    `,
    variables: () => ({
      orgId: ORG_B,
      partnerOrgId: 'itoigawa',
      month: '2019-03',
      actorId: 'isolation-probe',
      actorOrgId: ORG_B,
      claimIds: [],
      months: ['2019-03'],
      progress: [],
    }),
    namingOrgB: CROSS_ORG_REFUSED,
    // At A's own orders node the user is refused before any row is looked for.
    ownOrgDefault: NODE_FORBIDDEN,
    atNode: NODE_FORBIDDEN,
    owner: WORKERS_SERVICE_ACCOUNT,
  },
  'Query.settlementStatements': {
    // The statement of what B owes A is A's to see (cross-org); B's statements with others never.
    document: gql`
      query ($orgId: String) {
        settlementStatements(orgId: $orgId) {
          id
          orgId
          partnerOrgId
          month
          approvedMinutes
          totalYen
          lines {
            claimId
            approvedMinutes
            amountYen
          }
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: { codes: [], sharedAggregateOfB: true, onlyOwn: onlyTateshinasShares },
    ownOrgDefault: NOTHING_OF_B,
    atNode: { codes: [], sharedAggregateOfB: true, onlyOwn: onlyTateshinasShares },
    owner: `${ORG_B}-director`,
  },
  'Mutation.confirmSettlement': {
    // A confirms its side of the statement with B once (cross-org); every later try is refused.
    document: gql`
      mutation ($orgId: String, $id: ID!) {
        confirmSettlement(orgId: $orgId, id: $id) {
          id
          orgId
          partnerOrgId
          partnerConfirmedAt
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, id: SHARED_WITH_A.statementId }),
    namingOrgB: { codes: ['STATEMENT_ALREADY_CONFIRMED'], sharedAggregateOfB: true, onlyOwn: onlyTateshinasShares },
    ownOrgDefault: notFoundAtOwnOrg('STATEMENT_NOT_FOUND'),
    atNode: { codes: ['STATEMENT_ALREADY_CONFIRMED'], sharedAggregateOfB: true, onlyOwn: onlyTateshinasShares },
    owner: `${ORG_B}-director`,
  },
  // The consortium registry is the support body's: member staff may list the members, nothing more.
  'Query.consortiumMembers': {
    document: gql`
      query {
        consortiumMembers {
          id
          name
          kind
          status
        }
      }
    `,
    variables: () => ({}),
    namingOrgB: { notApplicable: 'hub data: takes no orgId' },
    ownOrgDefault: NOTHING_OF_B,
    atNode: NOTHING_OF_B,
    owner: `${ORG_B}-director`,
    ownerGets: (value) => JSON.stringify(value).includes(`"id":"${ORG_B}"`),
  },
  'Query.memberNodes': {
    document: gql`
      query ($orgId: String) {
        memberNodes(orgId: $orgId) {
          id
          orgId
          subgraph
          url
          status
          schemaHash
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: NODE_FORBIDDEN,
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
  },
  'Mutation.registerMember': {
    document: gql`
      mutation ($input: RegisterMemberInput!) {
        registerMember(input: $input) {
          id
          status
        }
      }
    `,
    variables: () => ({ input: { id: 'isolation-probe', name: '境界確認', kind: 'MUNICIPALITY' } }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { notApplicable: 'hub operation: the member is part of the input' },
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
    ownerGets: (value) => (value as { id?: string }).id === 'isolation-probe',
  },
  'Mutation.setMemberStatus': {
    document: gql`
      mutation ($id: String!, $status: MemberStatus!) {
        setMemberStatus(id: $id, status: $status) {
          id
          status
        }
      }
    `,
    variables: () => ({ id: ORG_B, status: 'ACTIVE' }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { notApplicable: 'hub operation: the member is part of the input' },
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
    ownerGets: (value) => JSON.stringify(value) === JSON.stringify({ id: ORG_B, status: 'ACTIVE' }),
  },
  'Mutation.registerNode': {
    // Declared after registerMember: the owner's control registers a node for the probe member.
    document: gql`
      mutation ($input: RegisterNodeInput!) {
        registerNode(input: $input) {
          orgId
          subgraph
          status
        }
      }
    `,
    variables: () => ({ input: { orgId: 'isolation-probe', subgraph: 'training', url: 'http://127.0.0.1:9' } }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { notApplicable: 'hub operation: the member is part of the input' },
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
    ownerGets: (value) => JSON.stringify(value) === JSON.stringify({ orgId: 'isolation-probe', subgraph: 'training', status: 'PENDING' }),
  },
  'Mutation.updateNode': {
    document: gql`
      mutation ($input: UpdateNodeInput!) {
        updateNode(input: $input) {
          id
          orgId
          status
          timeoutMs
        }
      }
    `,
    variables: (b) => ({ input: { id: b.trainingNodeId, timeoutMs: 9000 } }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { notApplicable: 'hub operation: the node is part of the input' },
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
  },
  'Mutation.checkNode': {
    document: gql`
      mutation ($id: ID!) {
        checkNode(id: $id) {
          id
          orgId
          status
        }
      }
    `,
    variables: (b) => ({ id: b.trainingNodeId }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { notApplicable: 'hub operation: the node is part of the input' },
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
  },
  // Onboarding is the support body's; a member's staff see and tick only their own checklist.
  'Mutation.onboardMember': {
    document: gql`
      mutation ($input: OnboardMemberInput!) {
        onboardMember(input: $input) {
          orgId
          status
          member {
            id
            operatingForm
          }
        }
      }
    `,
    variables: () => ({
      input: {
        id: ONBOARDING_PROBE,
        name: '境界確認 受入れ',
        kind: 'MUNICIPALITY',
        prefecture: '長野県',
        operatingForm: 'CORPORATE_INITIAL',
        domain: `${ONBOARDING_PROBE}.kyodo.example`,
        firstAdmin: {
          username: `${ONBOARDING_PROBE}-admin`,
          email: `admin@${ONBOARDING_PROBE}.kyodo.example`,
          firstName: 'Probe',
          lastName: 'Admin',
        },
        nodes: onboardingProbeNodes.map((n) => ({ subgraph: n.subgraph, url: n.url })),
      },
    }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { notApplicable: 'hub operation: the member is part of the input' },
    atNode: NODE_FORBIDDEN,
    owner: 'consortium-admin',
    ownerGets: (value) =>
      JSON.stringify(value) ===
      JSON.stringify({
        orgId: ONBOARDING_PROBE,
        status: 'COMPLETED',
        member: { id: ONBOARDING_PROBE, operatingForm: 'CORPORATE_INITIAL' },
      }),
  },
  'Query.memberOnboarding': {
    // Declared after onboardMember: the owner's control reads the probe member's onboarding.
    document: gql`
      query ($orgId: String!) {
        memberOnboarding(orgId: $orgId) {
          orgId
          status
          firstAdminUsername
        }
      }
    `,
    variables: () => ({ orgId: ONBOARDING_PROBE }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { notApplicable: 'hub operation: the member is a required argument' },
    // Without orgId the request lacks a required variable and is refused before any resolver.
    atNode: { codes: ['FORBIDDEN', 'BAD_USER_INPUT'] },
    owner: 'consortium-admin',
    ownerGets: (value) => (value as { orgId?: string } | null)?.orgId === ONBOARDING_PROBE,
  },
  'Mutation.seedStarterData': {
    document: gql`
      mutation ($orgId: String!) {
        seedStarterData(orgId: $orgId) {
          orgId
          status
        }
      }
    `,
    variables: () => ({ orgId: ONBOARDING_PROBE }),
    namingOrgB: NODE_FORBIDDEN,
    ownOrgDefault: { notApplicable: 'hub operation: the member is a required argument' },
    atNode: { codes: ['FORBIDDEN', 'BAD_USER_INPUT'] },
    owner: 'consortium-admin',
    ownerGets: (value) => JSON.stringify(value) === JSON.stringify({ orgId: ONBOARDING_PROBE, status: 'COMPLETED' }),
  },
  'Query.onboardingChecklist': {
    document: gql`
      query ($orgId: String) {
        onboardingChecklist(orgId: $orgId) {
          orgId
          code
          done
          doneBy
        }
      }
    `,
    variables: () => ({ orgId: ORG_B }),
    namingOrgB: CROSS_ORG_REFUSED,
    // Without orgId, A's staff get A's own checklist.
    ownOrgDefault: NOTHING_OF_B,
    atNode: { codes: ['CROSS_ORG_REFUSED'], orNothingOfB: true },
    owner: `${ORG_B}-director`,
  },
  'Mutation.setChecklistItem': {
    document: gql`
      mutation ($orgId: String, $code: ChecklistItemCode!, $done: Boolean!) {
        setChecklistItem(orgId: $orgId, code: $code, done: $done) {
          orgId
          code
          done
        }
      }
    `,
    variables: () => ({ orgId: ORG_B, code: 'SECURITY_POLICY', done: true }),
    namingOrgB: CROSS_ORG_REFUSED,
    ownOrgDefault: WRITES_OWN_ORG,
    // Without orgId, A's admin ticks A's own item; A's director may not tick a security measure.
    atNode: { codes: ['CROSS_ORG_REFUSED', 'CHECKLIST_ROLE_REFUSED'], orNothingOfB: true },
    owner: `${ORG_B}-admin`,
  },
};

/** What A may see of B's entity when it asks B's node's `_entities` for it by B's key. */
interface EntityRule {
  /** Fields asked for, including B's own strings so that a leak shows. */
  selection: string;
  id(b: OrgBRows): string;
  /** Fields A may see (shared on purpose); every other field must come back null. The key (orgId, id) is A's own input. */
  visible: readonly string[];
}

const KEY_FIELDS = ['orgId', 'id'] as const;

const ENTITY_RULES: Record<string, EntityRule> = {
  'Order@orders': { selection: 'orgId id title valueYen client { name contactEmail }', id: (b) => b.orderId, visible: KEY_FIELDS },
  'Client@orders': { selection: 'orgId id name contactName contactEmail', id: (b) => b.clientId, visible: KEY_FIELDS },
  'Contract@orders': { selection: 'orgId id clientId type ndaSigned startsOn endsOn', id: (b) => b.contractId, visible: KEY_FIELDS },
  // Only fields an entity lookup cannot take from the representation itself, so that what comes
  // back was read from B's database: the lines carry the billed order's title.
  'Invoice@orders': { selection: 'orgId id lines { orderId description amountYen }', id: (b) => b.invoiceId, visible: KEY_FIELDS },
  // Assignments (workers) point at tasks of any org; the task itself stays with its org's staff.
  'Task@orders': {
    selection: 'orgId id orderId title payBasis hours payRateYen valueYen status',
    id: (b) => b.taskId,
    visible: KEY_FIELDS,
  },
  // A check B's director made: the gateway fetches it for checkFeasibility's answer, for B's staff only.
  'FeasibilityCheck@orders': { selection: 'orgId id verdict periodFrom periodTo', id: (b) => b.feasibilityCheckId, visible: KEY_FIELDS },
  // A statement B's director drew up with A: the gateway fetches it for prepareSettlement's answer, for B's staff only.
  'SettlementStatement@orders': { selection: 'orgId id partnerOrgId totalYen', id: () => SHARED_WITH_A.statementId, visible: KEY_FIELDS },
  'Course@training': { selection: 'orgId id code title description', id: (b) => b.courseId, visible: KEY_FIELDS },
  // An enrolment B's director made: the gateway fetches it for the workers node's enrollWorker answer, for B's staff only.
  'Enrollment@training': {
    selection: 'orgId id workerId courseCode courseTitle status score evaluation evaluationComment completedAt',
    id: (b) => b.enrollmentId,
    visible: KEY_FIELDS,
  },
  // A partner leading or staffing work sees a worker's stage and skills, never the person (routing.e2e).
  'Worker@workers': { selection: WORKER_FIELDS, id: (b) => b.workerId, visible: [...KEY_FIELDS, 'itStage', 'skillTags'] },
  // An owner's PoolClaim.progress names it at the staffing node; A owns no claim B's workers staff.
  'ClaimProgress@workers': {
    selection: 'orgId id claimId ownerOrgId approvedShareMinutes bookedMinutes approvedMinutes workers { pseudonym stage }',
    id: () => B_STAFFED_CLAIM_ID,
    visible: KEY_FIELDS,
  },
};

const entitiesDocument = (type: string, selection: string) =>
  gql`query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${selection} } } }`;

type Mode = 'naming B at the gateway' | 'B ids alone at the gateway' | "at B's node" | "at B's node, naming B";

interface Verdict {
  caller: string;
  mode: Mode;
  status: number;
  codes: unknown[];
  /** Why this answer is not a refusal; absent when it is one. */
  notRefused?: string;
  data?: unknown;
}

const OPERATIONS = supergraphRootOperations();
const ENTITIES = supergraphEntityTypes();

describe('cross-tenant isolation: tateshina staff against shiojiri data', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let b: OrgBRows;
  let orgBBefore: unknown;
  /** A's own worker, linked to tateshina-worker's login. */
  let orgAWorkerId: string;
  /** Every body A's staff (or the support body) received during the suite, for the personal-data scan. */
  const seenByOthers: string[] = [];

  /** Anything tateshina (or the support body) is answered goes through here, so the scan sees it all. */
  async function asOutsider<T>(
    url: string,
    document: string,
    variables: Record<string, unknown>,
    username: string,
  ): Promise<GraphQLResponse<T>> {
    const res = await postGraphQL<T>(url, document, variables, await bearer(username));
    seenByOthers.push(JSON.stringify(res));
    return res;
  }

  async function asOrgB<T>(document: string, variables: Record<string, unknown>, username = `${ORG_B}-admin`): Promise<T> {
    const res = await postGraphQL<T>(gw, document, variables, await bearer(username));
    if (res.errors || !res.data) throw new Error(`${username}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** Everything of B's, read by B's org admin: compared before and after to show A wrote nothing. */
  async function orgBState(): Promise<unknown> {
    // Two requests: one would be over the gateway's cost limit.
    const core = await asOrgB(
      gql`
        query (
          $fy: Int!
          $invoiceFy: Int!
          $workerId: ID!
          $otherWorkerId: ID!
          $assignmentId: ID!
          $payMonth: String!
          $openPayMonth: String!
        ) {
          clients {
            id
            name
          }
          contracts {
            id
            clientId
            type
            ndaSigned
            startsOn
            endsOn
          }
          businessCategories {
            code
            sector
            nameJa
            nameEn
            orgId
          }
          orders(first: 100) {
            nodes {
              id
              title
              status
              leadWorker {
                id
              }
              tasks {
                id
                title
                status
                hours
                reviewComment
              }
              delivery {
                id
                status
                acceptedAt
                acceptanceNote
              }
              feasibility {
                id
                verdict
              }
            }
          }
          invoices(fiscalYear: $invoiceFy) {
            id
            number
            kind
            totalYen
            creditsInvoiceId
            lines {
              orderId
              description
            }
          }
          workers(first: 100) {
            nodes {
              id
              familyName
              givenName
              status
              address
              itStage
              businessStage
            }
          }
          workerSensitiveNotes(id: $workerId)
          assignments: workerAssignments(workerId: $workerId) {
            id
            task {
              orgId
              id
            }
            periodFrom
            periodTo
            plannedMinutes
          }
          otherAssignments: workerAssignments(workerId: $otherWorkerId) {
            id
          }
          timeEntries(assignmentId: $assignmentId) {
            id
            workDate
            minutes
            note
            status
            reviewComment
          }
          payStatements(month: $payMonth) {
            id
            workerId
            minutes
            grossYen
            withholdingYen
            netYen
            lines {
              assignmentId
              amountYen
            }
          }
          openPayMonth: payMonth(month: $openPayMonth) {
            month
            closedAt
          }
          courses {
            id
            code
            title
          }
          enrollments: workerEnrollments(workerId: $workerId) {
            id
            courseCode
            status
            score
            evaluation
            evaluationComment
          }
          promotionRules {
            axis
            toStage
            requiredCourseCodes
            minWorkMinutes
          }
          promotionHistory {
            id
            workerId
            axis
            fromStage
            toStage
          }
          operatingCosts(fiscalYear: $fy) {
            orgId
            fiscalYear
            amountYen
          }
          invoiceSettings {
            orgId
            issuerName
            registrationNumber
            address
          }
          paySettings {
            closingDay
            paymentMonthOffset
            paymentDay
            consignorCode
            accountNumber
            updatedAt
          }
          commissionTerms(assignmentId: $assignmentId) {
            id
            version
            sha256
            acceptedAt
            acceptedBy
          }
          basicContracts(workerId: $workerId) {
            id
            version
            sha256
            acceptedAt
            acceptedBy
          }
        }
      `,
      {
        fy: SEED.cost.fiscalYear,
        invoiceFy: INVOICE_FISCAL_YEAR,
        workerId: b.workerId,
        otherWorkerId: b.otherWorkerId,
        assignmentId: b.assignmentId,
        payMonth: PAY_MONTH,
        openPayMonth: OPEN_PAY_MONTH,
      },
    );
    const workOnTasks = await asOrgB(
      gql`
        query ($taskOrgId: String!, $taskId: ID!, $reworkTaskId: ID!) {
          instructions: taskInstructions(taskOrgId: $taskOrgId, taskId: $taskId) {
            version
            latestVersion
            bodyMarkdown
            attachments {
              id
              sha256
            }
          }
          reworkInstructions: taskInstructions(taskOrgId: $taskOrgId, taskId: $reworkTaskId) {
            version
            bodyMarkdown
          }
          taskQuestionThreads(taskOrgId: $taskOrgId, taskId: $taskId) {
            id
            workerId
            messages {
              id
              body
              fromWorker
            }
          }
          offers(first: 100) {
            nodes {
              id
              taskId
              note
              status
              takenMinutes
              recipients {
                workerId
                response
                minutes
                assignmentId
              }
            }
          }
        }
      `,
      { taskOrgId: ORG_B, taskId: b.taskId, reworkTaskId: b.reworkTaskId },
    );
    return { core, workOnTasks };
  }

  function nodeUrl(subgraph: string): string {
    if (subgraph === 'reporting') return consortium.reportingUrl;
    if (subgraph === 'consortium') return consortium.consortiumUrl;
    return consortium.node(ORG_B, subgraph as 'orders').url;
  }

  /** Whether `value` (a root field's answer) holds nothing of B: no row of B, none of B's ids or strings. */
  function nothingOfB(value: unknown, sharedAggregate = false): string | undefined {
    const text = JSON.stringify(value ?? null);
    if (!sharedAggregate && text.includes(`"orgId":"${ORG_B}"`)) return `a row of ${ORG_B}`;
    const leaked = [...Object.values(b), ...ORG_B_SECRETS].find((secret) => text.includes(secret));
    return leaked ? `${ORG_B}'s "${leaked}"` : undefined;
  }

  function judge(res: GraphQLResponse<Record<string, unknown>>, field: string, refusal: Refusal, caller: string): string | undefined {
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    const value = res.data?.[field];
    const leaked = nothingOfB(value, refusal.sharedAggregateOfB);
    if (leaked) return `answered with ${leaked}`;
    const notOwn = refusal.onlyOwn?.(value, caller);
    if (notOwn) return notOwn;
    if (codes.length === 0) return refusal.orNothingOfB || refusal.sharedAggregateOfB ? undefined : 'answered without an error';
    const unexpected = codes.filter((code) => !refusal.codes.includes(code as string));
    return unexpected.length ? `errors ${JSON.stringify(unexpected)}, expected one of ${JSON.stringify(refusal.codes)}` : undefined;
  }

  /** B's director moves one of B's orders along its lifecycle, step by step. */
  async function walkOrder(orderId: string, steps: readonly string[]): Promise<void> {
    for (const to of steps) {
      await asOrgB(
        gql`
          mutation ($id: ID!, $to: OrderStatus!) {
            transitionOrder(id: $id, to: $to) {
              status
            }
          }
        `,
        { id: orderId, to },
        `${ORG_B}-director`,
      );
    }
  }

  beforeAll(async () => {
    consortium = HOSTED
      ? await launchTestConsortium('isolation_hosted', [ORG_B], { hosted: { [ORG_B]: [ORG_A] }, registerHosted: true })
      : await launchTestConsortium('isolation', [ORG_A, ORG_B]);
    onboardingProbeNodes = await consortium.startUnregisteredOrgNodes(ONBOARDING_PROBE);
    gw = consortium.gatewayUrl;
    for (const username of [`${ORG_A}-worker`, `${ORG_B}-worker`])
      SUBS.set(username, decodeJwtPayload(await tokenFor(username)).sub as string);

    // B's own staff seed B's data through the gateway, the way B works every day.
    const director = `${ORG_B}-director`;
    const client = await asOrgB<{ createClient: { id: string } }>(
      gql`
        mutation ($input: CreateClientInput!) {
          createClient(input: $input) {
            id
          }
        }
      `,
      { input: SEED.client },
      director,
    );
    const clientId = client.createClient.id;
    await asOrgB(
      gql`
        mutation ($input: RecordSalesActivityInput!) {
          recordSalesActivity(input: $input) {
            id
          }
        }
      `,
      { input: { ...SEED.salesVisit, visitedOn: tokyoToday() } },
      director,
    );
    const contract = await asOrgB<{ createContract: { id: string } }>(
      gql`
        mutation ($input: CreateContractInput!) {
          createContract(input: $input) {
            id
          }
        }
      `,
      { input: { ...SEED.contract, clientId } },
      director,
    );
    await asOrgB(
      gql`
        mutation ($input: CreateBusinessCategoryInput!) {
          createBusinessCategory(input: $input) {
            code
          }
        }
      `,
      { input: SEED.category },
      director,
    );
    const worker = await asOrgB<{ registerWorker: { id: string } }>(
      gql`
        mutation ($input: RegisterWorkerInput!) {
          registerWorker(input: $input) {
            id
          }
        }
      `,
      {
        input: { ...SEED.worker, userId: subOf(`${ORG_B}-worker`) },
      },
    );
    const workerId = worker.registerWorker.id;
    await asOrgB(
      gql`
        mutation ($id: ID!) {
          setWorkerStatus(id: $id, status: ACTIVE) {
            status
          }
        }
      `,
      { id: workerId },
      director,
    );
    await asOrgB(
      gql`
        mutation ($id: ID!, $notes: String) {
          setWorkerSensitiveNotes(id: $id, notes: $notes)
        }
      `,
      { id: workerId, notes: SEED.sensitiveNotes },
    );
    const otherWorker = await asOrgB<{ registerWorker: { id: string } }>(
      gql`
        mutation ($input: RegisterWorkerInput!) {
          registerWorker(input: $input) {
            id
          }
        }
      `,
      { input: SEED.otherWorker },
    );

    const createOrder = async (order: object, extra: object = {}): Promise<string> =>
      (
        await asOrgB<{ createOrder: { id: string } }>(
          gql`
            mutation ($input: CreateOrderInput!) {
              createOrder(input: $input) {
                id
              }
            }
          `,
          { input: { contractId: contract.createContract.id, ...order, clientId, ...extra } },
          director,
        )
      ).createOrder.id;
    const orderId = await createOrder(SEED.order, { contractId: contract.createContract.id });
    // B's own worker leads B's order: named at B's workers node, which pushes it to B's orders node.
    await asOrgB(
      gql`
        mutation ($orderId: ID!, $leadWorkerOrgId: String, $leadWorkerId: ID) {
          setOrderLeadWorker(orderId: $orderId, leadWorkerOrgId: $leadWorkerOrgId, leadWorkerId: $leadWorkerId) {
            id
          }
        }
      `,
      { orderId, leadWorkerOrgId: ORG_B, leadWorkerId: workerId },
      director,
    );
    const createTask = async (task: object): Promise<string> =>
      (
        await asOrgB<{ createTask: { id: string } }>(
          gql`
            mutation ($input: CreateTaskInput!) {
              createTask(input: $input) {
                id
              }
            }
          `,
          { input: { ...task, orderId } },
          director,
        )
      ).createTask.id;
    const taskId = await createTask(SEED.task);
    const reworkTaskId = await createTask(SEED.reworkTask);
    const assignment = await asOrgB<{ createAssignment: { id: string } }>(
      gql`
        mutation ($input: CreateAssignmentInput!) {
          createAssignment(input: $input) {
            id
          }
        }
      `,
      { input: { workerId, taskOrgId: ORG_B, taskId, ...SEED.assignment } },
      director,
    );
    // B's worker logs their own hours; B's director logs a second day for them.
    const logTime = async (entry: { workDate: string }, username: string): Promise<string> =>
      (
        await asOrgB<{ logTime: { id: string } }>(
          gql`
            mutation ($input: LogTimeInput!) {
              logTime(input: $input) {
                id
              }
            }
          `,
          { input: { ...entry, assignmentId: assignment.createAssignment.id, idempotencyKey: `shiojiri-seed-${entry.workDate}` } },
          username,
        )
      ).logTime.id;
    const timeEntryId = await logTime(SEED.timeEntry, `${ORG_B}-worker`);
    const returnableTimeEntryId = await logTime(SEED.returnableTimeEntry, director);
    // B's pay for the last month that has ended: one approved day, closed, so B's worker has a statement.
    const payMonthEnd = new Date(Date.UTC(Number(PAY_MONTH.slice(0, 4)), Number(PAY_MONTH.slice(5, 7)), 0)).toISOString().slice(0, 10);
    // A task of its own: B's worker is already booked on the others, and every task it names must resolve.
    const paidTaskId = await createTask({
      title: '塩尻 支払締め対象 入力',
      payBasis: 'HOURLY',
      hours: 1,
      payRateYen: 1_100,
      valueYen: 1_100,
    });
    const paidAssignment = await asOrgB<{ createAssignment: { id: string } }>(
      gql`
        mutation ($input: CreateAssignmentInput!) {
          createAssignment(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          workerId,
          taskOrgId: ORG_B,
          taskId: paidTaskId,
          periodFrom: `${PAY_MONTH}-01`,
          periodTo: payMonthEnd,
          plannedMinutes: 60,
          hourlyRateYen: 1_100,
        },
      },
      director,
    );
    const paidEntry = await asOrgB<{ logTime: { id: string } }>(
      gql`
        mutation ($input: LogTimeInput!) {
          logTime(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          assignmentId: paidAssignment.createAssignment.id,
          workDate: `${PAY_MONTH}-01`,
          minutes: 60,
          idempotencyKey: 'shiojiri-seed-paid-day',
        },
      },
      `${ORG_B}-worker`,
    );
    await asOrgB(
      gql`
        mutation ($id: ID!) {
          approveTimeEntry(id: $id) {
            id
          }
        }
      `,
      { id: paidEntry.logTime.id },
      director,
    );
    await asOrgB(
      gql`
        mutation ($month: String!) {
          closePayMonth(month: $month) {
            month
          }
        }
      `,
      { month: PAY_MONTH },
      director,
    );

    // 受注 → 検収: two orders reach ACCEPTED; one is invoiced (請求), the other waits for it.
    const toAccepted = ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED'];
    const invoicedOrderId = await createOrder(SEED.invoicedOrder);
    const acceptedOrderId = await createOrder(SEED.acceptedOrder);
    await walkOrder(invoicedOrderId, toAccepted);
    await walkOrder(acceptedOrderId, toAccepted);
    await asOrgB(
      gql`
        mutation ($input: SetInvoiceSettingsInput!) {
          setInvoiceSettings(input: $input) {
            orgId
          }
        }
      `,
      { input: SEED.invoiceSettings },
    );
    await asOrgB(
      gql`
        mutation ($input: RegisterRequirableCourseInput!) {
          registerRequirableCourse(input: $input) {
            code
          }
        }
      `,
      { input: SEED.requirableCourse },
    );
    const invoice = await asOrgB<{ issueInvoice: { id: string; fiscalYear: number } }>(
      gql`
        mutation ($input: IssueInvoiceInput!) {
          issueInvoice(input: $input) {
            id
            fiscalYear
          }
        }
      `,
      { input: { clientId, orderIds: [invoicedOrderId] } },
      director,
    );
    const payableOrderId = await createOrder(SEED.payableOrder);
    await walkOrder(payableOrderId, toAccepted);
    const payableInvoice = await asOrgB<{ issueInvoice: { id: string } }>(
      gql`
        mutation ($input: IssueInvoiceInput!) {
          issueInvoice(input: $input) {
            id
          }
        }
      `,
      { input: { clientId, orderIds: [payableOrderId] } },
      director,
    );
    if (invoice.issueInvoice.fiscalYear !== INVOICE_FISCAL_YEAR)
      throw new Error(`Invoice of fiscal year ${invoice.issueInvoice.fiscalYear}, expected ${INVOICE_FISCAL_YEAR}`);

    // 納入 and 検収: one order in progress (what deliverOrder delivers), one delivered (what acceptDelivery accepts).
    const inProgressOrderId = await createOrder(SEED.inProgressOrder);
    await walkOrder(inProgressOrderId, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS']);
    const deliveredOrderId = await createOrder(SEED.deliveredOrder);
    await walkOrder(deliveredOrderId, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED']);
    const delivered = await asOrgB<{ order: { delivery: { id: string } } }>(
      gql`
        query ($id: ID!) {
          order(id: $id) {
            delivery {
              id
            }
          }
        }
      `,
      { id: deliveredOrderId },
      director,
    );

    const course = await asOrgB<{ createCourse: { id: string } }>(
      gql`
        mutation ($input: CreateCourseInput!) {
          createCourse(input: $input) {
            id
          }
        }
      `,
      { input: SEED.course },
    );
    // B's training: its catalogue, its worker's completion (scored and evaluated), an open enrollment,
    // promotion rules the worker meets on both axes; and at B's workers node one promotion (business A → B) in the history.
    const catalogue = await asOrgB<{ seedCourseCatalogue: { id: string; code: string }[] }>(
      gql`
        mutation {
          seedCourseCatalogue {
            id
            code
          }
        }
      `,
      {},
    );
    const templateCourse = (code: string) => catalogue.seedCourseCatalogue.find((c) => c.code === code)!.id;
    const enroll = async (courseId: string): Promise<string> =>
      (
        await asOrgB<{ enrollWorker: { id: string } }>(
          gql`
            mutation ($input: EnrollWorkerInput!) {
              enrollWorker(input: $input) {
                id
              }
            }
          `,
          { input: { workerId, courseId } },
          director,
        )
      ).enrollWorker.id;
    const enrollmentId = await enroll(course.createCourse.id);
    await asOrgB(
      gql`
        mutation ($input: CompleteEnrollmentInput!) {
          completeEnrollment(input: $input) {
            id
          }
        }
      `,
      { input: { enrollmentId, ...SEED.completion } },
      director,
    );
    const openEnrollmentId = await enroll(templateCourse('WIN-BASIC'));
    for (const axis of ['BUSINESS', 'IT']) {
      const toStage = axis === 'IT' ? 'C' : 'B';
      await asOrgB(
        gql`
          mutation ($input: SetPromotionRuleInput!) {
            setPromotionRule(input: $input) {
              axis
            }
          }
        `,
        { input: { axis, toStage, requiredCourseCodes: [SEED.course.code], minWorkMinutes: 0 } },
      );
    }
    await asOrgB<{ promoteWorker: { id: string } }>(
      gql`
        mutation ($workerId: ID!) {
          promoteWorker(workerId: $workerId, axis: BUSINESS) {
            id
          }
        }
      `,
      { workerId },
      director,
    );
    await asOrgB(
      gql`
        mutation ($input: SetOperatingCostInput!) {
          setOperatingCost(input: $input) {
            orgId
          }
        }
      `,
      { input: { orgId: ORG_B, ...SEED.cost } },
    );
    // 作業委託契約: once B has a pay calendar, hours need accepted terms. B's worker accepts those of
    // the assignment B keeps logging on; the paid assignment's stay open; a third assignment has none.
    await asOrgB(
      gql`
        mutation ($input: SetPaySettingsInput!) {
          setPaySettings(input: $input) {
            orgId
          }
        }
      `,
      { input: SEED.paySettings },
    );
    const issueTerms = async (assignmentId: string) =>
      (
        await asOrgB<{ issueCommissionTerms: { id: string; sha256: string } }>(
          gql`
            mutation ($input: IssueCommissionTermsInput!) {
              issueCommissionTerms(input: $input) {
                id
                sha256
              }
            }
          `,
          { input: { assignmentId, ...SEED.commissionTerms } },
          director,
        )
      ).issueCommissionTerms;
    const terms = await issueTerms(assignment.createAssignment.id);
    await asOrgB(
      gql`
        mutation ($id: ID!, $sha256: String!) {
          acceptCommissionTerms(id: $id, sha256: $sha256) {
            id
          }
        }
      `,
      terms,
      `${ORG_B}-worker`,
    );
    const openTerms = await issueTerms(paidAssignment.createAssignment.id);
    // On an order of its own: the first order's hours are spoken for by the controls.
    const termsOrderId = await createOrder(SEED.termsOrder);
    const termsTaskId = (
      await asOrgB<{ createTask: { id: string } }>(
        gql`
          mutation ($input: CreateTaskInput!) {
            createTask(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            title: '塩尻 委託条件 未発行 入力',
            payBasis: 'HOURLY',
            hours: 1,
            payRateYen: 1_100,
            valueYen: 1_100,
            orderId: termsOrderId,
          },
        },
        director,
      )
    ).createTask.id;
    const termsAssignment = await asOrgB<{ createAssignment: { id: string } }>(
      gql`
        mutation ($input: CreateAssignmentInput!) {
          createAssignment(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          workerId,
          taskOrgId: ORG_B,
          taskId: termsTaskId,
          periodFrom: '2027-02-01',
          periodTo: '2027-02-26',
          plannedMinutes: 60,
          hourlyRateYen: 1_100,
        },
      },
      director,
    );
    await asOrgB(
      gql`
        mutation ($input: SaveBasicContractTemplateInput!) {
          saveBasicContractTemplate(input: $input) {
            id
          }
        }
      `,
      { input: SEED.basicContractTemplate },
    );
    await asOrgB(
      gql`
        mutation ($input: SaveContractTemplateInput!) {
          saveContractTemplate(input: $input) {
            id
          }
        }
      `,
      { input: SEED.contractTemplate },
    );
    const basicContract = await asOrgB<{ issueBasicContract: { id: string; sha256: string } }>(
      gql`
        mutation ($input: IssueBasicContractInput!) {
          issueBasicContract(input: $input) {
            id
            sha256
          }
        }
      `,
      { input: { workerId, ...SEED.basicContract } },
    );
    await asOrgB(
      gql`
        mutation ($month: String!) {
          closePayMonth(month: $month) {
            month
          }
        }
      `,
      { month: TRANSFER_MONTH },
      director,
    );

    // 作業手順 and Q&A on the task B's worker is booked on: a published version, the worker's question, the director's answer.
    await asOrgB(
      gql`
        mutation ($input: PublishTaskInstructionsInput!) {
          publishTaskInstructions(input: $input) {
            version
          }
        }
      `,
      { input: { taskOrgId: ORG_B, taskId, baseVersion: 0, bodyMarkdown: SEED.instructions } },
      director,
    );
    const thread = await asOrgB<{ askTaskQuestion: { id: string } }>(
      gql`
        mutation ($input: AskTaskQuestionInput!) {
          askTaskQuestion(input: $input) {
            id
          }
        }
      `,
      { input: { taskOrgId: ORG_B, taskId, body: SEED.question } },
      `${ORG_B}-worker`,
    );
    await asOrgB(
      gql`
        mutation ($input: AnswerTaskQuestionInput!) {
          answerTaskQuestion(input: $input) {
            id
          }
        }
      `,
      { input: { threadId: thread.askTaskQuestion.id, body: SEED.answer } },
      director,
    );
    // 手挙げ: three offers of a task nobody is booked on. The server finds B's worker eligible (active,
    // the order's stage A, no confidential work or trainings, room in the month) and sends them each.
    const offerOrderId = await createOrder(SEED.offerOrder);
    const offerTaskId = (
      await asOrgB<{ createTask: { id: string } }>(
        gql`
          mutation ($input: CreateTaskInput!) {
            createTask(input: $input) {
              id
            }
          }
        `,
        { input: { ...SEED.offerTask, orderId: offerOrderId } },
        director,
      )
    ).createTask.id;
    const createOffer = async (mode: 'FIRST_COME' | 'DIRECTOR_PICKS'): Promise<string> => {
      const made = await asOrgB<{ createOffer: { id: string; recipients: { workerId: string }[] } }>(
        gql`
          mutation ($input: CreateOfferInput!) {
            createOffer(input: $input) {
              id
              recipients {
                workerId
              }
            }
          }
        `,
        { input: { taskOrgId: ORG_B, taskId: offerTaskId, ...SEED.offer, mode } },
        director,
      );
      if (!made.createOffer.recipients.some((r) => r.workerId === workerId))
        throw new Error(`The offer did not go to ${ORG_B}'s worker: ${JSON.stringify(made)}`);
      return made.createOffer.id;
    };
    const pickableOfferId = await createOffer('DIRECTOR_PICKS');
    await asOrgB(
      gql`
        mutation ($offerId: ID!, $minutes: Int!) {
          acceptOffer(offerId: $offerId, minutes: $minutes) {
            myResponse
          }
        }
      `,
      { offerId: pickableOfferId, minutes: SEED.raisedMinutes },
      `${ORG_B}-worker`,
    );
    const answerableOfferId = await createOffer('DIRECTOR_PICKS');
    const withdrawableOfferId = await createOffer('FIRST_COME');
    const { feasibilityPeriod: orderPeriod } = await asOrgB<{ feasibilityPeriod: { from: string; to: string } }>(
      gql`
        query ($orderId: ID!) {
          feasibilityPeriod(orderId: $orderId) {
            from
            to
          }
        }
      `,
      { orderId },
      director,
    );
    // On an order of its own: `orderId` stays an INQUIRY for transitionOrder's control.
    const { checkFeasibility: feasibilityCheck } = await asOrgB<{ checkFeasibility: { id: string } }>(
      gql`
        mutation ($orderId: ID!) {
          checkFeasibility(orderId: $orderId) {
            id
          }
        }
      `,
      { orderId: await createOrder(SEED.order, { contractId: contract.createContract.id }) },
      director,
    );
    b = {
      clientId,
      orderId,
      orderPeriod,
      feasibilityCheckId: feasibilityCheck.id,
      invoicedOrderId,
      acceptedOrderId,
      contractId: contract.createContract.id,
      taskId,
      reworkTaskId,
      invoiceId: invoice.issueInvoice.id,
      payableInvoiceId: payableInvoice.issueInvoice.id,
      workerId,
      otherWorkerId: otherWorker.registerWorker.id,
      assignmentId: assignment.createAssignment.id,
      timeEntryId,
      returnableTimeEntryId,
      courseId: course.createCourse.id,
      inProgressOrderId,
      deliveredOrderId,
      deliveryId: delivered.order.delivery.id,
      enrollmentId,
      openEnrollmentId,
      otherCourseId: templateCourse('OFFICE-BASIC'),
      trainingNodeId: (
        await asOrgB<{ memberNodes: { id: string; subgraph: string }[] }>(
          gql`
            query ($orgId: String) {
              memberNodes(orgId: $orgId) {
                id
                subgraph
              }
            }
          `,
          { orgId: ORG_B },
          'consortium-admin',
        )
      ).memberNodes.find((n) => n.subgraph === 'training')!.id,
      notificationId: (
        await asOrgB<{ myNotifications: { id: string }[] }>(
          gql`
            query {
              myNotifications {
                id
              }
            }
          `,
          {},
          `${ORG_B}-worker`,
        )
      ).myNotifications[0].id,
      termsId: terms.id,
      openTermsId: openTerms.id,
      openTermsSha256: openTerms.sha256,
      termsAssignmentId: termsAssignment.createAssignment.id,
      basicContractId: basicContract.issueBasicContract.id,
      basicContractSha256: basicContract.issueBasicContract.sha256,
      threadId: thread.askTaskQuestion.id,
      offerTaskId,
      pickableOfferId,
      answerableOfferId,
      withdrawableOfferId,
      projectId: (
        await asOrgB<{ createProject: { id: string } }>(
          gql`
            mutation ($input: CreateProjectInput!) {
              createProject(input: $input) {
                id
              }
            }
          `,
          { input: { name: '塩尻 広域テレワーク推進事業', leadOrgId: ORG_B, memberOrgIds: [ORG_B, 'itoigawa'] } },
          'consortium-admin',
        )
      ).createProject.id,
      importBatchId: (
        await asOrgB<{ importOrderHistory: { batch: { id: string } | null } }>(
          gql`
            mutation ($input: ImportHistoryInput!) {
              importOrderHistory(input: $input) {
                batch {
                  id
                }
              }
            }
          `,
          { input: { kind: 'SETTLEMENTS', csvBase64: historyCsvBase64('2019-04'), fileName: 'seed.csv', dryRun: false } },
          `${ORG_B}-admin`,
        )
      ).importOrderHistory.batch!.id,
      workerImportBatchId: (
        await asOrgB<{ importWorkerHistory: { batch: { id: string } | null } }>(
          gql`
            mutation ($input: ImportHistoryInput!) {
              importWorkerHistory(input: $input) {
                batch {
                  id
                }
              }
            }
          `,
          { input: { kind: 'WORKERS', csvBase64: workerHistoryCsvBase64('ISO-1'), fileName: 'seed.csv', dryRun: false } },
          `${ORG_B}-admin`,
        )
      ).importWorkerHistory.batch!.id,
    };

    // A's own worker, linked to tateshina-worker's login: what `me` must show A's worker, and no more.
    const own = await asOutsider<{ registerWorker: { id: string } }>(
      gw,
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
          givenName: '三郎',
          familyNameKana: 'タテシナ',
          givenNameKana: 'サブロウ',
          userId: subOf(`${ORG_A}-worker`),
          weeklyAvailability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 240 })),
          monthlyHourCap: 60,
        },
      },
      `${ORG_A}-admin`,
    );
    if (own.errors) throw new Error(`${ORG_A}-admin: ${JSON.stringify(own.errors)}`);
    const active = await asOutsider(
      gw,
      gql`
        mutation ($id: ID!) {
          setWorkerStatus(id: $id, status: ACTIVE) {
            status
          }
        }
      `,
      { id: own.data!.registerWorker.id },
      `${ORG_A}-director`,
    );
    if (active.errors) throw new Error(`${ORG_A}-director: ${JSON.stringify(active.errors)}`);
    orgAWorkerId = own.data!.registerWorker.id;

    // 共同受注: B offers a task of its own; A claims three shares (B approves one, within which A
    // books its worker below; the controls approve and decline the others); B draws up the month's
    // statement of what it owes A.
    SHARED_WITH_A.pooledTaskId = await createTask(SEED.pooledTask);
    SHARED_WITH_A.offerId = (
      await asOrgB<{ publishPoolOffer: { id: string } }>(
        gql`
          mutation ($input: PublishPoolOfferInput!) {
            publishPoolOffer(input: $input) {
              id
            }
          }
        `,
        { input: { taskId: SHARED_WITH_A.pooledTaskId, hours: SEED.pooledTask.hours, ...SEED.poolOffer } },
        director,
      )
    ).publishPoolOffer.id;
    const claimShare = async (): Promise<string> => {
      const res = await asOutsider<{ claimPoolOffer: { id: string } }>(
        gw,
        gql`
          mutation ($orgId: String, $offerId: ID!) {
            claimPoolOffer(orgId: $orgId, offerId: $offerId, hours: 1) {
              id
            }
          }
        `,
        { orgId: ORG_B, offerId: SHARED_WITH_A.offerId },
        `${ORG_A}-director`,
      );
      if (res.errors) throw new Error(`${ORG_A}-director: ${JSON.stringify(res.errors)}`);
      return res.data!.claimPoolOffer.id;
    };
    [SHARED_WITH_A.bookingClaimId, SHARED_WITH_A.approvableClaimId, SHARED_WITH_A.declinableClaimId] = [
      await claimShare(),
      await claimShare(),
      await claimShare(),
    ];
    await asOrgB(
      gql`
        mutation ($id: ID!) {
          approvePoolClaim(id: $id) {
            id
          }
        }
      `,
      { id: SHARED_WITH_A.bookingClaimId },
      director,
    );
    SHARED_WITH_A.statementId = (
      await asOrgB<{ prepareSettlement: { id: string } }>(
        gql`mutation ($month: String!) { prepareSettlement(partnerOrgId: "${ORG_A}", month: $month) { id } }`,
        { month: SETTLEMENT_MONTH },
        director,
      )
    ).prepareSettlement.id;

    const workersDb = new Client({ connectionString: consortium.node(ORG_B, 'workers').databaseUrl });
    await workersDb.connect();
    try {
      await workersDb.query(
        `INSERT INTO claim_shares (claim_id, org_id, owner_org_id, task_id, approved_minutes, booked_minutes) VALUES ($1, $2, 'itoigawa', $3, 60, 0)`,
        [B_STAFFED_CLAIM_ID, ORG_B, randomUUID()],
      );
    } finally {
      await workersDb.end();
    }

    orgBBefore = await orgBState();
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
    // onboardMember's control created the probe in Keycloak, which may outlive this run.
    await forgetMemberIdentity(testKeycloakUrl(), ONBOARDING_PROBE, [`${ONBOARDING_PROBE}-admin`]);
  });

  it('declares every Query and Mutation of the composed supergraph, and nothing else', () => {
    const inSchema = OPERATIONS.map((op) => op.coordinate);
    const undeclared = inSchema.filter((coordinate) => !Object.hasOwn(ISOLATION_RULES, coordinate));
    const stale = Object.keys(ISOLATION_RULES).filter((coordinate) => !inSchema.includes(coordinate));
    expect({ undeclared, stale }).toEqual({ undeclared: [], stale: [] });
  });

  it.each(Object.keys(ISOLATION_RULES))("refuses tateshina's staff shiojiri's data in %s", async (coordinate) => {
    const operation = OPERATIONS.find((op) => op.coordinate === coordinate);
    if (!operation) throw new Error(`${coordinate} is not in the supergraph`);
    const rule = ISOLATION_RULES[coordinate];
    const callers = rule.callers ?? ORG_A_CALLERS;
    const variables = rule.variables(b);
    const withoutOrgId = Object.fromEntries(Object.entries(variables).filter(([name]) => name !== 'orgId'));
    const takesOrgId = operation.args.includes('orgId');
    expect(takesOrgId).toBe('orgId' in variables);

    const probes: Array<{ mode: Mode; url: string; variables: Record<string, unknown>; refusal: Refusal | NotApplicable }> = [
      { mode: 'naming B at the gateway', url: gw, variables, refusal: rule.namingOrgB },
      { mode: 'B ids alone at the gateway', url: gw, variables: withoutOrgId, refusal: rule.ownOrgDefault },
      { mode: "at B's node", url: nodeUrl(operation.subgraph), variables: withoutOrgId, refusal: rule.atNode },
      ...(takesOrgId ? [{ mode: "at B's node, naming B" as Mode, url: nodeUrl(operation.subgraph), variables, refusal: rule.atNode }] : []),
    ];
    const verdicts: Verdict[] = [];
    for (const probe of probes) {
      if ('notApplicable' in probe.refusal) continue;
      for (const caller of callers) {
        const res = await asOutsider<Record<string, unknown>>(probe.url, rule.document, probe.variables, caller);
        const notRefused = judge(res, operation.field, probe.refusal, caller);
        const verdict: Verdict = { caller, mode: probe.mode, status: res.status, codes: (res.errors ?? []).map((e) => e.extensions?.code) };
        verdicts.push(notRefused ? { ...verdict, notRefused, data: res.data } : verdict);
      }
    }
    expect(verdicts.filter((v) => v.notRefused)).toEqual([]);
    // At least one probe ran per caller: a rule cannot declare every way as not applicable.
    expect(verdicts.length).toBeGreaterThanOrEqual(2 * callers.length);
  });

  describe("entities asked straight at shiojiri's nodes (_entities)", () => {
    it('declares every entity type a node resolves, and nothing else', () => {
      const inSchema = ENTITIES.map((e) => e.coordinate);
      const undeclared = inSchema.filter((coordinate) => !Object.hasOwn(ENTITY_RULES, coordinate));
      const stale = Object.keys(ENTITY_RULES).filter((coordinate) => !inSchema.includes(coordinate));
      expect({ undeclared, stale }).toEqual({ undeclared: [], stale: [] });
    });

    it.each(Object.keys(ENTITY_RULES))("gives tateshina's staff only the shared fields of shiojiri's %s", async (coordinate) => {
      const rule = ENTITY_RULES[coordinate];
      const entity = ENTITIES.find((e) => e.coordinate === coordinate);
      if (!entity) throw new Error(`${coordinate} is not an entity of the supergraph`);
      const verdicts: Array<{ caller: string; codes: unknown[]; notRefused: string; entity: unknown }> = [];
      for (const caller of ORG_A_CALLERS) {
        const res = await asOutsider<{ _entities: (Record<string, unknown> | null)[] }>(
          nodeUrl(entity.subgraph),
          entitiesDocument(entity.type, rule.selection),
          { r: [{ __typename: entity.type, orgId: ORG_B, id: rule.id(b) }] },
          caller,
        );
        const found = res.data?._entities?.[0] ?? null;
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        const shown = Object.entries(found ?? {})
          .filter(([field, value]) => value !== null && !rule.visible.includes(field))
          .map(([field]) => field);
        const leaked = [...ORG_B_SECRETS].find((secret) => JSON.stringify(found).includes(secret));
        const notRefused = [
          shown.length ? `showed ${shown.join(', ')}` : '',
          leaked ? `showed ${ORG_B}'s "${leaked}"` : '',
          codes.some((code) => code !== 'FORBIDDEN') ? `errors ${JSON.stringify(codes)}` : '',
        ]
          .filter(Boolean)
          .join('; ');
        if (notRefused) verdicts.push({ caller, codes, notRefused, entity: found });
      }
      expect(verdicts).toEqual([]);
    });
  });

  it("resolves the partner's lead worker on tateshina's own order without the worker's personal data", async () => {
    const director = `${ORG_A}-director`;
    const client = await asOutsider<{ createClient: { id: string } }>(
      gw,
      gql`
        mutation {
          createClient(input: { name: "立科町 総務課", sector: PUBLIC }) {
            id
          }
        }
      `,
      {},
      director,
    );
    const order = await asOutsider<{ createOrder: { id: string } }>(
      gw,
      gql`
        mutation ($input: CreateOrderInput!) {
          createOrder(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          clientId: client.data!.createClient.id,
          title: '立科 議事録作成',
          category: 'DATA_ENTRY',
          valueYen: 1000,
          estimatedHours: 2,
          deadline: '2027-03-31',
        },
      },
      director,
    );
    expect(order.errors).toBeUndefined();
    // B's worker consented to consortium work: A's workers node asks B's, then pushes the lead to A's orders node.
    const lead = await asOutsider(
      gw,
      gql`
        mutation ($orderId: ID!, $leadWorkerOrgId: String, $leadWorkerId: ID) {
          setOrderLeadWorker(orderId: $orderId, leadWorkerOrgId: $leadWorkerOrgId, leadWorkerId: $leadWorkerId) {
            id
          }
        }
      `,
      { orderId: order.data!.createOrder.id, leadWorkerOrgId: ORG_B, leadWorkerId: b.workerId },
      director,
    );
    expect(lead.errors).toBeUndefined();
    for (const caller of ORG_A_CALLERS) {
      const res = await asOutsider<{ orders: { nodes: { leadWorker: Record<string, unknown> }[] } }>(
        gw,
        gql`{ orders { nodes { title leadWorker { ${WORKER_FIELDS} } } } }`,
        {},
        caller,
      );
      const lead = res.data!.orders.nodes[0].leadWorker;
      // The crossing fields (stage, skills) come from B's node; status and every personal field are null with FORBIDDEN.
      expect(lead).toMatchObject({
        id: b.workerId,
        orgId: ORG_B,
        itStage: SEED.worker.itStage,
        status: null,
        familyName: null,
        givenName: null,
        familyNameKana: null,
        givenNameKana: null,
        email: null,
        phone: null,
        address: null,
      });
      expect(new Set(res.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    }
  });

  it("books tateshina's own worker on shiojiri's task without showing tateshina the task", async () => {
    // Naming another org's task is allowed within an approved claim of A's (staffing across
    // members); what comes back of the task through the gateway, which asks shiojiri's orders
    // node with tateshina's token, is not.
    const director = `${ORG_A}-director`;
    const unclaimed = await asOutsider(
      gw,
      gql`
        mutation ($input: CreateAssignmentInput!) {
          createAssignment(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          workerId: orgAWorkerId,
          taskOrgId: ORG_B,
          taskId: b.taskId,
          periodFrom: '2027-02-01',
          periodTo: '2027-02-26',
          plannedMinutes: 60,
          hourlyRateYen: 1_000,
        },
      },
      director,
    );
    expect(unclaimed.errors?.[0].extensions?.code).toBe('CLAIM_REQUIRED');
    const booked = await asOutsider<{ createAssignment: { id: string } }>(
      gw,
      gql`
        mutation ($input: CreateAssignmentInput!) {
          createAssignment(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          workerId: orgAWorkerId,
          taskOrgId: ORG_B,
          taskId: SHARED_WITH_A.pooledTaskId,
          claimId: SHARED_WITH_A.bookingClaimId,
          periodFrom: '2027-02-01',
          periodTo: '2027-02-26',
          plannedMinutes: 60,
          hourlyRateYen: 1_000,
        },
      },
      director,
    );
    expect(booked.errors).toBeUndefined();
    const taskFields = 'orgId id orderId title payBasis hours payRateYen valueYen status';
    for (const caller of ORG_A_CALLERS) {
      // Control: A reads its own booking, and the task's key it gave itself.
      const own = await asOutsider<{ workerAssignments: { id: string; task: unknown }[] }>(
        gw,
        gql`
          query ($workerId: ID!) {
            workerAssignments(workerId: $workerId) {
              id
              task {
                orgId
                id
              }
            }
          }
        `,
        { workerId: orgAWorkerId },
        caller,
      );
      expect(own.data?.workerAssignments).toEqual([
        { id: booked.data!.createAssignment.id, task: { orgId: ORG_B, id: SHARED_WITH_A.pooledTaskId } },
      ]);
      const res = await asOutsider<{ workerAssignments: unknown }>(
        gw,
        gql`query ($workerId: ID!) { workerAssignments(workerId: $workerId) { id orgId task { ${taskFields} } } }`,
        { workerId: orgAWorkerId },
        caller,
      );
      const text = JSON.stringify(res);
      expect([caller, ORG_B_SECRETS.filter((secret) => text.includes(secret)), [b.orderId].filter((id) => text.includes(id))]).toEqual([
        caller,
        [],
        [],
      ]);
      expect(text).not.toMatch(/"(title|payRateYen|valueYen)":[^n]/);
    }
    // Control: the same route gives B's own director the task.
    const ownTask = await postGraphQL<{ workerAssignments: unknown }>(
      gw,
      gql`query ($workerId: ID!) { workerAssignments(workerId: $workerId) { id task { ${taskFields} } } }`,
      { workerId: b.workerId },
      await bearer(`${ORG_B}-director`),
    );
    expect(ownTask.errors).toBeUndefined();
    expect(JSON.stringify(ownTask.data)).toContain(SEED.task.title);
  });

  it("gives the support body (consortium-admin) no member worker's personal data either", async () => {
    for (const coordinate of ['Query.worker', 'Query.workers', 'Query.workerSensitiveNotes']) {
      const rule = ISOLATION_RULES[coordinate];
      const field = coordinate.split('.')[1];
      for (const url of [gw, nodeUrl('workers')]) {
        const res = await asOutsider<Record<string, unknown>>(url, rule.document, rule.variables(b), 'consortium-admin');
        expect([coordinate, url, res.data?.[field] ?? null, res.errors?.[0]?.extensions?.code]).toEqual([
          coordinate,
          url,
          null,
          'FORBIDDEN',
        ]);
      }
    }
  });

  it('wrote nothing into shiojiri', async () => {
    expect(await orgBState()).toEqual(orgBBefore);
  });

  it("never showed a shiojiri worker's personal data to anyone outside shiojiri", () => {
    expect(seenByOthers.length).toBeGreaterThan(50);
    const leaks = seenByOthers.flatMap((body) => PERSONAL_DATA.filter((value) => body.includes(value)).map((value) => ({ value, body })));
    expect(leaks).toEqual([]);
  });

  describe('control: the same calls as shiojiri staff reach shiojiri data', () => {
    it('the state compared before and after holds what was seeded', () => {
      // Otherwise "wrote nothing into shiojiri" would compare two empty answers.
      const text = JSON.stringify(orgBBefore);
      const seeded = [
        b.contractId,
        b.taskId,
        b.reworkTaskId,
        b.invoiceId,
        b.assignmentId,
        b.timeEntryId,
        b.returnableTimeEntryId,
        b.otherWorkerId,
        SEED.category.code,
        SEED.invoicedOrder.title,
        SEED.worker.address,
        SEED.sensitiveNotes,
        b.enrollmentId,
        b.openEnrollmentId,
        SEED.completion.evaluationComment,
        SEED.instructions,
        SEED.answer,
        b.threadId,
        b.pickableOfferId,
        b.answerableOfferId,
        b.withdrawableOfferId,
      ];
      expect(seeded.filter((value) => !text.includes(value))).toEqual([]);
    });

    // Last, because the writes land: the refusals above are only meaningful if these succeed.
    it.each(Object.keys(ISOLATION_RULES))('%s', async (coordinate) => {
      const rule = ISOLATION_RULES[coordinate];
      const field = coordinate.split('.')[1];
      const res = await postGraphQL<Record<string, unknown>>(gw, rule.document, rule.variables(b), await ownerHeaders(rule.owner));
      expect(res.errors).toBeUndefined();
      const value = res.data?.[field];
      if (rule.ownerGets) expect([coordinate, rule.ownerGets(value, b), value]).toEqual([coordinate, true, value]);
      else expect(JSON.stringify(value)).toContain(`"orgId":"${ORG_B}"`);
    });

    it.each(Object.keys(ENTITY_RULES))('%s through _entities at its node', async (coordinate) => {
      const rule = ENTITY_RULES[coordinate];
      const entity = ENTITIES.find((e) => e.coordinate === coordinate)!;
      const res = await postGraphQL<{ _entities: Record<string, unknown>[] }>(
        nodeUrl(entity.subgraph),
        entitiesDocument(entity.type, rule.selection),
        { r: [{ __typename: entity.type, orgId: ORG_B, id: rule.id(b) }] },
        await bearer(`${ORG_B}-director`),
      );
      expect(res.errors).toBeUndefined();
      // Every field asked for is seeded, so B's own staff get none of them as null.
      expect(
        Object.entries(res.data!._entities[0])
          .filter(([, value]) => value === null)
          .map(([field]) => field),
      ).toEqual([]);
    });
  });
});
