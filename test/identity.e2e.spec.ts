import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { audiences, brokeredLogin, decodeJwtPayload, KYODO_REALM } from '@kyodo/keycloak-tools';
import { bearer, gql, GraphQLResponse, postGraphQL, testKeycloakUrl, tokenFor } from '@kyodo/testing';
import {
  decodeJwtHeader,
  expiredToken,
  forgedToken,
  noAudienceToken,
  TOWN_REALM,
  unsignedToken,
  wrongRealmToken,
} from './support/bad-tokens';

/**
 * Identity end to end, against the real Keycloak and a consortium of two orgs, each node its own
 * process: who gets in at the gateway, and that every node checks the token again by itself.
 */

type Service = 'orders' | 'workers' | 'training' | 'reporting';

/** One write per service, tagged with a number so a later read can tell whether it landed. */
interface Write {
  service: Service;
  document: string;
  variables(marker: number): Record<string, unknown>;
  /** Reads as tateshina's org admin through the gateway: did the write tagged `marker` land? */
  landed(gateway: string, marker: number): Promise<boolean>;
}

const name = (marker: number) => `identity-probe-${marker}`;
/** setOperatingCost replaces per (org, year), so each probe gets its own fiscal year. */
const probeYear = (marker: number) => 2040 + marker;

