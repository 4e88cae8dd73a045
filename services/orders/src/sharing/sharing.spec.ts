import { TRAINING_CLIENT, WORKERS_CLIENT } from '@kyodo/auth';
import { gql, GraphQLResponse, postGraphQL, testServiceAccount } from '@kyodo/testing';
import { DomainError, type OnBehalfOf } from '@kyodo/subgraph';
import { tokyoToday } from '@kyodo/domain';
import { OrdersTestNode, seedClient, seedOrder, startOrdersTestNode } from '../test-support/orders-test-node';

/** Partners' approved minutes as the spec sets them (the partner's workers node); remembers what it was asked. */
class FixedClaimProgress {
  readonly minutes = new Map<string, number>();
  /** Minutes per claim per month worked (YYYY-MM), for answers that depend on the days asked. */
  readonly monthly = new Map<string, Record<string, number>>();
  readonly calls: { partnerOrgId: string; claimIds: readonly string[]; from: string | null; to: string | null }[] = [];
  /** Partners whose workers node does not answer. */
  readonly down = new Set<string>();

  async approvedMinutes(
    _caller: OnBehalfOf,
    partnerOrgId: string,
    claimIds: readonly string[],
    from: string | null,
    to: string | null,
  ): Promise<Map<string, number>> {
    this.calls.push({ partnerOrgId, claimIds, from, to });
    if (this.down.has(partnerOrgId)) throw new DomainError('UPSTREAM_FAILED', `${partnerOrgId} did not answer`);
    const inRange = (month: string) => (from === null || month >= from.slice(0, 7)) && (to === null || month <= to.slice(0, 7));
    return new Map(
      claimIds.flatMap((id) => {
        const byMonth = this.monthly.get(id);
        if (byMonth)
          return [[id, Object.entries(byMonth).reduce((sum, [month, minutes]) => sum + (inRange(month) ? minutes : 0), 0)] as const];
        return this.minutes.has(id) ? [[id, this.minutes.get(id)!] as const] : [];
      }),
    );
  }
}

const CREATE_TASK = gql`
  mutation ($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
    }
  }
`;
const PUBLISH = gql`
  mutation ($input: PublishPoolOfferInput!) {
    publishPoolOffer(input: $input) {
      id
      orgId
      taskId
      title
      hours
      approvedHours
      requiredStage
      skillTags
      requiredTrainings
      deadline
      rateYen
      clientLabel
    }
  }
`;
const POOL = gql`
  query ($first: Int, $after: String, $freeCapacity: [StageFreeMinutesInput!]) {
    consortiumPool(first: $first, after: $after, freeCapacity: $freeCapacity) {
      nodes {
        id
        deadline
        requiredStage
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const CLAIM = gql`
  mutation ($offerId: ID!, $hours: Int!) {
    claimPoolOffer(orgId: "tateshina", offerId: $offerId, hours: $hours) {
      id
      claimantOrgId
      hours
      status
    }
  }
`;
const APPROVE = gql`
  mutation ($id: ID!) {
    approvePoolClaim(id: $id) {
      id
      status
    }
  }
`;
const DECLINE = gql`
  mutation ($id: ID!) {
    declinePoolClaim(id: $id) {
      id
      status
    }
  }
`;
const CLAIMS = gql`
  query {
    poolClaims(orgId: "tateshina") {
      id
      claimantOrgId
      status
      offer {
        id
        taskId
      }
    }
  }
`;
const OFFERS = gql`
  query {
    poolOffers {
      id
      approvedHours
      claims {
        claimantOrgId
        hours
        status
      }
    }
  }
`;
const BASIS = gql`
  query ($orgId: String, $partnerOrgId: String!, $month: String!) {
    settlementBasis(orgId: $orgId, partnerOrgId: $partnerOrgId, month: $month) {
      partnerOrgId
      month
      claimIds
      months
    }
  }
`;
/** The push the org's workers node makes once it asked the partner's minutes (its prepareSettlement). */
const RECORD = gql`
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
    prepareSettlement: recordSettlement(
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
      partnerOrgId
      month
      approvedMinutes
      totalYen
      lines {
        claimId
        approvedMinutes
        rateYen
        amountYen
        adjustmentOf
      }
      ownerConfirmedAt
      partnerConfirmedAt
    }
  }
