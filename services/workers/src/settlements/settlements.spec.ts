import { randomBytes, randomUUID } from 'node:crypto';
import { WORKERS_CLIENT } from '@kyodo/auth';
import { DomainError, type OnBehalfOf } from '@kyodo/subgraph';
import { gql, startTestNode, TestNode, testServiceAccount } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';
import type { CountedSettlement, SettlementBasis, SettlementUpstream } from './settlement-upstream';

const PREPARE = gql`
  mutation ($orgId: String, $partnerOrgId: String!, $month: String!) {
    prepareSettlement(orgId: $orgId, partnerOrgId: $partnerOrgId, month: $month) {
      orgId
      id
    }
  }
`;

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/** The org's orders node and the partner's workers node, as a settlement asks them; every question remembered with its token. */
class RecordingSettlementUpstream implements SettlementUpstream {
  basisAnswer: SettlementBasis = { claimIds: [], months: [] };
  basisFailure: Error | null = null;
  /** Minutes per claim per month worked (YYYY-MM), as the partner's director approved them. */
  minutes: Record<string, Record<string, number>> = {};
  partnerFailure: Error | null = null;
  readonly asked: { what: string; token: string }[] = [];
  readonly recorded: { token: string; counted: CountedSettlement; id: string }[] = [];

  reset(): void {
    this.basisFailure = null;
    this.partnerFailure = null;
    this.asked.length = 0;
    this.recorded.length = 0;
  }

  async basis(caller: OnBehalfOf, orgId: string, partnerOrgId: string, month: string): Promise<SettlementBasis> {
    this.asked.push({ what: `basis ${orgId} ${partnerOrgId} ${month}`, token: caller.token });
    if (this.basisFailure) throw this.basisFailure;
    return this.basisAnswer;
  }

  async approvedMinutes(caller: OnBehalfOf, partnerOrgId: string, claimIds: readonly string[], from: string, to: string) {
    this.asked.push({ what: `minutes ${partnerOrgId} ${from}..${to} ${claimIds.length}`, token: caller.token });
    if (this.partnerFailure) throw this.partnerFailure;
    const month = from.slice(0, 7);
    return new Map(claimIds.flatMap((id) => (this.minutes[id]?.[month] ? [[id, this.minutes[id][month]] as const] : [])));
  }

  async record(service: OnBehalfOf, counted: CountedSettlement): Promise<{ orgId: string; id: string }> {
    const id = randomUUID();
    this.recorded.push({ token: service.token, counted, id });
    return { orgId: counted.orgId, id };
  }
}

describe("prepareSettlement (精算) at the owner's workers node: the partner's minutes asked there, pushed to the orders node as kyodo-workers", () => {
  const upstream = new RecordingSettlementUpstream();
  let node: TestNode;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_settlements',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          settlements: upstream,
          // The kyodo-workers client's demo secret (infra/keycloak, DEMO ONLY), client credentials at the test issuer.
          serviceAccount: testServiceAccount(WORKERS_CLIENT),
        }),
    });
  });

  afterAll(async () => {
    await node?.close();
  });

  beforeEach(() => upstream.reset());

  const directorToken = () => node.caller.authorization.replace(/^Bearer /, '');

  it("asks the basis and the partner's minutes of each month as the director, and pushes them as its service account for the director", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    upstream.basisAnswer = { claimIds: [a, b], months: ['2025-06', '2025-04'] };
    upstream.minutes = { [a]: { '2025-06': 120, '2025-04': 30 }, [b]: { '2025-05': 60 } };
    const res = await node.call<{ prepareSettlement: { orgId: string; id: string } }>(PREPARE, {
      partnerOrgId: 'shiojiri',
      month: '2025-06',
    });
    expect(res.errors).toBeUndefined();
    expect(upstream.asked).toEqual([
      { what: 'basis tateshina shiojiri 2025-06', token: directorToken() },
      { what: 'minutes shiojiri 2025-06-01..2025-06-30 2', token: directorToken() },
      { what: 'minutes shiojiri 2025-04-01..2025-04-30 2', token: directorToken() },
    ]);
    const [pushed] = upstream.recorded;
    expect(res.data!.prepareSettlement).toEqual({ orgId: 'tateshina', id: pushed.id });
    expect(pushed.counted).toEqual({
      orgId: 'tateshina',
      partnerOrgId: 'shiojiri',
      month: '2025-06',
      actorId: claimsOf(directorToken()).sub,
      actorOrgId: 'tateshina',
      claimIds: [a, b],
      months: ['2025-06', '2025-04'],
      // May is not asked (no statement of the pair settled it), so its minutes are not pushed.
      progress: [
        { month: '2025-06', claimId: a, approvedMinutes: 120 },
        { month: '2025-04', claimId: a, approvedMinutes: 30 },
      ],
    });
    expect(pushed.token).not.toBe(directorToken());
    expect(claimsOf(pushed.token)).toMatchObject({ azp: WORKERS_CLIENT, preferred_username: `service-account-${WORKERS_CLIENT}` });
  });

  it('asks the partner nothing when the partner has no approved claim, and still pushes (an empty statement)', async () => {
    upstream.basisAnswer = { claimIds: [], months: ['2025-06'] };
    expect((await node.call(PREPARE, { partnerOrgId: 'itoigawa', month: '2025-06' })).errors).toBeUndefined();
    expect(upstream.asked.map((a) => a.what)).toEqual(['basis tateshina itoigawa 2025-06']);
    expect(upstream.recorded.map((r) => r.counted.progress)).toEqual([[]]);
  });

  it("refuses with a code and pushes nothing: other role or org, bad input, the orders node's refusal, the partner's node down", async () => {
    const cases: [string, Record<string, unknown>, string, string | undefined][] = [
      ['worker', { partnerOrgId: 'shiojiri', month: '2025-06' }, 'FORBIDDEN', 'tateshina-worker'],
      ['another org', { partnerOrgId: 'shiojiri', month: '2025-06' }, 'FORBIDDEN', 'shiojiri-director'],
      ['another org named', { orgId: 'shiojiri', partnerOrgId: 'itoigawa', month: '2025-06' }, 'WRONG_NODE', undefined],
      ['malformed month', { partnerOrgId: 'shiojiri', month: '2025-13' }, 'BAD_USER_INPUT', undefined],
      ['malformed partner', { partnerOrgId: 'Shiojiri!', month: '2025-06' }, 'BAD_USER_INPUT', undefined],
    ];
    for (const [label, variables, code, as] of cases) {
      const res = await node.call(PREPARE, variables, as);
      expect([label, res.errors?.[0].extensions?.code]).toEqual([label, code]);
    }
    expect(upstream.asked).toEqual([]);
    // The orders node's own refusal keeps its code.
    upstream.basisFailure = new DomainError('UPSTREAM_FAILED', 'Another subgraph refused: not ended.', { upstreamCode: 'MONTH_NOT_ENDED' });
    expect((await node.call(PREPARE, { partnerOrgId: 'shiojiri', month: '2099-01' })).errors?.[0].extensions?.code).toBe('MONTH_NOT_ENDED');
    upstream.basisFailure = null;
    // Without the partner's minutes no statement is drawn up: it would owe too little.
    upstream.basisAnswer = { claimIds: [randomUUID()], months: ['2025-06'] };
    upstream.partnerFailure = new DomainError('UPSTREAM_FAILED', 'The gateway did not answer.', { upstreamCode: null });
    expect((await node.call(PREPARE, { partnerOrgId: 'shiojiri', month: '2025-06' })).errors?.[0].extensions?.code).toBe('UPSTREAM_FAILED');
    expect(upstream.recorded).toEqual([]);
  });
});