async function readAsAdmin<T>(gateway: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await postGraphQL<T>(gateway, query, variables, await bearer('tateshina-admin'));
  if (res.errors || !res.data) throw new Error(`Check read failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const WRITES: Record<Service, Write> = {
  orders: {
    service: 'orders',
    document: gql`
      mutation ($input: CreateClientInput!) {
        createClient(input: $input) {
          id
        }
      }
    `,
    variables: (m) => ({ input: { name: name(m), sector: 'PUBLIC' } }),
    landed: async (gw, m) =>
      (
        await readAsAdmin<{ clients: { name: string }[] }>(
          gw,
          gql`
            {
              clients {
                name
              }
            }
          `,
        )
      ).clients.some((c) => c.name === name(m)),
  },
  workers: {
    service: 'workers',
    document: gql`
      mutation ($input: RegisterWorkerInput!) {
        registerWorker(input: $input) {
          id
        }
      }
    `,
    variables: (m) => ({
      input: { familyName: name(m), givenName: '試験', familyNameKana: 'シケン', givenNameKana: 'タロウ', monthlyHourCap: 10 },
    }),
    landed: async (gw, m) =>
      (
        await readAsAdmin<{ workers: { nodes: { familyName: string }[] } }>(
          gw,
          gql`
            {
              workers(first: 100) {
                nodes {
                  familyName
                }
              }
            }
          `,
        )
      ).workers.nodes.some((w) => w.familyName === name(m)),
  },
  training: {
    service: 'training',
    document: gql`
      mutation ($input: CreateCourseInput!) {
        createCourse(input: $input) {
          id
        }
      }
    `,
    variables: (m) => ({ input: { code: `PROBE-${m}`, title: name(m), category: 'BASIC', format: 'E_LEARNING', durationMinutes: 30 } }),
    landed: async (gw, m) =>
      (
        await readAsAdmin<{ courses: { title: string }[] }>(
          gw,
          gql`
            {
              courses {
                title
              }
            }
          `,
        )
      ).courses.some((c) => c.title === name(m)),
  },
  reporting: {
    service: 'reporting',
    document: gql`
      mutation ($input: SetOperatingCostInput!) {
        setOperatingCost(input: $input) {
          orgId
        }
      }
    `,
    variables: (m) => ({ input: { orgId: 'tateshina', fiscalYear: probeYear(m), amountYen: 1000 + m } }),
    landed: async (gw, m) =>
      (
        await readAsAdmin<{ operatingCosts: { orgId: string }[] }>(
          gw,
          gql`
            query ($y: Int!) {
              operatingCosts(fiscalYear: $y) {
                orgId
              }
            }
          `,
          { y: probeYear(m) },
        )
      ).operatingCosts.some((c) => c.orgId === 'tateshina'),
  },
};

interface Target {
  label: string;
  url: string;
  writes: Write[];
}

/** The gateway with every write, and each of tateshina's nodes (and the hub's reporting) with its own. */
function targetsOf(consortium: RunningConsortium): Target[] {
  return [
    { label: 'gateway', url: consortium.gatewayUrl, writes: Object.values(WRITES) },
    { label: 'tateshina orders node', url: consortium.node('tateshina', 'orders').url, writes: [WRITES.orders] },
    { label: 'tateshina workers node', url: consortium.node('tateshina', 'workers').url, writes: [WRITES.workers] },
    { label: 'tateshina training node', url: consortium.node('tateshina', 'training').url, writes: [WRITES.training] },
    { label: 'hub reporting service', url: consortium.reportingUrl, writes: [WRITES.reporting] },
  ];
}

/** Each token is wrong in one way only; all are built on tateshina's org admin, who may make every write. */
const REFUSED_TOKENS: Array<[kind: string, token: () => Promise<string>]> = [
  ['an expired', () => expiredToken('tateshina-admin')],
  ['a forged (same kid and claims, signed with a key of our own)', () => forgedToken('tateshina-admin')],
  ['an unsigned (alg none)', () => unsignedToken('tateshina-admin')],
  ['a wrong-audience', () => noAudienceToken('tateshina-admin')],
  ['a wrong-realm', () => wrongRealmToken()],
];

const summary = (res: GraphQLResponse<unknown>) => ({
  status: res.status,
  code: res.errors?.[0]?.extensions?.code,
  data: res.data ?? null,
});

const TATESHINA_ORDER = '議事録作成 (identity)';
const SHIOJIRI_ORDER = 'アノテーション (identity)';

describe('identity: tokens at the gateway and at every node', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let shiojiriOrderId: string;
  let marker = 0;

  beforeAll(async () => {
    consortium = await launchTestConsortium('identity', ['tateshina', 'shiojiri']);
    gw = consortium.gatewayUrl;
    for (const [orgId, title] of [
      ['tateshina', TATESHINA_ORDER],
      ['shiojiri', SHIOJIRI_ORDER],
    ] as const) {
      const director = await bearer(`${orgId}-director`);
      const client = await postGraphQL<{ createClient: { id: string } }>(
        gw,
        WRITES.orders.document,
        { input: { name: `${orgId} 役場`, sector: 'PUBLIC' } },
        director,
      );
      expect(client.errors).toBeUndefined();
      const order = await postGraphQL<{ createOrder: { id: string } }>(
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
            title,
            category: 'DATA_ENTRY',
            valueYen: 10_000,
            estimatedHours: 5,
            deadline: '2027-01-31',
          },
        },
        director,
      );
      expect(order.errors).toBeUndefined();
      if (orgId === 'shiojiri') shiojiriOrderId = order.data!.createOrder.id;
    }
    const course = await postGraphQL(
      gw,
      WRITES.training.document,
      { input: { code: 'SJ-101', title: '塩尻 基礎講座', category: 'BASIC', format: 'E_LEARNING', durationMinutes: 60 } },
      await bearer('shiojiri-admin'),
    );
    expect(course.errors).toBeUndefined();
    const cost = await postGraphQL(
      gw,
      WRITES.reporting.document,
      { input: { orgId: 'shiojiri', fiscalYear: 2026, amountYen: 5_000_000 } },
      await bearer('consortium-admin'),
    );
    expect(cost.errors).toBeUndefined();
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  describe('valid tokens', () => {
    /** Each caller reads something its role opens, which the set-up seeded for its org (the support body reads the hub). */
    const CALLERS: Array<{ username: string; orgId: string | null; role: string; query: string; field: string }> = [
      {
        username: 'tateshina-director',
        orgId: 'tateshina',
        role: 'director',
        query: gql`
          {
            orders {
              nodes {
                orgId
                title
              }
            }
          }
        `,
        field: 'orders',
      },
      {
        username: 'shiojiri-director',
        orgId: 'shiojiri',
        role: 'director',
        query: gql`
          {
            orders {
              nodes {
                orgId
                title
              }
            }
          }
        `,
        field: 'orders',
      },
      {
        username: 'tateshina-admin',
        orgId: 'tateshina',
        role: 'org-admin',
        query: gql`
          {
            clients {
              orgId
              name
            }
          }
        `,
        field: 'clients',
      },
      {
        username: 'shiojiri-worker',
        orgId: 'shiojiri',
        role: 'worker',
        query: gql`
          {
            courses {
              orgId
              title
            }
          }
        `,
        field: 'courses',
      },
      {
        username: 'consortium-admin',
        orgId: null,
        role: 'consortium-admin',
        query: gql`
          {
            operatingCosts(fiscalYear: 2026) {
              orgId
              amountYen
            }
          }
        `,
        field: 'operatingCosts',
      },
    ];

    it.each(CALLERS)(
      'lets $username ($role) through the gateway with a token naming its org and role',
      async ({ username, orgId, role, query, field }) => {
        const token = await tokenFor(username);
        const claims = decodeJwtPayload(token);
        expect([claims.iss, claims.organization ?? null, claims.realm_access?.roles.includes(role)]).toEqual([
          `${testKeycloakUrl()}/realms/${KYODO_REALM}`,
          orgId ? [orgId] : null,
          true,
        ]);
        expect(audiences(claims)).toContain('kyodo-api');

        const res = await postGraphQL<Record<string, { orgId: string }[] | { nodes: { orgId: string }[] }>>(
          gw,
          query,
          {},
          { authorization: `Bearer ${token}` },
        );
        expect(res.status).toBe(200);
        expect(res.errors).toBeUndefined();
        const value = res.data![field];
        const rows = Array.isArray(value) ? value : value.nodes;
        // The gateway routed by the token's org: the caller's org's rows, and only those.
        if (orgId) expect([rows.length > 0, new Set(rows.map((r) => r.orgId))]).toEqual([true, new Set([orgId])]);
        else expect(rows).toEqual([{ orgId: 'shiojiri', amountYen: '5000000' }]);
      },
    );

    it("sees each director's own org's orders: the org comes from the token", async () => {
      const titles = async (username: string) =>
        (
          await postGraphQL<{ orders: { nodes: { title: string }[] } }>(
            gw,
            gql`
              {
                orders {
                  nodes {
                    title
                  }
                }
              }
            `,
            {},
            await bearer(username),
          )
        ).data!.orders.nodes.map((n) => n.title);
      expect(await titles('tateshina-director')).toEqual([TATESHINA_ORDER]);
      expect(await titles('shiojiri-director')).toEqual([SHIOJIRI_ORDER]);
    });

    it('lets every write through, at the gateway and straight at each node, with a valid token (the control for the refusals below)', async () => {
      const token = await tokenFor('tateshina-admin');
      for (const target of targetsOf(consortium)) {
        for (const write of target.writes) {
          const m = ++marker;
          const res = await postGraphQL(target.url, write.document, write.variables(m), { authorization: `Bearer ${token}` });
          expect([target.label, write.service, res.status, res.errors]).toEqual([target.label, write.service, 200, undefined]);
          expect([target.label, write.service, await write.landed(gw, m)]).toEqual([target.label, write.service, true]);
        }
      }
    });
  });

  describe('refused tokens', () => {
    it('are built as intended: each differs from a valid token in one way only', async () => {
      const valid = decodeJwtPayload(await tokenFor('tateshina-admin'));
      const kyodoIssuer = `${testKeycloakUrl()}/realms/${KYODO_REALM}`;

      const forged = await forgedToken('tateshina-admin');
      expect(decodeJwtHeader(forged)).toEqual(decodeJwtHeader(await tokenFor('tateshina-admin')));
      expect(decodeJwtPayload(forged)).toEqual(valid);

      const noAudience = decodeJwtPayload(await noAudienceToken('tateshina-admin'));
      expect([noAudience.iss, noAudience.organization, audiences(noAudience).includes('kyodo-api')]).toEqual([
        kyodoIssuer,
        ['tateshina'],
        false,
      ]);

      const townToken = decodeJwtPayload(await wrongRealmToken());
      expect([townToken.iss, townToken.organization, audiences(townToken)]).toEqual([
        `${testKeycloakUrl()}/realms/${TOWN_REALM}`,
        ['tateshina'],
        ['kyodo-api'],
      ]);

      const expired = decodeJwtPayload(await expiredToken('tateshina-admin'));
      expect([expired.iss, expired.exp * 1000 < Date.now(), audiences(expired).includes('kyodo-api')]).toEqual([kyodoIssuer, true, true]);
    });

    it.each(REFUSED_TOKENS)(
      'refuses %s token with 401 UNAUTHENTICATED at the gateway and at every node, and nothing is written',
      async (_kind, makeToken) => {
        const headers = { authorization: `Bearer ${await makeToken()}` };
        const attempts: Array<{ write: Write; marker: number; target: string }> = [];
        for (const target of targetsOf(consortium)) {
          for (const write of target.writes) {
            const m = ++marker;
            attempts.push({ write, marker: m, target: target.label });
            const res = await postGraphQL(target.url, write.document, write.variables(m), headers);
            expect([target.label, write.service, summary(res)]).toEqual([
              target.label,
              write.service,
              { status: 401, code: 'UNAUTHENTICATED', data: null },
            ]);
          }
        }
        for (const { write, marker: m, target } of attempts) {
          expect([target, write.service, await write.landed(gw, m)]).toEqual([target, write.service, false]);
        }
      },
    );

    it('refuses a request without a token: 401 at the gateway, UNAUTHENTICATED at every node, nothing written', async () => {
      const attempts: Array<{ write: Write; marker: number; target: string }> = [];
      for (const target of targetsOf(consortium)) {
        for (const write of target.writes) {
          const m = ++marker;
          attempts.push({ write, marker: m, target: target.label });
          const res = await postGraphQL(target.url, write.document, write.variables(m));
          if (target.url === gw)
            expect([write.service, summary(res)]).toEqual([write.service, { status: 401, code: 'UNAUTHENTICATED', data: null }]);
          else
            expect([target.label, res.errors?.[0]?.extensions?.code, Object.values(res.data ?? {}).filter((v) => v !== null)]).toEqual([
              target.label,
              'UNAUTHENTICATED',
              [],
            ]);
        }
      }
      for (const { write, marker: m, target } of attempts) {
        expect([target, write.service, await write.landed(gw, m)]).toEqual([target, write.service, false]);
      }
    });

    it("keeps a node's federation fields (_service, _entities) closed without a token", async () => {
      const node = consortium.node('shiojiri', 'orders').url;
      const sdl = await postGraphQL(
        node,
        gql`
          {
            _service {
              sdl
            }
          }
        `,
      );
      expect(sdl.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(sdl)).not.toContain('type Order');

      const entities = await postGraphQL(
        node,
        gql`
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Order {
                title
              }
            }
          }
        `,
        { r: [{ __typename: 'Order', orgId: 'shiojiri', id: shiojiriOrderId }] },
      );
      expect(entities.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(entities)).not.toContain(SHIOJIRI_ORDER);
    });
  });

  describe('the town identity provider', () => {
    let townToken: string;
    let headers: Record<string, string>;

    beforeAll(async () => {
      townToken = (await brokeredLogin(testKeycloakUrl(), 'tateshina-idp', 'yamada@tateshina.kyodo.example', 'demo-yamada')).access_token;
      headers = { authorization: `Bearer ${townToken}` };
    });

    it('yields a kyodo token carrying organization tateshina and the director role', () => {
      const claims = decodeJwtPayload(townToken);
      expect(claims.iss).toBe(`${testKeycloakUrl()}/realms/${KYODO_REALM}`);
      expect(claims.organization).toEqual(['tateshina']);
      expect(claims.realm_access?.roles).toContain('director');
      expect(claims.preferred_username).toBe('tateshina.yamada');
      expect(audiences(claims)).toContain('kyodo-api');
    });

    it("works at the gateway for a tateshina director's operation", async () => {
      const res = await postGraphQL<{ orders: { nodes: { orgId: string; title: string }[] } }>(
        gw,
        gql`
          {
            orders {
              nodes {
                orgId
                title
              }
            }
          }
        `,
        {},
        headers,
      );
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data!.orders.nodes).toEqual([{ orgId: 'tateshina', title: TATESHINA_ORDER }]);
    });

    it("is refused shiojiri's data: naming shiojiri, by shiojiri's id, and straight at shiojiri's node", async () => {
      const named = await postGraphQL<{ orders: unknown }>(
        gw,
        gql`
          {
            orders(orgId: "shiojiri") {
              nodes {
                title
              }
            }
          }
        `,
        {},
        headers,
      );
      expect([named.data?.orders ?? null, named.errors?.[0]?.extensions?.code]).toEqual([null, 'CROSS_ORG_REFUSED']);

      const byId = await postGraphQL<{ order: unknown }>(
        gw,
        gql`
          query ($id: ID!) {
            order(id: $id) {
              title
            }
          }
        `,
        { id: shiojiriOrderId },
        headers,
      );
      expect([byId.data?.order ?? null, byId.errors]).toEqual([null, undefined]);

      const byIdNamed = await postGraphQL<{ order: unknown }>(
        gw,
        gql`
          query ($id: ID!) {
            order(orgId: "shiojiri", id: $id) {
              title
            }
          }
        `,
        { id: shiojiriOrderId },
        headers,
      );
      expect([byIdNamed.data?.order ?? null, byIdNamed.errors?.[0]?.extensions?.code]).toEqual([null, 'CROSS_ORG_REFUSED']);

      const direct = await postGraphQL<{ orders: unknown }>(
        consortium.node('shiojiri', 'orders').url,
        gql`
          {
            orders {
              nodes {
                title
              }
            }
          }
        `,
        {},
        headers,
      );
      expect([direct.data?.orders ?? null, direct.errors?.[0]?.extensions?.code]).toEqual([null, 'FORBIDDEN']);

      for (const res of [named, byId, byIdNamed, direct]) expect(JSON.stringify(res)).not.toContain(SHIOJIRI_ORDER);
    });
  });
});
