import { Client } from 'pg';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, GraphQLResponse, postGraphQL } from '@kyodo/testing';

/**
 * Red team, issue 14 items 3 and 4: entity and service fields are authorised on the operation as
 * executed (whatever wraps `_entities`), and another member's Worker resolves, by any path, only
 * to what crosses (stage and skills of a consenting worker); a reference that may not be made is
 * refused when it is written. Org A (tateshina) attacks org B (shiojiri), as the issue did.
 */

const ORG_A = 'tateshina';
const ORG_B = 'shiojiri';

/** B's workers: one who consented to consortium work, one who did not. Their record must not reach A. */
const CONSENTING = {
  familyName: '奈良井',
  givenName: '花子',
  familyNameKana: 'ナライ',
  givenNameKana: 'ハナコ',
  address: '長野県塩尻市大門七番町3-3',
  contractStart: '2026-04-01',
  contractEnd: '2027-03-31',
  ndaSignedOn: '2026-03-25',
  monthlyHourCap: 60,
  weeklyAvailability: [{ weekday: 2, minutes: 210 }],
  itStage: 'B',
  stageReason: '入所時の評価（前職の実務経験）',
  businessStage: 'C',
  skillTags: ['data-entry'],
  consortiumConsent: true,
};
const PRIVATE = {
  familyName: '贄川',
  givenName: '勇',
  familyNameKana: 'ニエカワ',
  givenNameKana: 'イサム',
  address: '長野県塩尻市贄川1234',
  contractStart: '2026-05-11',
  contractEnd: '2027-05-10',
  ndaSignedOn: '2026-05-01',
  monthlyHourCap: 37,
  weeklyAvailability: [{ weekday: 4, minutes: 170 }],
  itStage: 'A',
  businessStage: 'A',
  skillTags: ['rpa'],
  consortiumConsent: false,
};
/** Values of B's records that are not meant to cross (status aside, which is an enum). */
const HOME_ONLY_VALUES = [CONSENTING, PRIVATE].flatMap((w) => [
  w.familyName,
  w.givenName,
  w.familyNameKana,
  w.address,
  w.contractStart,
  w.contractEnd,
  w.ndaSignedOn,
]);
const FULL_WORKER =
  'id orgId status familyName address contractStart contractEnd ndaSignedOn monthlyHourCap consortiumConsent createdAt weeklyAvailability { weekday minutes } itStage businessStage skillTags';
const CROSSING = ['id', 'orgId', 'itStage', 'businessStage', 'skillTags'];

/** Every way the attack can wrap `_entities` (and `_service`): each must be refused without a token. */
const WRAPPED_ENTITIES: Record<string, string> = {
  'a fragment spread (the issue)': gql`query ($r: [_Any!]!) { ...E } fragment E on Query { _entities(representations: $r) { ... on Worker { ${FULL_WORKER} } } }`,
  'an inline fragment': gql`query ($r: [_Any!]!) { ... on Query { _entities(representations: $r) { ... on Worker { ${FULL_WORKER} } } } }`,
  'a spread inside an inline fragment inside a spread, aliased': gql`
    query ($r: [_Any!]!) { ...Outer }
    fragment Outer on Query { ... on Query { ...Inner } }
    fragment Inner on Query { w: _entities(representations: $r) { ... on Worker { ${FULL_WORKER} } } }`,
  'a fragment asking __typename only': gql`
    query ($r: [_Any!]!) {
      ...E
    }
    fragment E on Query {
      _entities(representations: $r) {
        __typename
      }
    }
  `,
  '_service in a fragment': gql`
    query {
      ...S
    }
    fragment S on Query {
      _service {
        sdl
      }
    }
  `,
};

type Entities = { _entities?: (Record<string, unknown> | null)[]; w?: unknown; _service?: unknown };

