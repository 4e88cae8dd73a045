import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { tokyoToday } from '@kyodo/domain';
import { bearer, gql, GraphQLResponse, postGraphQL } from '@kyodo/testing';
import { daysAfter } from './support/dates';

/**
 * 共同受注 end to end, three members and real Keycloak users: tateshina publishes hours of a task
 * to the consortium pool; shiojiri and itoigawa claim shares, staff them with their own workers,
 * log and approve the hours; tateshina follows progress per claim, delivers, and settles with each
 * partner. Every body tateshina's users receive is kept and scanned for the partners' workers'
 * personal data, which never leaves their home org.
 */

const OWNER = 'tateshina';
const PARTNERS = ['shiojiri', 'itoigawa'] as const;
type Partner = (typeof PARTNERS)[number];

const WEEKDAYS_4H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 240 }));
/** The partners' resident teleworkers: everything personal here must stay with their org. */
const PARTNER_WORKERS: Record<
  Partner,
  { familyName: string; givenName: string; familyNameKana: string; givenNameKana: string; email: string; phone: string; address: string }[]
> = {
  shiojiri: [
    {
      familyName: '洗馬',
      givenName: '千代',
      familyNameKana: 'セバ',
      givenNameKana: 'チヨ',
      email: 'chiyo.seba@example.jp',
      phone: '0263-54-1001',
      address: '長野県塩尻市洗馬1-2-3',
    },
    {
      familyName: '宗賀',
      givenName: '健太',
      familyNameKana: 'ソウガ',
      givenNameKana: 'ケンタ',
      email: 'kenta.soga@example.jp',
      phone: '0263-54-1002',
      address: '長野県塩尻市宗賀4-5-6',
    },
  ],
  itoigawa: [
    {
      familyName: '能生',
      givenName: '美雪',
      familyNameKana: 'ノウ',
      givenNameKana: 'ミユキ',
      email: 'miyuki.nou@example.jp',
      phone: '025-566-1003',
      address: '新潟県糸魚川市能生7-8-9',
    },
  ],
};
const PERSONAL_DATA = Object.values(PARTNER_WORKERS).flatMap((workers) => workers.flatMap((w) => Object.values(w)));

const RATE_YEN = 1_500;
/** The work is done on the last day of last month: a settlement statement is drawn up only for a month that has ended. */
const WORK_DAY = daysAfter(`${tokyoToday().slice(0, 7)}-01`, -1);
const MONTH = WORK_DAY.slice(0, 7);

interface Progress {
  claimId: string;
  ownerOrgId: string;
  approvedMinutes: number;
  bookedMinutes: number;
  workers: { pseudonym: string; stage: string; plannedMinutes: number; approvedMinutes: number }[];
}
interface Statement {
  id: string;
  orgId: string;
  partnerOrgId: string;
  month: string;
  approvedMinutes: number;
  totalYen: string;
  lines: { claimId: string; approvedMinutes: number; rateYen: string; amountYen: string; adjustmentOf: string | null }[];
  ownerConfirmedAt: string | null;
  partnerConfirmedAt: string | null;
}

const STATEMENT_FIELDS =
  'id orgId partnerOrgId month approvedMinutes totalYen lines { claimId approvedMinutes rateYen amountYen adjustmentOf } ownerConfirmedAt partnerConfirmedAt';
const PROGRESS = gql`
  query ($orgId: String, $claimIds: [ID!]!) {
    claimProgress(orgId: $orgId, claimIds: $claimIds) {
      claimId
      ownerOrgId
      approvedMinutes
      bookedMinutes
      workers {
        pseudonym
        stage
        plannedMinutes
        approvedMinutes
      }
    }
  }
`;

