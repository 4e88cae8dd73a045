import { randomBytes, randomUUID } from 'node:crypto';
import { WORKERS_CLIENT } from '@kyodo/auth';
import type { OrgScopedRef } from '@kyodo/domain';
import { DomainError, type OnBehalfOf } from '@kyodo/subgraph';
import { gql, startTestNode, TestNode, testServiceAccount } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';
import type { CheckedOrderLead, OrderLeadUpstream } from './order-lead-upstream';

const SET_LEAD = gql`
  mutation ($orgId: String, $orderId: ID!, $leadWorkerOrgId: String, $leadWorkerId: ID) {
    setOrderLeadWorker(orgId: $orgId, orderId: $orderId, leadWorkerOrgId: $leadWorkerOrgId, leadWorkerId: $leadWorkerId) {
      orgId
      id
    }
  }
`;
const REGISTER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/** Other members' workers nodes and the orders node, as setting a lead asks them; every question remembered with its token. */
class RecordingOrderLeadUpstream implements OrderLeadUpstream {
  /** `org/id` of other members' workers their nodes let the caller name (consent). */
  readonly referableAbroad = new Set<string>();
  referableFailure: Error | null = null;
  recordFailure: Error | null = null;
  readonly asked: { worker: OrgScopedRef; token: string }[] = [];
  readonly recorded: { token: string; checked: CheckedOrderLead }[] = [];

  reset(): void {
    this.referableFailure = null;
    this.recordFailure = null;
    this.asked.length = 0;
    this.recorded.length = 0;
  }

  async referable(caller: OnBehalfOf, worker: OrgScopedRef): Promise<boolean> {
    this.asked.push({ worker, token: caller.token });
    if (this.referableFailure) throw this.referableFailure;
    return this.referableAbroad.has(`${worker.orgId}/${worker.id}`);
  }

  async record(service: OnBehalfOf, checked: CheckedOrderLead): Promise<OrgScopedRef> {
    if (this.recordFailure) throw this.recordFailure;
    this.recorded.push({ token: service.token, checked });
    return { orgId: checked.orgId, id: checked.orderId };
  }
}