describe('red team: authorization of entity references and workers across members', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let workersB: string;
  const ids = { consenting: '', private: '' };
  let clientA = '';

  const as = async <T = Record<string, unknown>>(
    url: string,
    query: string,
    variables: Record<string, unknown>,
    username?: string,
  ): Promise<GraphQLResponse<T>> => postGraphQL<T>(url, query, variables, username ? await bearer(username) : {});
  const reps = (id: string) => ({ r: [{ __typename: 'Worker', orgId: ORG_B, id }] });
  const codesOf = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);
  /** The fields of an answered worker that are not null. */
  const shown = (worker: Record<string, unknown> | null | undefined) =>
    Object.entries(worker ?? {})
      .filter(([, v]) => v !== null)
      .map(([k]) => k)
      .sort();

  async function ordersOfA(title: string): Promise<number> {
    const db = new Client({ connectionString: consortium.node(ORG_A, 'orders').databaseUrl });
    await db.connect();
    try {
      return Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM orders WHERE title = $1', [title])).rows[0].n);
    } finally {
      await db.end();
    }
  }

  beforeAll(async () => {
    // A cold node's first answers are slow on a busy machine; the gateway's timeout is not what is tested here.
    consortium = await launchTestConsortium('redteam_authz', [ORG_A, ORG_B], { nodeTimeoutMs: 60_000 });
    gw = consortium.gatewayUrl;
    workersB = consortium.node(ORG_B, 'workers').url;
    for (const [key, input] of [
      ['consenting', CONSENTING],
      ['private', PRIVATE],
    ] as const) {
      const res = await as<{ registerWorker: { id: string } }>(
        gw,
        gql`
          mutation ($input: RegisterWorkerInput!) {
            registerWorker(input: $input) {
              id
            }
          }
        `,
        { input },
        `${ORG_B}-admin`,
      );
      expect(res.errors).toBeUndefined();
      ids[key] = res.data!.registerWorker.id;
      await as(
        gw,
        gql`
          mutation ($id: ID!) {
            setWorkerStatus(id: $id, status: ACTIVE) {
              status
            }
          }
        `,
        { id: ids[key] },
        `${ORG_B}-director`,
      );
    }
    const client = await as<{ createClient: { id: string } }>(
      gw,
      gql`
        mutation {
          createClient(input: { name: "立科町 総務課", sector: PUBLIC }) {
            id
          }
        }
      `,
      {},
      `${ORG_A}-director`,
    );
    clientA = client.data!.createClient.id;
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  describe("item 3: _entities and _service at a member's node, however wrapped", () => {
    it.each(Object.keys(WRAPPED_ENTITIES))('refuses %s without a token: UNAUTHENTICATED, no data', async (shape) => {
      const res = await as<Entities>(workersB, WRAPPED_ENTITIES[shape], reps(ids.consenting));
      expect(codesOf(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.data ?? null).toBeNull();
      expect(res.status).toBe(401);
    });

    it('gives another member nothing of a non-consenting worker, however wrapped: the entity is null with FORBIDDEN', async () => {
      for (const shape of Object.keys(WRAPPED_ENTITIES).filter((s) => !s.startsWith('_service'))) {
        const res = await as<Entities>(workersB, WRAPPED_ENTITIES[shape], reps(ids.private), `${ORG_A}-director`);
        const entities = res.data?._entities ?? (res.data?.w as Entities['_entities']);
        expect([shape, entities]).toEqual([shape, [null]]);
        expect([shape, codesOf(res)]).toEqual([shape, ['FORBIDDEN']]);
        expect(JSON.stringify(res)).not.toContain(PRIVATE.contractStart);
      }
    });

    it("gives another member's staff only the stage and skills of a consenting worker; status, availability, dates and personal data are null with FORBIDDEN", async () => {
      for (const username of [`${ORG_A}-director`, `${ORG_A}-admin`]) {
        const res = await as<Entities>(workersB, WRAPPED_ENTITIES['a fragment spread (the issue)'], reps(ids.consenting), username);
        const worker = res.data!._entities![0];
        expect(shown(worker)).toEqual([...CROSSING].sort());
        expect(worker).toMatchObject({ id: ids.consenting, orgId: ORG_B, itStage: 'B', businessStage: 'C', skillTags: ['data-entry'] });
        expect(new Set(codesOf(res))).toEqual(new Set(['FORBIDDEN']));
        const text = JSON.stringify(res.data);
        expect(HOME_ONLY_VALUES.filter((v) => text.includes(v))).toEqual([]);
      }
    });

    it("refuses another member's worker-role users and the support body any worker of B, consenting or not", async () => {
      for (const username of [`${ORG_A}-worker`, 'consortium-admin']) {
        const res = await as<Entities>(
          workersB,
          WRAPPED_ENTITIES['an inline fragment'],
          { r: [...reps(ids.consenting).r, ...reps(ids.private).r] },
          username,
        );
        expect([username, res.data?._entities]).toEqual([username, [null, null]]);
        expect([username, codesOf(res)]).toEqual([username, ['FORBIDDEN', 'FORBIDDEN']]);
      }
    });

    it("still gives B's own staff the whole record through _entities (the control)", async () => {
      const res = await as<Entities>(workersB, WRAPPED_ENTITIES['a fragment spread (the issue)'], reps(ids.private), `${ORG_B}-director`);
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities![0]).toMatchObject({
        status: 'ACTIVE',
        contractStart: PRIVATE.contractStart,
        familyName: PRIVATE.familyName,
        monthlyHourCap: PRIVATE.monthlyHourCap,
      });
    });

    it('refuses _entities and _service through the gateway, in fragments, with a token or without', async () => {
      for (const shape of Object.keys(WRAPPED_ENTITIES)) {
        for (const username of [undefined, `${ORG_A}-director`]) {
          const res = await as<Entities>(gw, WRAPPED_ENTITIES[shape], reps(ids.consenting), username);
          expect([shape, username, res.data ?? null]).toEqual([shape, username, null]);
          expect([shape, username, codesOf(res).length > 0 && codesOf(res).every((c) => typeof c === 'string')]).toEqual([
            shape,
            username,
            true,
          ]);
          expect(JSON.stringify(res)).not.toContain(CONSENTING.contractStart);
        }
      }
    });
  });

  describe("item 4: a lead worker is checked when written (at the order's org's workers node), and resolves only to what crosses", () => {
    const createOrder = async (title: string): Promise<string> => {
      const res = await as<{ createOrder: { id: string } }>(
        gw,
        gql`
          mutation ($input: CreateOrderInput!) {
            createOrder(input: $input) {
              id
            }
          }
        `,
        { input: { clientId: clientA, title, category: 'DATA_ENTRY', valueYen: 1_000, estimatedHours: 2, deadline: '2027-03-31' } },
        `${ORG_A}-director`,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.createOrder.id;
    };
    const setLead = (orderId: string, leadWorkerOrgId: string, leadWorkerId: string) =>
      as<{ setOrderLeadWorker: { id: string; leadWorker: Record<string, unknown> | null } }>(
        gw,
        gql`mutation ($orderId: ID!, $leadWorkerOrgId: String, $leadWorkerId: ID) {
          setOrderLeadWorker(orderId: $orderId, leadWorkerOrgId: $leadWorkerOrgId, leadWorkerId: $leadWorkerId) { id leadWorker { ${FULL_WORKER} } }
        }`,
        { orderId, leadWorkerOrgId, leadWorkerId },
        `${ORG_A}-director`,
      );
    /** The lead A's orders node stored for the order, straight from its database. */
    const storedLead = async (orderId: string): Promise<string | null> => {
      const db = new Client({ connectionString: consortium.node(ORG_A, 'orders').databaseUrl });
      await db.connect();
      try {
        return (await db.query<{ lead: string | null }>('SELECT lead_worker_id AS lead FROM orders WHERE id = $1', [orderId])).rows[0].lead;
      } finally {
        await db.end();
      }
    };

    it("refuses naming another member's non-consenting worker as lead (the issue's attack), storing nothing", async () => {
      const orderId = await createOrder('赤チーム 非同意リーダー');
      const res = await setLead(orderId, ORG_B, ids.private);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'LEAD_WORKER_NOT_REFERABLE',
        details: { leadWorkerOrgId: ORG_B, leadWorkerId: ids.private },
      });
      expect(JSON.stringify(res)).not.toContain(PRIVATE.contractStart);
      expect(await storedLead(orderId)).toBeNull();
    });

    it('refuses a lead worker that does not exist (in its own org or a partner), storing nothing', async () => {
      const orderId = await createOrder('赤チーム 存在しないリーダー');
      for (const orgId of [ORG_A, ORG_B]) {
        const res = await setLead(orderId, orgId, '00000000-0000-4000-8000-000000000001');
        expect([orgId, res.errors?.[0].extensions?.code]).toEqual([orgId, 'LEAD_WORKER_NOT_REFERABLE']);
      }
      expect(await storedLead(orderId)).toBeNull();
    });

    it("refuses a director handing the orders node a lead directly (recordOrderLeadWorker is kyodo-workers' only), storing nothing", async () => {
      const orderId = await createOrder('赤チーム 直接のリーダー');
      const record = gql`
        mutation ($orderId: ID!, $leadWorkerOrgId: String, $leadWorkerId: ID) {
          recordOrderLeadWorker(orderId: $orderId, actorId: "x", leadWorkerOrgId: $leadWorkerOrgId, leadWorkerId: $leadWorkerId) {
            id
          }
        }
      `;
      for (const url of [gw, consortium.node(ORG_A, 'orders').url]) {
        for (const username of [`${ORG_A}-director`, `${ORG_A}-admin`]) {
          const res = await as(url, record, { orderId, leadWorkerOrgId: ORG_B, leadWorkerId: ids.private }, username);
          expect([url, username, res.data ?? null, codesOf(res)]).toEqual([url, username, null, ['FORBIDDEN']]);
        }
      }
      expect(await storedLead(orderId)).toBeNull();
    });

    it('stores a consenting partner worker as lead; A then reads through leadWorker only the stage and skills, and nothing once consent is withdrawn', async () => {
      const title = '赤チーム 同意済みリーダー';
      const orderId = await createOrder(title);
      const set = await setLead(orderId, ORG_B, ids.consenting);
      expect(set.data?.setOrderLeadWorker.id).toBe(orderId);
      expect(shown(set.data?.setOrderLeadWorker.leadWorker)).toEqual([...CROSSING].sort());
      expect(await storedLead(orderId)).toBe(ids.consenting);
      expect(await ordersOfA(title)).toBe(1);

      const read = () =>
        as<{ orders: { nodes: { title: string; leadWorker: Record<string, unknown> | null }[] } }>(
          gw,
          gql`{ orders(first: 100) { nodes { title leadWorker { ${FULL_WORKER} } } } }`,
          {},
          `${ORG_A}-director`,
        );
      const res = await read();
      const lead = res.data!.orders.nodes.find((n) => n.title === title)!.leadWorker;
      expect(shown(lead)).toEqual([...CROSSING].sort());
      expect(new Set(codesOf(res))).toEqual(new Set(['FORBIDDEN']));
      expect(HOME_ONLY_VALUES.filter((v) => JSON.stringify(res.data).includes(v))).toEqual([]);

      // Consent is the worker's to withdraw: from then on the reference resolves to nothing.
      const db = new Client({ connectionString: consortium.node(ORG_B, 'workers').databaseUrl });
      await db.connect();
      try {
        await db.query('UPDATE workers SET consortium_consent = false WHERE id = $1', [ids.consenting]);
        const after = await read();
        expect(after.data!.orders.nodes.find((n) => n.title === title)!.leadWorker).toBeNull();
        expect(codesOf(after)).toContain('FORBIDDEN');
        // Nor may it be named again while consent is withdrawn.
        const again = await setLead(await createOrder('赤チーム 同意撤回後のリーダー'), ORG_B, ids.consenting);
        expect(again.errors?.[0].extensions?.code).toBe('LEAD_WORKER_NOT_REFERABLE');
      } finally {
        await db.query('UPDATE workers SET consortium_consent = true WHERE id = $1', [ids.consenting]);
        await db.end();
      }
    });

    it('answers referableWorker across members only for a consenting worker, and only its stage and skills', async () => {
      const ask = (id: string) =>
        as<{ referableWorker: Record<string, unknown> | null }>(
          gw,
          gql`query ($id: ID!) { referableWorker(orgId: "${ORG_B}", id: $id) { ${FULL_WORKER} } }`,
          { id },
          `${ORG_A}-director`,
        );
      expect((await ask(ids.private)).data?.referableWorker ?? null).toBeNull();
      expect(shown((await ask(ids.consenting)).data?.referableWorker)).toEqual([...CROSSING].sort());
    });
  });
});