`;
const STATEMENTS = gql`
  query {
    settlementStatements(orgId: "tateshina") {
      id
      partnerOrgId
      totalYen
    }
  }
`;
const CONFIRM = gql`
  mutation ($id: ID!) {
    confirmSettlement(orgId: "tateshina", id: $id) {
      id
      ownerConfirmedAt
      partnerConfirmedAt
    }
  }
`;

interface Offer {
  id: string;
  hours: number;
  approvedHours: number;
  deadline: string;
  requiredStage: string;
}

describe('job sharing at the owner’s orders node (pool, claims, settlement) against PostgreSQL', () => {
  const progress = new FixedClaimProgress();
  const progressOf = progress;
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_sharing');
    clientId = await seedClient(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown> = {}, as?: string): Promise<T> {
    const res = await node.call<T>(query, variables, as);
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  const workers = testServiceAccount(WORKERS_CLIENT);
  const DIRECTOR_ID = 'f0e1d2c3-0000-4000-8000-00000000d1d1';
  const monthRange = (month: string) => {
    const [year, m] = month.split('-').map(Number);
    return { from: `${month}-01`, to: `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}` };
  };

  /**
   * prepareSettlement as the org's workers node serves it: the basis asked here as the director,
   * the partner's minutes per month from its workers node (the double), pushed back here as the
   * kyodo-workers service account. `overrides` change what is pushed.
   */
  async function prepareCall<T = Record<string, unknown>>(
    variables: { partnerOrgId: string; month: string },
    as?: string,
    overrides: Record<string, unknown> = {},
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>> {
    const basis = await node.call<{ settlementBasis: { claimIds: string[]; months: string[] } }>(BASIS, variables, as);
    if (basis.errors) return basis as unknown as GraphQLResponse<T>;
    const { claimIds, months } = basis.data!.settlementBasis;
    const progress =
      claimIds.length === 0
        ? []
        : (
            await Promise.all(
              months.map(async (month) => {
                const { from, to } = monthRange(month);
                const minutes = await progressOf.approvedMinutes({ token: '' }, variables.partnerOrgId, claimIds, from, to);
                return [...minutes].map(([claimId, approvedMinutes]) => ({ month, claimId, approvedMinutes }));
              }),
            )
          ).flat();
    return postGraphQL<T>(
      node.url,
      RECORD,
      { ...variables, actorId: DIRECTOR_ID, actorOrgId: 'tateshina', claimIds, months, progress, ...overrides },
      headers ?? { authorization: `Bearer ${await workers.token()}` },
    );
  }

  async function prepareOk<T>(variables: { partnerOrgId: string; month: string }): Promise<T> {
    const res = await prepareCall<T>(variables);
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  async function seedTask(hours: number, order: Record<string, unknown> = {}): Promise<string> {
    const orderId = await seedOrder(node, clientId, {
      estimatedHours: 100,
      requiredStage: 'B',
      skillTags: ['Excel'],
      requiredTrainings: ['SEC-101'],
      deadline: '2099-03-31',
      ...order,
    });
    return (
      await ok<{ createTask: { id: string } }>(CREATE_TASK, {
        input: { orderId, title: '住民票データ入力 第1期', payBasis: 'HOURLY', hours, payRateYen: 1_000, valueYen: 10_000 },
      })
    ).createTask.id;
  }

  const publish = (taskId: string, hours: number, extra: Record<string, unknown> = {}) =>
    node.call<{ publishPoolOffer: Offer & Record<string, unknown> }>(PUBLISH, { input: { taskId, hours, rateYen: 1_500, ...extra } });
  const settlementState = async () =>
    (
      await node.dataSource.query(
        `SELECT (SELECT count(*) FROM settlement_statements)::int AS statements, (SELECT count(*) FROM audit_log)::int AS audit`,
      )
    )[0] as { statements: number; audit: number };
  const audit = async (entityId: string): Promise<string[]> =>
    (
      (await node.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId])) as { action: string }[]
    ).map((r) => r.action);

  it("publishes hours of a task with the order's requirements and only the client label chosen, audited, and marks the order shared", async () => {
    const taskId = await seedTask(20);
    const res = await publish(taskId, 12, { clientLabel: '長野県内の自治体', deadline: '2099-02-28' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.publishPoolOffer).toMatchObject({
      orgId: 'tateshina',
      taskId,
      title: '住民票データ入力 第1期',
      hours: 12,
      approvedHours: 0,
      requiredStage: 'B',
      skillTags: ['Excel'],
      requiredTrainings: ['SEC-101'],
      deadline: '2099-02-28',
      rateYen: '1500',
      clientLabel: '長野県内の自治体',
    });
    expect(await audit(res.data!.publishPoolOffer.id)).toEqual(['pool-offer.publish']);
    const [order] = (await node.dataSource.query(`SELECT o.sharing FROM orders o JOIN tasks t ON t.order_id = o.id WHERE t.id = $1`, [
      taskId,
    ])) as { sharing: string }[];
    expect(order.sharing).toBe('CONSORTIUM');
  });

  it("refuses to publish more than the task's hours over all its offers, a deadline past the order's, and writes nothing", async () => {
    const taskId = await seedTask(10);
    expect((await publish(taskId, 6)).errors).toBeUndefined();
    const over = await publish(taskId, 5);
    expect(over.errors?.[0].extensions?.code).toBe('POOL_HOURS_EXCEEDED');
    const late = await publish(taskId, 1, { deadline: '2099-04-01' });
    expect(late.errors?.[0].extensions?.code).toBe('OFFER_DEADLINE_AFTER_ORDER');
    const [{ n }] = (await node.dataSource.query(`SELECT count(*)::int AS n FROM pool_offers WHERE task_id = $1`, [taskId])) as {
      n: number;
    }[];
    expect(n).toBe(1);
    expect((await publish('00000000-0000-4000-8000-000000000000', 1)).errors?.[0].extensions?.code).toBe('TASK_NOT_FOUND');
  });

  it('pages the pool by deadline then id, and keeps only what the given free capacity could staff', async () => {
    const early = (await publish(await seedTask(5, { requiredStage: 'C', deadline: '2098-01-31' }), 5)).data!.publishPoolOffer;
    const later = (await publish(await seedTask(5, { requiredStage: 'A', deadline: '2098-02-28' }), 5)).data!.publishPoolOffer;
    const first = (
      await ok<{ consortiumPool: { nodes: Offer[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        POOL,
        { first: 1 },
        'shiojiri-director',
      )
    ).consortiumPool;
    expect(first.nodes.map((o) => o.id)).toEqual([early.id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (
      await ok<{ consortiumPool: { nodes: Offer[] } }>(POOL, { first: 1, after: first.pageInfo.endCursor }, 'shiojiri-director')
    ).consortiumPool;
    expect(second.nodes.map((o) => o.id)).toEqual([later.id]);

    // Only A and B workers free: the stage-C offer is left out, the A and B ones stay.
    const staffable = (
      await ok<{ consortiumPool: { nodes: Offer[] } }>(
        POOL,
        {
          first: 100,
          freeCapacity: [
            { stage: 'B', freeMinutes: 120 },
            { stage: 'C', freeMinutes: 0 },
          ],
        },
        'itoigawa-director',
      )
    ).consortiumPool;
    expect(staffable.nodes.map((o) => o.requiredStage)).not.toContain('C');
    expect(staffable.nodes.map((o) => o.id)).toContain(later.id);
    expect(staffable.nodes.map((o) => o.id)).not.toContain(early.id);
  });

  it('records partners’ claims at the owner, shows each partner only its own, and refuses claiming an own offer', async () => {
    const offer = (await publish(await seedTask(10), 10)).data!.publishPoolOffer;
    const shiojiri = (
      await ok<{ claimPoolOffer: { id: string; status: string; claimantOrgId: string } }>(
        CLAIM,
        { offerId: offer.id, hours: 4 },
        'shiojiri-director',
      )
    ).claimPoolOffer;
    expect(shiojiri).toMatchObject({ status: 'PENDING', claimantOrgId: 'shiojiri' });
    await ok(CLAIM, { offerId: offer.id, hours: 3 }, 'itoigawa-admin');
    expect(await audit(shiojiri.id)).toEqual(['pool-claim.claim']);

    const seenByItoigawa = (await ok<{ poolClaims: { claimantOrgId: string }[] }>(CLAIMS, {}, 'itoigawa-director')).poolClaims;
    expect(new Set(seenByItoigawa.map((c) => c.claimantOrgId))).toEqual(new Set(['itoigawa']));
    const own = await node.call(CLAIM, { offerId: offer.id, hours: 1 });
    expect(own.errors?.[0].extensions?.code).toBe('CLAIM_OWN_OFFER');
    const worker = await node.call(CLAIM, { offerId: offer.id, hours: 1 }, 'shiojiri-worker');
    expect(worker.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tooMuch = await node.call(CLAIM, { offerId: offer.id, hours: 11 }, 'shiojiri-director');
    expect(tooMuch.errors?.[0].extensions?.code).toBe('CLAIM_EXCEEDS_OFFER');

    // Only the owner decides.
    const byPartner = await node.call(APPROVE, { id: shiojiri.id }, 'shiojiri-director');
    expect(byPartner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const offers = (await ok<{ poolOffers: { id: string; claims: { claimantOrgId: string; hours: number }[] }[] }>(OFFERS)).poolOffers;
    expect(offers.find((o) => o.id === offer.id)!.claims.map((c) => [c.claimantOrgId, c.hours])).toEqual([
      ['shiojiri', 4],
      ['itoigawa', 3],
    ]);
  });

  it('never approves more than was published, also with parallel approvals on separate connections', async () => {
    const offer = (await publish(await seedTask(10), 10)).data!.publishPoolOffer;
    const claims = await Promise.all(
      ['shiojiri-director', 'itoigawa-director', 'shiojiri-admin', 'itoigawa-admin'].map(
        async (as) => (await ok<{ claimPoolOffer: { id: string } }>(CLAIM, { offerId: offer.id, hours: 4 }, as)).claimPoolOffer.id,
      ),
    );
    const results = await Promise.all(claims.map((id) => node.call<{ approvePoolClaim: { status: string } }>(APPROVE, { id })));
    const approved = results.filter((r) => r.data?.approvePoolClaim.status === 'APPROVED');
    expect(approved).toHaveLength(2);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual([
      'CLAIM_EXCEEDS_OFFER',
      'CLAIM_EXCEEDS_OFFER',
    ]);
    const [row] = (await node.dataSource.query(`SELECT approved_hours FROM pool_offers WHERE id = $1`, [offer.id])) as {
      approved_hours: number;
    }[];
    expect(row.approved_hours).toBe(8);
    // The refused ones stay pending (nothing written), and may be declined.
    const [refused] = claims.filter((_, i) => results[i].errors);
    expect((await ok<{ declinePoolClaim: { status: string } }>(DECLINE, { id: refused })).declinePoolClaim.status).toBe('DECLINED');
    expect((await node.call(APPROVE, { id: refused })).errors?.[0].extensions?.code).toBe('CLAIM_ALREADY_DECIDED');
    // Not even SQL gets past the CHECK.
    await expect(node.dataSource.query(`UPDATE pool_offers SET approved_hours = 11 WHERE id = $1`, [offer.id])).rejects.toThrow(
      /pool_offers_approved_within/,
    );
  });

  it('draws up the monthly statement from the partner’s approved minutes, both sides confirm once, and it never changes again', async () => {
    const offer = (await publish(await seedTask(10), 10, { rateYen: 1_200 })).data!.publishPoolOffer;
    const claim = (await ok<{ claimPoolOffer: { id: string } }>(CLAIM, { offerId: offer.id, hours: 5 }, 'shiojiri-director')).claimPoolOffer
      .id;
    await ok(APPROVE, { id: claim });
    progress.minutes.set(claim, 150);

    const statement = (
      await prepareOk<{
        prepareSettlement: {
          id: string;
          month: string;
          approvedMinutes: number;
          totalYen: string;
          lines: { claimId: string; approvedMinutes: number; amountYen: string }[];
        };
      }>({ partnerOrgId: 'shiojiri', month: '2025-02' })
    ).prepareSettlement;
    expect(statement).toMatchObject({ month: '2025-02', approvedMinutes: 150, totalYen: '3000' });
    // Claims of the partner without minutes in the month (the earlier specs') take no line.
    expect(statement.lines).toEqual([{ claimId: claim, approvedMinutes: 150, rateYen: '1200', amountYen: '3000', adjustmentOf: null }]);
    expect(progress.calls.at(-1)).toMatchObject({ partnerOrgId: 'shiojiri', from: '2025-02-01', to: '2025-02-28' });
    expect(progress.calls.at(-1)!.claimIds).toContain(claim);

    // The partner sees its own statement only; another member none of them.
    expect(
      (await ok<{ settlementStatements: { id: string }[] }>(STATEMENTS, {}, 'shiojiri-director')).settlementStatements.map((s) => s.id),
    ).toEqual([statement.id]);
    expect((await ok<{ settlementStatements: unknown[] }>(STATEMENTS, {}, 'itoigawa-director')).settlementStatements).toEqual([]);
    expect((await node.call(CONFIRM, { id: statement.id }, 'itoigawa-director')).errors?.[0].extensions?.code).toBe('STATEMENT_NOT_FOUND');

    const owner = (
      await ok<{ confirmSettlement: { ownerConfirmedAt: string | null; partnerConfirmedAt: string | null } }>(CONFIRM, { id: statement.id })
    ).confirmSettlement;
    expect(owner.ownerConfirmedAt).not.toBeNull();
    expect(owner.partnerConfirmedAt).toBeNull();
    expect((await node.call(CONFIRM, { id: statement.id })).errors?.[0].extensions?.code).toBe('STATEMENT_ALREADY_CONFIRMED');
    const both = (
      await ok<{ confirmSettlement: { partnerConfirmedAt: string | null } }>(CONFIRM, { id: statement.id }, 'shiojiri-director')
    ).confirmSettlement;
    expect(both.partnerConfirmedAt).not.toBeNull();
    expect(await audit(statement.id)).toEqual(['settlement.prepare', 'settlement.confirm-owner', 'settlement.confirm-partner']);

    // More minutes approved later change nothing on a confirmed statement, whoever tries.
    progress.minutes.set(claim, 300);
    expect((await prepareCall({ partnerOrgId: 'shiojiri', month: '2025-02' })).errors?.[0].extensions?.code).toBe('STATEMENT_CONFIRMED');
    await expect(node.dataSource.query(`UPDATE settlement_statements SET total_yen = 1 WHERE id = $1`, [statement.id])).rejects.toThrow(
      /never changes/,
    );
    const [row] = (await node.dataSource.query(`SELECT total_yen::int AS total FROM settlement_statements WHERE id = $1`, [
      statement.id,
    ])) as { total: number }[];
    expect(row.total).toBe(3_000);
  });

  it('refuses a statement of a month that has not ended (Asia/Tokyo), to prepare or to confirm, writing nothing', async () => {
    const offer = (await publish(await seedTask(4), 4)).data!.publishPoolOffer;
    const claim = (await ok<{ claimPoolOffer: { id: string } }>(CLAIM, { offerId: offer.id, hours: 2 }, 'itoigawa-director')).claimPoolOffer
      .id;
    await ok(APPROVE, { id: claim });
    progress.minutes.set(claim, 60);
    const today = tokyoToday();
    const before = await settlementState();
    for (const month of [today.slice(0, 7), '2099-01']) {
      const res = await prepareCall({ partnerOrgId: 'itoigawa', month });
      expect([month, res.errors?.[0].extensions?.code, res.data ?? null]).toEqual([month, 'MONTH_NOT_ENDED', null]);
    }
    expect(await settlementState()).toEqual(before);
    // A statement of the running month (drawn up before the rule, say) is not confirmed either.
    const [{ id }] = (await node.dataSource.query(
      `INSERT INTO settlement_statements (org_id, partner_org_id, month, lines, approved_minutes, total_yen, prepared_by) VALUES ('tateshina', 'itoigawa', $1, '[]', 0, 0, 'sql') RETURNING id`,
      [`${today.slice(0, 7)}-01`],
    )) as { id: string }[];
    const unchanged = await settlementState();
    for (const as of [undefined, 'itoigawa-director'])
      expect((await node.call(CONFIRM, { id }, as)).errors?.[0].extensions?.code).toBe('MONTH_NOT_ENDED');
    expect(await settlementState()).toEqual(unchanged);
    await node.dataSource.query(`DELETE FROM settlement_statements WHERE id = $1`, [id]);
    progress.minutes.delete(claim);
  });

  it('owes minutes approved late in a settled month as an adjustment line on the next statement, naming the month; the settled statement never changes', async () => {
    const offer = (await publish(await seedTask(40), 40, { rateYen: 1_800 })).data!.publishPoolOffer;
    const claim = (await ok<{ claimPoolOffer: { id: string } }>(CLAIM, { offerId: offer.id, hours: 30 }, 'itoigawa-director'))
      .claimPoolOffer.id;
    await ok(APPROVE, { id: claim });
    type Statement = {
      id: string;
      month: string;
      approvedMinutes: number;
      totalYen: string;
      lines: { claimId: string; approvedMinutes: number; rateYen: string; amountYen: string; adjustmentOf: string | null }[];
    };
    const prepare = async (month: string) =>
      (await prepareOk<{ prepareSettlement: Statement }>({ partnerOrgId: 'itoigawa', month })).prepareSettlement;
    progress.monthly.set(claim, { '2025-05': 120 });
    const may = await prepare('2025-05');
    expect(may).toMatchObject({ approvedMinutes: 120, totalYen: '3600' });
    await ok(CONFIRM, { id: may.id });
    const mayRow = async () =>
      (await node.dataSource.query(`SELECT lines, total_yen, approved_minutes FROM settlement_statements WHERE id = $1`, [may.id]))[0];
    const settledMay = await mayRow();

    // The partner's director approves 50 more minutes worked in May, and 60 of June.
    progress.monthly.set(claim, { '2025-05': 170, '2025-06': 60 });
    expect((await prepareCall({ partnerOrgId: 'itoigawa', month: '2025-05' })).errors?.[0].extensions?.code).toBe('STATEMENT_CONFIRMED');
    const june = await prepare('2025-06');
    expect(june).toMatchObject({ month: '2025-06', approvedMinutes: 110, totalYen: '3300' });
    expect(june.lines).toEqual([
      { claimId: claim, approvedMinutes: 60, rateYen: '1800', amountYen: '1800', adjustmentOf: null },
      { claimId: claim, approvedMinutes: 50, rateYen: '1800', amountYen: '1500', adjustmentOf: '2025-05' },
    ]);
    // Drawn up again, it owes the same: never twice.
    expect((await prepare('2025-06')).lines).toEqual(june.lines);
    // July's statement does not take May's late minutes again: June's carries them.
    progress.monthly.set(claim, { '2025-05': 170, '2025-06': 60, '2025-07': 30 });
    expect((await prepare('2025-07')).lines).toEqual([
      { claimId: claim, approvedMinutes: 30, rateYen: '1800', amountYen: '900', adjustmentOf: null },
    ]);
    expect(await mayRow()).toEqual(settledMay);
    const statements = (await ok<{ settlementStatements: { id: string; totalYen: string }[] }>(STATEMENTS, {}, 'itoigawa-director'))
      .settlementStatements;
    expect(statements.find((s) => s.id === may.id)!.totalYen).toBe('3600');
  });

  it('settles amounts past 2^53 exactly, in the JSON and the stored statement', async () => {
    const offer = (await publish(await seedTask(2), 2)).data!.publishPoolOffer;
    const claim = (await ok<{ claimPoolOffer: { id: string } }>(CLAIM, { offerId: offer.id, hours: 2 }, 'shiojiri-director')).claimPoolOffer
      .id;
    await ok(APPROVE, { id: claim });
    // Past what publishing allows: an operator's data might still hold it.
    await node.dataSource.query(`UPDATE pool_offers SET rate_yen = 9007199254740993 WHERE id = $1`, [offer.id]);
    progress.monthly.set(claim, { '2025-09': 120 });
    const res = await prepareCall<{
      prepareSettlement: { totalYen: string; lines: { claimId: string; rateYen: string; amountYen: string }[] };
    }>({ partnerOrgId: 'shiojiri', month: '2025-09' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.prepareSettlement.lines.find((l) => l.claimId === claim)).toMatchObject({
      rateYen: '9007199254740993',
      amountYen: '18014398509481986',
    });
    // The partner's other claims of earlier specs add their lines; the total is their exact sum.
    const { totalYen, lines } = res.data!.prepareSettlement;
    expect(totalYen).toBe(lines.reduce((sum, l) => sum + BigInt(l.amountYen), 0n).toString());
    expect(BigInt(totalYen) > 18_014_398_509_481_986n).toBe(true);
    const [row] = (await node.dataSource.query(
      `SELECT total_yen::text AS total, lines FROM settlement_statements WHERE org_id = 'tateshina' AND partner_org_id = 'shiojiri' AND month = '2025-09-01'`,
    )) as { total: string; lines: { claimId: string; amountYen: string }[] }[];
    expect([row.total, row.lines.find((l) => l.claimId === claim)!.amountYen]).toEqual([totalYen, '18014398509481986']);
    // A rate past 100,000 or not whole yen is refused at the edge.
    for (const rateYen of ['100001', '1.5', 0]) {
      const refused = await publish(await seedTask(1), 1, { rateYen });
      expect([rateYen, refused.errors?.[0].extensions?.code]).toEqual([rateYen, 'BAD_USER_INPUT']);
    }
  });

  it("names each approved claim's progress at the claimant's workers node for the gateway to fetch, asking no node itself", async () => {
    const offer = (await publish(await seedTask(10), 10)).data!.publishPoolOffer;
    const claimOf = async (as: string, hours: number): Promise<string> =>
      (await ok<{ claimPoolOffer: { id: string } }>(CLAIM, { offerId: offer.id, hours }, as)).claimPoolOffer.id;
    const [shiojiri, itoigawa, pending, declined] = [
      await claimOf('shiojiri-director', 2),
      await claimOf('itoigawa-director', 4),
      await claimOf('itoigawa-director', 1),
      await claimOf('shiojiri-admin', 1),
    ];
    for (const id of [shiojiri, itoigawa]) await ok(APPROVE, { id });
    await ok(DECLINE, { id: declined });
    progress.calls.length = 0;
    const PROGRESS = gql`
      query {
        poolOffers {
          id
          claims {
            id
            progress {
              orgId
              id
            }
          }
        }
      }
    `;
    type Progress = { poolOffers: { id: string; claims: { id: string; progress: { orgId: string; id: string } | null }[] }[] };
    const res = await node.call<Progress>(PROGRESS);
    expect(res.errors).toBeUndefined();
    expect(Object.fromEntries(res.data!.poolOffers.find((o) => o.id === offer.id)!.claims.map((c) => [c.id, c.progress]))).toEqual({
      [shiojiri]: { orgId: 'shiojiri', id: shiojiri },
      [itoigawa]: { orgId: 'itoigawa', id: itoigawa },
      [pending]: null,
      [declined]: null,
    });
    // The minutes come from the claimant's node through the gateway's entity fetch, not from this node.
    expect(progress.calls).toEqual([]);
  });

  it("answers a statement's basis to the owner's staff only, and takes the minutes from the kyodo-workers service account only, for the current basis; refused, nothing is written", async () => {
    const offer = (await publish(await seedTask(6), 6, { rateYen: 1_000 })).data!.publishPoolOffer;
    const claim = (await ok<{ claimPoolOffer: { id: string } }>(CLAIM, { offerId: offer.id, hours: 3 }, 'shiojiri-director')).claimPoolOffer
      .id;
    await ok(APPROVE, { id: claim });
    progress.monthly.set(claim, { '2025-11': 90 });
    const variables = { partnerOrgId: 'shiojiri', month: '2025-11' };
    const basis = (await ok<{ settlementBasis: { claimIds: string[]; months: string[] } }>(BASIS, variables)).settlementBasis;
    expect(basis.claimIds).toContain(claim);
    expect(basis.months[0]).toBe('2025-11');
    const basisCases: [string, Record<string, unknown>, string, string | undefined][] = [
      ['worker', variables, 'FORBIDDEN', 'tateshina-worker'],
      ["the partner's staff", variables, 'FORBIDDEN', 'shiojiri-director'],
      ['itself', { partnerOrgId: 'tateshina', month: '2025-11' }, 'SETTLEMENT_WITH_ITSELF', undefined],
      ['month running', { partnerOrgId: 'shiojiri', month: '2099-01' }, 'MONTH_NOT_ENDED', undefined],
    ];
    for (const [label, vars, code, as] of basisCases) {
      const res = await node.call(BASIS, vars, as);
      expect([label, res.errors?.[0].extensions?.code]).toEqual([label, code]);
    }

    const before = await settlementState();
    const training = testServiceAccount(TRAINING_CLIENT);
    const pushCases: [string, Promise<GraphQLResponse<unknown>>, string][] = [
      // The director's own token: a user never hands in a partner's minutes.
      ['director token', prepareCall(variables, undefined, {}, node.caller), 'FORBIDDEN'],
      [
        'another service account',
        prepareCall(variables, undefined, {}, { authorization: `Bearer ${await training.token()}` }),
        'FORBIDDEN',
      ],
      ['no token', prepareCall(variables, undefined, {}, {}), 'UNAUTHENTICATED'],
      ['another org', prepareCall(variables, undefined, { orgId: 'shiojiri' }), 'WRONG_NODE'],
      [
        'a claim left out',
        prepareCall(variables, undefined, { claimIds: basis.claimIds.filter((id) => id !== claim) }),
        'SETTLEMENT_BASIS_CHANGED',
      ],
      ['a month left out', prepareCall(variables, undefined, { months: [] }), 'SETTLEMENT_BASIS_CHANGED'],
      [
        'negative minutes',
        prepareCall(variables, undefined, { progress: [{ month: '2025-11', claimId: claim, approvedMinutes: -1 }] }),
        'BAD_USER_INPUT',
      ],
      ['malformed month', prepareCall(variables, undefined, { months: ['2025-13'] }), 'BAD_USER_INPUT'],
      ['malformed claim', prepareCall(variables, undefined, { claimIds: ['claim-1'] }), 'BAD_USER_INPUT'],
    ];
    for (const [label, attempt, code] of pushCases) {
      const res = await attempt;
      expect([label, res.errors?.[0].extensions?.code]).toEqual([label, code]);
    }
    expect(await settlementState()).toEqual(before);

    // Pushed as it should be: recorded for the director who asked, and the gateway may fetch it for the owner's staff only.
    const { prepareSettlement: statement } = await prepareOk<{
      prepareSettlement: { id: string; totalYen: string; lines: { claimId: string; adjustmentOf: string | null; amountYen: string }[] };
    }>(variables);
    expect(statement.lines.filter((l) => l.claimId === claim)).toEqual([
      { claimId: claim, approvedMinutes: 90, rateYen: '1000', amountYen: '1500', adjustmentOf: null },
    ]);
    const [row] = (await node.dataSource.query(`SELECT prepared_by FROM settlement_statements WHERE id = $1`, [statement.id])) as {
      prepared_by: string;
    }[];
    expect(row.prepared_by).toBe(DIRECTOR_ID);
    const REFERENCE = gql`
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on SettlementStatement {
            id
            totalYen
          }
        }
      }
    `;
    const representations = [{ __typename: 'SettlementStatement', orgId: 'tateshina', id: statement.id }];
    const entityAs = async (user: string) =>
      (await node.call<{ _entities: unknown[] }>(REFERENCE, { representations }, user)).data!._entities;
    expect(await entityAs('tateshina-director')).toEqual([{ id: statement.id, totalYen: statement.totalYen }]);
    expect(await entityAs('tateshina-worker')).toEqual([null]);
    expect(await entityAs('itoigawa-director')).toEqual([null]);
  });

  it('refuses a malformed month', async () => {
    const res = await prepareCall({ partnerOrgId: 'shiojiri', month: '2099-13' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