describe('setOrderLeadWorker at the workers node: the lead checked here, pushed to the orders node as kyodo-workers', () => {
  const upstream = new RecordingOrderLeadUpstream();
  const orderId = randomUUID();
  const CONSENTING_PARTNER: OrgScopedRef = { orgId: 'shiojiri', id: randomUUID() };
  const NON_CONSENTING_PARTNER: OrgScopedRef = { orgId: 'shiojiri', id: randomUUID() };
  let node: TestNode;
  let ownWorker: OrgScopedRef;

  beforeAll(async () => {
    upstream.referableAbroad.add(`${CONSENTING_PARTNER.orgId}/${CONSENTING_PARTNER.id}`);
    node = await startTestNode({
      label: 'workers_order_lead',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          orderLead: upstream,
          // The kyodo-workers client's demo secret (infra/keycloak, DEMO ONLY), client credentials at the test issuer.
          serviceAccount: testServiceAccount(WORKERS_CLIENT),
        }),
    });
    const res = await node.call<{ registerWorker: { id: string } }>(REGISTER, {
      input: {
        familyName: '北原',
        givenName: '葵',
        familyNameKana: 'キタハラ',
        givenNameKana: 'アオイ',
        monthlyHourCap: 80,
      },
    });
    expect(res.errors).toBeUndefined();
    ownWorker = { orgId: 'tateshina', id: res.data!.registerWorker.id };
  });

  afterAll(async () => {
    await node?.close();
  });

  beforeEach(() => upstream.reset());

  const directorToken = () => node.caller.authorization.replace(/^Bearer /, '');
  const setLead = (lead: Partial<OrgScopedRef> | null, variables: Record<string, unknown> = {}, as?: string) =>
    node.call<{ setOrderLeadWorker: OrgScopedRef }>(
      SET_LEAD,
      { orderId, leadWorkerOrgId: lead?.orgId ?? null, leadWorkerId: lead?.id ?? null, ...variables },
      as,
    );

  it("names a worker of the org from its own data, and pushes it as its service account for the director; the order's key comes back", async () => {
    const res = await setLead(ownWorker);
    expect(res.errors).toBeUndefined();
    expect(res.data!.setOrderLeadWorker).toEqual({ orgId: 'tateshina', id: orderId });
    // Its own worker: no other node is asked whether it may be named.
    expect(upstream.asked).toEqual([]);
    expect(upstream.recorded).toHaveLength(1);
    const [pushed] = upstream.recorded;
    expect(pushed.checked).toEqual({
      orgId: 'tateshina',
      orderId,
      actorId: claimsOf(directorToken()).sub,
      actorOrgId: 'tateshina',
      lead: ownWorker,
    });
    // Never the director's token: the node's own service account, which alone may record a lead.
    expect(pushed.token).not.toBe(directorToken());
    expect(claimsOf(pushed.token)).toMatchObject({ azp: WORKERS_CLIENT, preferred_username: `service-account-${WORKERS_CLIENT}` });
  });

  it("names another member's consenting worker once that member's workers node says so, asked with the director's token", async () => {
    const res = await setLead(CONSENTING_PARTNER);
    expect(res.errors).toBeUndefined();
    expect(upstream.asked).toEqual([{ worker: CONSENTING_PARTNER, token: directorToken() }]);
    expect(upstream.recorded.map((r) => r.checked.lead)).toEqual([CONSENTING_PARTNER]);
  });

  it('clears the lead with both lead fields null, asking no worker node', async () => {
    const res = await setLead(null);
    expect(res.errors).toBeUndefined();
    expect(upstream.asked).toEqual([]);
    expect(upstream.recorded.map((r) => r.checked.lead)).toEqual([null]);
  });

  it.each([
    ["another member's worker who did not consent", () => NON_CONSENTING_PARTNER],
    ['a worker of the org that does not exist', () => ({ orgId: 'tateshina', id: randomUUID() })],
    // The org's own worker named as another member's: that member's node decides, and does not know it.
    ["the org's worker named under another org", () => ({ orgId: 'shiojiri', id: ownWorker.id })],
  ])('refuses %s with LEAD_WORKER_NOT_REFERABLE and pushes nothing', async (_case, leadOf) => {
    const lead = leadOf();
    const res = await setLead(lead);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'LEAD_WORKER_NOT_REFERABLE',
      details: { leadWorkerOrgId: lead.orgId, leadWorkerId: lead.id },
    });
    expect(upstream.recorded).toEqual([]);
  });

  it('refuses with a code and pushes nothing: other role or org, half a lead, malformed ids', async () => {
    const cases: [string, Partial<OrgScopedRef> | null, Record<string, unknown>, string, string | undefined][] = [
      ['worker', ownWorker, {}, 'FORBIDDEN', 'tateshina-worker'],
      ['another org', ownWorker, {}, 'FORBIDDEN', 'shiojiri-director'],
      ['another org named', ownWorker, { orgId: 'shiojiri' }, 'WRONG_NODE', undefined],
      ['org without id', { orgId: 'tateshina' }, {}, 'LEAD_WORKER_INCOMPLETE', undefined],
      ['id without org', { id: ownWorker.id }, {}, 'LEAD_WORKER_INCOMPLETE', undefined],
      ['malformed worker id', { orgId: 'tateshina', id: 'worker-1' }, {}, 'BAD_USER_INPUT', undefined],
      ['malformed order id', ownWorker, { orderId: 'order-1' }, 'BAD_USER_INPUT', undefined],
    ];
    for (const [label, lead, variables, code, as] of cases) {
      const res = await setLead(lead, variables, as);
      expect([label, res.errors?.[0].extensions?.code]).toEqual([label, code]);
    }
    expect(upstream.asked).toEqual([]);
    expect(upstream.recorded).toEqual([]);
  });

  it("fails closed when the partner's node cannot answer, and passes on the orders node's own refusal", async () => {
    upstream.referableFailure = new DomainError('UPSTREAM_FAILED', 'The gateway did not answer.', { upstreamCode: null });
    expect((await setLead(CONSENTING_PARTNER)).errors?.[0].extensions?.code).toBe('UPSTREAM_FAILED');
    expect(upstream.recorded).toEqual([]);
    upstream.reset();
    upstream.recordFailure = new DomainError('UPSTREAM_FAILED', 'Another subgraph refused: no such order.', {
      upstreamCode: 'ORDER_NOT_FOUND',
    });
    expect((await setLead(ownWorker)).errors?.[0].extensions?.code).toBe('ORDER_NOT_FOUND');
  });
});