describe('job sharing across three members through the gateway (共同受注)', () => {
  let consortium: RunningConsortium;
  let gw: string;
  const today = tokyoToday();
  const deadline = daysAfter(today, 40);
  /** Every body any tateshina user received. */
  const seenByOwner: string[] = [];
  const partnerWorkerIds: Record<Partner, string[]> = { shiojiri: [], itoigawa: [] };
  let orderId: string;
  let taskId: string;
  let offerId: string;
  const claims: Record<Partner, string> = { shiojiri: '', itoigawa: '' };

  async function raw<T>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const res = await postGraphQL<T>(gw, document, variables, await bearer(username));
    if (username.startsWith(`${OWNER}-`)) seenByOwner.push(JSON.stringify(res));
    return res;
  }

  async function call<T>(username: string, document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await raw<T>(username, document, variables);
    if (res.errors || !res.data) throw new Error(`${username}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  const codeOf = async (username: string, document: string, variables: Record<string, unknown>) =>
    (await raw(username, document, variables)).errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    consortium = await launchTestConsortium('sharing', [OWNER, ...PARTNERS]);
    gw = consortium.gatewayUrl;
    // Each partner's admin registers its workers, consenting to consortium work; its director activates them.
    for (const partner of PARTNERS) {
      for (const person of PARTNER_WORKERS[partner]) {
        const { registerWorker } = await call<{ registerWorker: { id: string } }>(
          `${partner}-admin`,
          gql`
            mutation ($input: RegisterWorkerInput!) {
              registerWorker(input: $input) {
                id
              }
            }
          `,
          {
            input: {
              ...person,
              itStage: 'B',
              stageReason: '入所時の評価（前職の実務経験）',
              businessStage: 'B',
              monthlyHourCap: 80,
              weeklyAvailability: WEEKDAYS_4H,
              consortiumConsent: true,
            },
          },
        );
        await call(
          `${partner}-director`,
          gql`
            mutation ($id: ID!) {
              setWorkerStatus(id: $id, status: ACTIVE) {
                status
              }
            }
          `,
          { id: registerWorker.id },
        );
        partnerWorkerIds[partner].push(registerWorker.id);
      }
    }
    // tateshina has no workers of its own for this order.
    const { createClient } = await call<{ createClient: { id: string } }>(
      `${OWNER}-director`,
      gql`
        mutation {
          createClient(input: { name: "立科町 住民課", sector: PUBLIC }) {
            id
          }
        }
      `,
    );
    // Contracted later (CONTRACTED needs a contract with the client).
    const { createContract } = await call<{ createContract: { id: string } }>(
      `${OWNER}-director`,
      gql`
        mutation ($input: CreateContractInput!) {
          createContract(input: $input) {
            id
          }
        }
      `,
      {
        input: { clientId: createClient.id, type: 'UKEOI', ndaSigned: true, startsOn: today, endsOn: deadline },
      },
    );
    orderId = (
      await call<{ createOrder: { id: string } }>(
        `${OWNER}-director`,
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
            title: '住民アンケート入力',
            category: 'DATA_ENTRY',
            valueYen: 90_000,
            estimatedHours: 40,
            deadline,
            requiredStage: 'A',
          },
        },
      )
    ).createOrder.id;
    taskId = (
      await call<{ createTask: { id: string } }>(
        `${OWNER}-director`,
        gql`
          mutation ($input: CreateTaskInput!) {
            createTask(input: $input) {
              id
            }
          }
        `,
        {
          input: { orderId, title: 'アンケート 1-600 入力', payBasis: 'HOURLY', hours: 30, payRateYen: 1_100, valueYen: 60_000 },
        },
      )
    ).createTask.id;
  }, 300_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  it("checks feasibility as FEASIBLE_WITH_CONSORTIUM: nothing free of its own, the partners' consenting workers cover it", async () => {
    const { checkFeasibility } = await call<{ checkFeasibility: { verdict: string; shortMinutes: number } }>(
      `${OWNER}-director`,
      gql`
        mutation ($orderId: ID!) {
          checkFeasibility(orderId: $orderId) {
            verdict
            shortMinutes
          }
        }
      `,
      { orderId },
    );
    expect(checkFeasibility).toEqual({ verdict: 'FEASIBLE_WITH_CONSORTIUM', shortMinutes: 40 * 60 });
  });

  it('publishes 30 hours to the pool with the rate and a client label, and the partners find it among what they could staff', async () => {
    const { publishPoolOffer } = await call<{ publishPoolOffer: { id: string; clientLabel: string; rateYen: number } }>(
      `${OWNER}-director`,
      gql`
        mutation ($input: PublishPoolOfferInput!) {
          publishPoolOffer(input: $input) {
            id
            clientLabel
            rateYen
          }
        }
      `,
      { input: { taskId, hours: 30, rateYen: RATE_YEN, clientLabel: '長野県内の自治体' } },
    );
    offerId = publishPoolOffer.id;
    for (const partner of PARTNERS) {
      const { capacity } = await call<{ capacity: { byStage: { stage: string; freeMinutes: number }[] } }>(
        `${partner}-director`,
        gql`
          query ($from: String!, $to: String!) {
            capacity(from: $from, to: $to) {
              byStage {
                stage
                freeMinutes
              }
            }
          }
        `,
        { from: today, to: deadline },
      );
      const { consortiumPool } = await call<{
        consortiumPool: { nodes: { id: string; orgId: string; hours: number; clientLabel: string; title: string }[] };
      }>(
        `${partner}-director`,
        gql`
          query ($free: [StageFreeMinutesInput!]) {
            consortiumPool(first: 50, freeCapacity: $free) {
              nodes {
                id
                orgId
                hours
                clientLabel
                title
              }
            }
          }
        `,
        { free: capacity.byStage },
      );
      expect(consortiumPool.nodes).toContainEqual({
        id: offerId,
        orgId: OWNER,
        hours: 30,
        clientLabel: '長野県内の自治体',
        title: 'アンケート 1-600 入力',
      });
      // The client's own name is not shared.
      expect(JSON.stringify(consortiumPool)).not.toContain('立科町 住民課');
    }
  });

  it('records both claims at tateshina, approves them, and refuses one that would give away more than was published', async () => {
    const claim = async (partner: Partner, hours: number): Promise<string> =>
      (
        await call<{ claimPoolOffer: { id: string } }>(
          `${partner}-director`,
          gql`mutation ($offerId: ID!, $hours: Int!) { claimPoolOffer(orgId: "${OWNER}", offerId: $offerId, hours: $hours) { id } }`,
          {
            offerId,
            hours,
          },
        )
      ).claimPoolOffer.id;
    claims.shiojiri = await claim('shiojiri', 20);
    claims.itoigawa = await claim('itoigawa', 10);
    const extra = await claim('itoigawa', 5);
    const approve = gql`
      mutation ($id: ID!) {
        approvePoolClaim(id: $id) {
          status
        }
      }
    `;
    for (const id of [claims.shiojiri, claims.itoigawa])
      expect((await call<{ approvePoolClaim: { status: string } }>(`${OWNER}-director`, approve, { id })).approvePoolClaim.status).toBe(
        'APPROVED',
      );
    expect(await codeOf(`${OWNER}-director`, approve, { id: extra })).toBe('CLAIM_EXCEEDS_OFFER');
    await call(
      `${OWNER}-director`,
      gql`
        mutation ($id: ID!) {
          declinePoolClaim(id: $id) {
            status
          }
        }
      `,
      { id: extra },
    );
    const { poolOffers } = await call<{
      poolOffers: { id: string; approvedHours: number; claims: { claimantOrgId: string; status: string }[] }[];
    }>(
      `${OWNER}-director`,
      gql`
        {
          poolOffers {
            id
            approvedHours
            claims {
              claimantOrgId
              status
            }
          }
        }
      `,
    );
    expect(poolOffers.find((o) => o.id === offerId)).toEqual({
      id: offerId,
      approvedHours: 30,
      claims: [
        { claimantOrgId: 'shiojiri', status: 'APPROVED' },
        { claimantOrgId: 'itoigawa', status: 'APPROVED' },
        { claimantOrgId: 'itoigawa', status: 'DECLINED' },
      ],
    });
  });

  it('lets each partner book its own workers within its approved share only, then log and approve their hours', async () => {
    const assign = (partner: Partner, workerId: string, plannedMinutes: number) =>
      raw<{ createAssignment: { id: string } }>(
        `${partner}-director`,
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
            taskOrgId: OWNER,
            taskId,
            claimId: claims[partner],
            periodFrom: WORK_DAY,
            periodTo: deadline,
            plannedMinutes,
            hourlyRateYen: 1_100,
          },
        },
      );
    const booked = async (partner: Partner, workerId: string, plannedMinutes: number): Promise<string> => {
      const res = await assign(partner, workerId, plannedMinutes);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.createAssignment.id;
    };
    const [s1, s2] = partnerWorkerIds.shiojiri;
    const first = await booked('shiojiri', s1, 600);
    // shiojiri's share is 20 hours: with 10 booked, 10 hours and 1 minute do not fit.
    expect((await assign('shiojiri', s2, 601)).errors?.[0].extensions?.code).toBe('CLAIM_SHARE_EXCEEDED');
    const shiojiriAssignments = [first, await booked('shiojiri', s2, 600)];
    // A partner's successful booking answers its assignment, also when it asks for more of the
    // owner's task than its key (which the owner does not show a partner).
    const itoigawaBooking = await raw<{
      createAssignment: { id: string; workerId: string; task: { orgId: string; id: string; title?: string } | null };
    }>(
      `itoigawa-director`,
      gql`
        mutation ($input: CreateAssignmentInput!) {
          createAssignment(input: $input) {
            id
            workerId
            task {
              orgId
              id
              title
            }
          }
        }
      `,
      {
        input: {
          workerId: partnerWorkerIds.itoigawa[0],
          taskOrgId: OWNER,
          taskId,
          claimId: claims.itoigawa,
          periodFrom: WORK_DAY,
          periodTo: deadline,
          plannedMinutes: 600,
          hourlyRateYen: 1_100,
        },
      },
    );
    expect(itoigawaBooking.data?.createAssignment).toMatchObject({ id: expect.any(String), workerId: partnerWorkerIds.itoigawa[0] });
    expect(itoigawaBooking.data!.createAssignment.task?.title ?? null).toBeNull();
    const itoigawaAssignment = itoigawaBooking.data!.createAssignment.id;
    // Nor can a partner book on another partner's claim.
    const foreign = await raw(
      `shiojiri-director`,
      gql`
        mutation ($input: CreateAssignmentInput!) {
          createAssignment(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          workerId: s1,
          taskOrgId: OWNER,
          taskId,
          claimId: claims.itoigawa,
          periodFrom: WORK_DAY,
          periodTo: deadline,
          plannedMinutes: 60,
          hourlyRateYen: 1_100,
        },
      },
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('CLAIM_NOT_FOUND');

    const log = async (partner: Partner, assignmentId: string, minutes: number, approve: boolean): Promise<void> => {
      const { logTime } = await call<{ logTime: { id: string } }>(
        `${partner}-director`,
        gql`
          mutation ($input: LogTimeInput!) {
            logTime(input: $input) {
              id
            }
          }
        `,
        {
          input: { assignmentId, workDate: WORK_DAY, minutes, idempotencyKey: `${partner}-${assignmentId}-${minutes}` },
        },
      );
      if (approve)
        await call(
          `${partner}-director`,
          gql`
            mutation ($id: ID!) {
              approveTimeEntry(id: $id) {
                status
              }
            }
          `,
          { id: logTime.id },
        );
    };
    await log('shiojiri', shiojiriAssignments[0], 180, true);
    await log('shiojiri', shiojiriAssignments[1], 120, true);
    // Submitted but not approved: not progress, not owed.
    await log('shiojiri', shiojiriAssignments[1], 60, false);
    await log('itoigawa', itoigawaAssignment, 90, true);
  });

  it('shows tateshina approved minutes per claim from each partner, workers only as pseudonyms with stage and minutes', async () => {
    const progressOf = async (partner: Partner): Promise<Progress[]> =>
      (
        await call<{ claimProgress: Progress[] }>(`${OWNER}-director`, PROGRESS, {
          orgId: partner,
          claimIds: [claims.shiojiri, claims.itoigawa],
        })
      ).claimProgress;
    const [shiojiri] = await progressOf('shiojiri');
    expect(shiojiri).toMatchObject({ claimId: claims.shiojiri, ownerOrgId: OWNER, approvedMinutes: 300, bookedMinutes: 1_200 });
    expect(shiojiri.workers.map((w) => [w.stage, w.plannedMinutes, w.approvedMinutes]).sort()).toEqual([
      ['B', 600, 120],
      ['B', 600, 180],
    ]);
    expect(new Set(shiojiri.workers.map((w) => w.pseudonym)).size).toBe(2);
    const itoigawa = await progressOf('itoigawa');
    expect(itoigawa).toEqual([
      {
        claimId: claims.itoigawa,
        ownerOrgId: OWNER,
        approvedMinutes: 90,
        bookedMinutes: 600,
        workers: [{ pseudonym: expect.stringMatching(/^P-[0-9A-F]{12}$/), stage: 'B', plannedMinutes: 600, approvedMinutes: 90 }],
      },
    ]);
    // Stable per claim and worker.
    expect((await progressOf('shiojiri'))[0].workers.map((w) => w.pseudonym)).toEqual(shiojiri.workers.map((w) => w.pseudonym));
    // The same minutes on tateshina's own offer: its orders node names each approved claim's
    // progress and the gateway fetches it from that partner's workers node.
    const { poolOffers } = await call<{
      poolOffers: { id: string; claims: { claimantOrgId: string; status: string; progress: { approvedMinutes: number } | null }[] }[];
    }>(
      `${OWNER}-director`,
      gql`
        {
          poolOffers {
            id
            claims {
              claimantOrgId
              status
              progress {
                approvedMinutes
              }
            }
          }
        }
      `,
    );
    expect(poolOffers.find((o) => o.id === offerId)!.claims).toEqual([
      { claimantOrgId: 'shiojiri', status: 'APPROVED', progress: { approvedMinutes: 300 } },
      { claimantOrgId: 'itoigawa', status: 'APPROVED', progress: { approvedMinutes: 90 } },
      { claimantOrgId: 'itoigawa', status: 'DECLINED', progress: null },
    ]);
    // Another partner learns nothing of shiojiri's work on tateshina's claim.
    expect(
      (await call<{ claimProgress: Progress[] }>('itoigawa-director', PROGRESS, { orgId: 'shiojiri', claimIds: [claims.shiojiri] }))
        .claimProgress,
    ).toEqual([]);
  });

  it('reviews and delivers the order (内部検収, 納入)', async () => {
    for (const to of ['CONTRACTED', 'IN_PROGRESS'])
      await call(
        `${OWNER}-director`,
        gql`
          mutation ($id: ID!, $to: OrderStatus!) {
            transitionOrder(id: $id, to: $to) {
              status
            }
          }
        `,
        { id: orderId, to },
      );
    await call(
      `${OWNER}-director`,
      gql`
        mutation ($id: ID!) {
          passTask(id: $id) {
            status
          }
        }
      `,
      { id: taskId },
    );
    const { transitionOrder } = await call<{ transitionOrder: { status: string } }>(
      `${OWNER}-director`,
      gql`
        mutation ($id: ID!) {
          transitionOrder(id: $id, to: DELIVERED) {
            status
          }
        }
      `,
      { id: orderId },
    );
    expect(transitionOrder.status).toBe('DELIVERED');
  });

  it('settles the month with each partner from the approved hours at the agreed rate; both sides confirm, and it never changes', async () => {
    const expected: Record<Partner, { minutes: number; yen: string }> = {
      shiojiri: { minutes: 300, yen: String((300 * RATE_YEN) / 60) },
      itoigawa: { minutes: 90, yen: String((90 * RATE_YEN) / 60) },
    };
    for (const partner of PARTNERS) {
      const { prepareSettlement } = await call<{ prepareSettlement: Statement }>(
        `${OWNER}-director`,
        gql`mutation ($partner: String!, $month: String!) { prepareSettlement(partnerOrgId: $partner, month: $month) { ${STATEMENT_FIELDS} } }`,
        { partner, month: MONTH },
      );
      expect(prepareSettlement).toMatchObject({
        orgId: OWNER,
        partnerOrgId: partner,
        month: MONTH,
        approvedMinutes: expected[partner].minutes,
        totalYen: expected[partner].yen,
      });
      expect(prepareSettlement.lines).toEqual([
        {
          claimId: claims[partner],
          approvedMinutes: expected[partner].minutes,
          rateYen: String(RATE_YEN),
          amountYen: expected[partner].yen,
          adjustmentOf: null,
        },
      ]);

      // The partner sees the same statement at tateshina's node, and only its own.
      const { settlementStatements } = await call<{ settlementStatements: Statement[] }>(
        `${partner}-director`,
        gql`query ($month: String) { settlementStatements(orgId: "${OWNER}", month: $month) { ${STATEMENT_FIELDS} } }`,
        {
          month: MONTH,
        },
      );
      expect(settlementStatements).toEqual([prepareSettlement]);

      const confirm = gql`mutation ($id: ID!) { confirmSettlement(orgId: "${OWNER}", id: $id) { ownerConfirmedAt partnerConfirmedAt } }`;
      await call(`${partner}-director`, confirm, { id: prepareSettlement.id });
      const { confirmSettlement } = await call<{
        confirmSettlement: { ownerConfirmedAt: string | null; partnerConfirmedAt: string | null };
      }>(`${OWNER}-director`, confirm, { id: prepareSettlement.id });
      expect(confirmSettlement.ownerConfirmedAt).not.toBeNull();
      expect(confirmSettlement.partnerConfirmedAt).not.toBeNull();
      expect(
        await codeOf(
          `${OWNER}-director`,
          gql`
            mutation ($partner: String!, $month: String!) {
              prepareSettlement(partnerOrgId: $partner, month: $month) {
                id
              }
            }
          `,
          { partner, month: MONTH },
        ),
      ).toBe('STATEMENT_CONFIRMED');
    }
  });

  it("never showed tateshina a partner worker's personal data or id", () => {
    expect(seenByOwner.length).toBeGreaterThan(10);
    const secrets = [...PERSONAL_DATA, ...Object.values(partnerWorkerIds).flat()];
    const leaks = seenByOwner.flatMap((body) => secrets.filter((secret) => body.includes(secret)).map((secret) => ({ secret, body })));
    expect(leaks).toEqual([]);
  });
});
