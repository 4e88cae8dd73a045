import { Client } from 'pg';
import {
  forgetMemberIdentity,
  keycloakAdminRequest,
  launchTestConsortium,
  onboardMember,
  OnboardingRefused,
  OnboardingResult,
  RunningConsortium,
} from '@kyodo/consortium-tools';
import { decodeJwtPayload, passwordToken } from '@kyodo/keycloak-tools';
import { bearer, gql, postGraphQL, testKeycloakUrl } from '@kyodo/testing';

/**
 * A municipality-run town joins with no servers of its own (#17 item 1): Ikeda (池田町) is
 * onboarded in one call, hosted on its partner operator Shiojiri's nodes (which list it in
 * HOSTED_ORG_IDS). Routing maps ikeda to Shiojiri's node URLs; its rows live in Shiojiri's
 * databases under org id ikeda; its staff see only ikeda's data, Shiojiri's staff not ikeda's, and
 * fan-outs count it as a member. A town the operator's nodes do not host cannot be placed there.
 */

const IKEDA = 'ikeda';
const ADMIN = 'ikeda-admin';
const ADMIN_PASSWORD = 'ikeda-admin-own-password-1';

const ikedaInput = (overrides: Record<string, unknown> = {}) => ({
  id: IKEDA,
  name: '池田町',
  kind: 'MUNICIPALITY',
  prefecture: '長野県',
  operatingForm: 'MUNICIPALITY_RUN',
  partnerOperatorId: 'shiojiri',
  domain: 'ikeda.kyodo.example',
  firstAdmin: { username: ADMIN, email: 'ikeda-admin@ikeda.kyodo.example', firstName: 'Ikeda', lastName: 'Admin' },
  ...overrides,
});

const CLIENTS = gql`
  query ($orgId: String) {
    clients(orgId: $orgId) {
      orgId
      name
    }
  }
`;
const CREATE_CLIENT = gql`
  mutation ($input: CreateClientInput!) {
    createClient(input: $input) {
      id
      orgId
    }
  }
`;
const CREATE_ORDER = gql`
  mutation ($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
      orgId
      title
    }
  }
`;

describe('a municipality-run member hosted on its partner operator’s nodes', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let adminToken: string;
  let onboarded: OnboardingResult;
  let ikedaAdmin: Record<string, string>;
  let onboardingSeconds: number;

  const refusal = async (input: Record<string, unknown>) => {
    try {
      await onboardMember(gw, adminToken, input);
      return 'onboarded';
    } catch (error) {
      if (error instanceof OnboardingRefused) return error.code;
      throw error;
    }
  };

  beforeAll(async () => {
    await forgetMemberIdentity(testKeycloakUrl(), IKEDA, [ADMIN]);
    // Tateshina is municipality-run with shiojiri as its operator (its own nodes, as in the demo).
    consortium = await launchTestConsortium('hosted', ['shiojiri', 'tateshina'], {
      hosted: { shiojiri: [IKEDA] },
      operatedBy: { tateshina: 'shiojiri', [IKEDA]: 'shiojiri' },
      // Published with OPERATED_BY: the documents of the members shiojiri operates name their programme (shiojiri's identity is the demo's).
      programmes: { tateshina: '立科町テレワーク事業', [IKEDA]: '池田町テレワーク事業' },
      consortiumEnv: {
        NODE_CHECK_INTERVAL_MS: '0',
        KYODO_MEMBER_FORMS: JSON.stringify({
          shiojiri: { operatingForm: 'CORPORATE_EXPANDED' },
          tateshina: { operatingForm: 'MUNICIPALITY_RUN', partnerOperatorId: 'shiojiri' },
        }),
      },
    });
    gw = consortium.gatewayUrl;
    adminToken = (await bearer('consortium-admin'))['authorization'].slice('Bearer '.length);
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
    await forgetMemberIdentity(testKeycloakUrl(), IKEDA, [ADMIN]);
  });

  it('refuses a hosted placement that does not fit, and writes nothing', async () => {
    const shiojiriNodes = (['orders', 'workers', 'training'] as const).map((subgraph) => ({
      subgraph,
      url: consortium.node('shiojiri', subgraph).url,
    }));
    // A hosted member brings no nodes; only a municipality-run member is hosted.
    expect(await refusal(ikedaInput({ nodes: shiojiriNodes }))).toBe('PLACEMENT_INVALID');
    expect(await refusal(ikedaInput({ operatingForm: 'CORPORATE_INITIAL', partnerOperatorId: undefined, placement: 'HOSTED' }))).toBe(
      'PLACEMENT_INVALID',
    );
    // Tateshina's nodes do not host a town (no HOSTED_ORG_IDS): tateshina cannot be its host.
    expect(await refusal(ikedaInput({ id: 'azumino', firstAdmin: { ...ikedaInput().firstAdmin, username: 'azumino-admin' } }))).toBe(
      'NODE_CHECK_FAILED',
    );
    // Its own nodes at the operator's URLs are not its own: those nodes answer as shiojiri's.
    expect(await refusal(ikedaInput({ placement: 'OWN_NODES', nodes: shiojiriNodes }))).toBe('NODE_CHECK_FAILED');
    const members = await postGraphQL<{ consortiumMembers: { id: string }[] }>(
      gw,
      '{ consortiumMembers { id } }',
      {},
      {
        authorization: `Bearer ${adminToken}`,
      },
    );
    expect(members.data!.consortiumMembers.map((m) => m.id).sort()).toEqual(['shiojiri', 'tateshina']);
  });

  it('onboards ikeda in one call with no servers: routing sends it to shiojiri’s node URLs', async () => {
    const started = performance.now();
    onboarded = await onboardMember(gw, adminToken, ikedaInput());
    onboardingSeconds = (performance.now() - started) / 1000;
    expect(onboarded).toMatchObject({
      orgId: IKEDA,
      status: 'COMPLETED',
      member: { operatingForm: 'MUNICIPALITY_RUN', partnerOperatorId: 'shiojiri', placement: 'HOSTED', hostedBy: 'shiojiri' },
    });
    expect(Object.fromEntries(onboarded.nodes.map((n) => [n.subgraph, [n.url, n.status]]))).toEqual({
      orders: [consortium.node('shiojiri', 'orders').url, 'ACTIVE'],
      workers: [consortium.node('shiojiri', 'workers').url, 'ACTIVE'],
      training: [consortium.node('shiojiri', 'training').url, 'ACTIVE'],
    });
    console.log(`Onboarding hosted member ${IKEDA} took ${onboardingSeconds.toFixed(1)} s (one onboardMember call).`);
    expect(onboardingSeconds).toBeLessThan(60);

    // Its first admin sets a password (here through Keycloak's admin API) and logs in as any member's user.
    const [user] = await keycloakAdminRequest<{ id: string }[]>(testKeycloakUrl(), `/users?username=${ADMIN}&exact=true`);
    await keycloakAdminRequest(testKeycloakUrl(), `/users/${user.id}/reset-password`, {
      method: 'PUT',
      body: JSON.stringify({ type: 'password', value: ADMIN_PASSWORD, temporary: false }),
    });
    const { access_token: token } = await passwordToken(testKeycloakUrl(), ADMIN, ADMIN_PASSWORD);
    ikedaAdmin = { authorization: `Bearer ${token}` };
  });

  it("keeps ikeda's rows in shiojiri's databases under ikeda's org id, seen by ikeda only", async () => {
    // The starter data went to shiojiri's training node, for ikeda.
    const courses = await postGraphQL<{ courses: { code: string }[] }>(gw, '{ courses { code } }', {}, ikedaAdmin);
    expect(courses.errors).toBeUndefined();
    expect(courses.data!.courses.map((c) => c.code)).toEqual(expect.arrayContaining(['SEC-BASIC']));

    const client = await postGraphQL<{ createClient: { id: string; orgId: string } }>(
      gw,
      CREATE_CLIENT,
      { input: { name: '池田町 総務課', sector: 'PUBLIC' } },
      ikedaAdmin,
    );
    expect(client.errors).toBeUndefined();
    expect(client.data!.createClient.orgId).toBe(IKEDA);
    const order = await postGraphQL<{ createOrder: { id: string; orgId: string; title: string } }>(
      gw,
      CREATE_ORDER,
      {
        input: {
          title: '町史資料のデジタル化',
          category: 'DATA_ENTRY',
          valueYen: 300_000,
          estimatedHours: 120,
          deadline: '2027-03-19',
          requiredStage: 'A',
          clientId: client.data!.createClient.id,
        },
      },
      ikedaAdmin,
    );
    expect(order.errors).toBeUndefined();
    expect(order.data!.createOrder).toMatchObject({ orgId: IKEDA, title: '町史資料のデジタル化' });

    const shiojiriDirector = await bearer('shiojiri-director');
    await postGraphQL(gw, CREATE_CLIENT, { input: { name: '塩尻市 企画課', sector: 'PUBLIC' } }, shiojiriDirector);

    expect((await postGraphQL(gw, CLIENTS, {}, ikedaAdmin)).data).toEqual({ clients: [{ orgId: IKEDA, name: '池田町 総務課' }] });
    expect((await postGraphQL(gw, CLIENTS, {}, shiojiriDirector)).data).toEqual({
      clients: [{ orgId: 'shiojiri', name: '塩尻市 企画課' }],
    });

    // The database holds both orgs' rows, each under its own org id.
    const db = new Client({ connectionString: consortium.node('shiojiri', 'orders').databaseUrl });
    await db.connect();
    try {
      const rows = await db.query<{ org_id: string; name: string }>('SELECT org_id, name FROM clients ORDER BY org_id');
      expect(rows.rows).toEqual([
        { org_id: IKEDA, name: '池田町 総務課' },
        { org_id: 'shiojiri', name: '塩尻市 企画課' },
      ]);
    } finally {
      await db.end();
    }
  });

  it("refuses ikeda's staff on the operator's data, and the operator's staff on ikeda's beyond the delegated functions", async () => {
    const named = await postGraphQL(gw, CLIENTS, { orgId: 'shiojiri' }, ikedaAdmin);
    expect(named.errors?.[0]?.extensions?.code).toBe('CROSS_ORG_REFUSED');
    const other = await postGraphQL(gw, CLIENTS, { orgId: 'tateshina' }, ikedaAdmin);
    expect(other.errors?.[0]?.extensions?.code).toBe('CROSS_ORG_REFUSED');
    // Onboarding put shiojiri's directors and org-admins in operators-of-ikeda: the operator's director
    // reads ikeda's clients for 契約 (a delegated read), in ikeda's rows.
    const operator = await postGraphQL(gw, CLIENTS, { orgId: IKEDA }, await bearer('shiojiri-director'));
    expect(operator.errors).toBeUndefined();
    expect(operator.data).toEqual({ clients: [{ orgId: IKEDA, name: '池田町 総務課' }] });
    // What the town keeps is not even routed for the operator.
    const kept = await postGraphQL(
      gw,
      gql`
        query ($orgId: String) {
          salesActivities(orgId: $orgId, fiscalYear: 2026) {
            id
          }
        }
      `,
      { orgId: IKEDA },
      await bearer('shiojiri-director'),
    );
    expect(kept.errors?.[0]?.extensions?.code).toBe('CROSS_ORG_REFUSED');
    // Straight at shiojiri's node, past the gateway: the node lets the operator do only the delegated functions for ikeda.
    const direct = await postGraphQL(
      consortium.node('shiojiri', 'orders').url,
      CREATE_CLIENT,
      { input: { name: '池田町 観光課', sector: 'PUBLIC' } },
      {
        ...(await bearer('shiojiri-director')),
        'x-kyodo-org': IKEDA,
      },
    );
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(direct.data?.createClient ?? null).toBeNull();
    // Membership is per person: once the operator's admin is taken out of the group, a fresh token of theirs names no ikeda, and the node refuses.
    const [group] = await keycloakAdminRequest<{ id: string }[]>(testKeycloakUrl(), `/groups?search=operators-of-${IKEDA}&exact=true`);
    const [admin] = await keycloakAdminRequest<{ id: string }[]>(testKeycloakUrl(), '/users?username=shiojiri-admin&exact=true');
    await keycloakAdminRequest(testKeycloakUrl(), `/users/${admin.id}/groups/${group.id}`, { method: 'DELETE' });
    const { access_token: unassignedToken } = await passwordToken(testKeycloakUrl(), 'shiojiri-admin', 'demo-shiojiri-admin');
    expect(decodeJwtPayload<{ operator_for?: string[] }>(unassignedToken).operator_for ?? []).not.toContain(IKEDA);
    const unassigned = await postGraphQL(gw, CLIENTS, { orgId: IKEDA }, { authorization: `Bearer ${unassignedToken}` });
    expect(unassigned.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(unassigned.data?.clients ?? null).toBeNull();
  });

  it('counts ikeda as a member of its own in consortium-wide answers', async () => {
    const res = await postGraphQL<{ consortiumCapacity: { orgId: string }[] }>(
      gw,
      gql`
        query {
          consortiumCapacity(from: "2027-02-01", to: "2027-02-07") {
            orgId
          }
        }
      `,
      {},
      await bearer('tateshina-director'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.consortiumCapacity.map((c) => c.orgId)).toEqual([IKEDA, 'shiojiri', 'tateshina']);
  });

  it("runs a municipality-run member's pay and invoices through its operator: the town's staff may not confirm them", async () => {
    const town = await bearer('tateshina-director');
    const members = await postGraphQL<{
      consortiumMembers: {
        id: string;
        operatingForm: string;
        partnerOperatorId: string | null;
        delegatedFunctions: string[];
        operatorConfirmations: string[];
      }[];
    }>(
      gw,
      '{ consortiumMembers { id operatingForm partnerOperatorId delegatedFunctions operatorConfirmations } }',
      {},
      { authorization: `Bearer ${adminToken}` },
    );
    expect(members.data!.consortiumMembers.find((m) => m.id === 'tateshina')).toEqual({
      id: 'tateshina',
      operatingForm: 'MUNICIPALITY_RUN',
      partnerOperatorId: 'shiojiri',
      delegatedFunctions: expect.arrayContaining(['INVOICING', 'PAYMENT', 'CLIENT_CONTRACT']),
      operatorConfirmations: ['Mutation.issueInvoice', 'Mutation.closePayMonth'],
    });
    const closePay = gql`
      mutation ($orgId: String) {
        closePayMonth(orgId: $orgId, month: "2027-01") {
          month
        }
      }
    `;
    expect((await postGraphQL(gw, closePay, {}, town)).errors?.[0]?.extensions?.code).toBe('OPERATOR_CONFIRMATION_REQUIRED');
    // A contract is no longer refused for the form: the town's staff prepare it in the operator's name.
    const client = await postGraphQL<{ createClient: { id: string } }>(
      gw,
      CREATE_CLIENT,
      { input: { name: '立科町 総務課', sector: 'PUBLIC' } },
      town,
    );
    const contract = gql`
      mutation ($orgId: String, $input: CreateContractInput!) {
        createContract(orgId: $orgId, input: $input) {
          orgId
        }
      }
    `;
    const input = { clientId: client.data!.createClient.id, type: 'JUNIN', startsOn: '2027-04-01', endsOn: '2028-03-31' };
    expect((await postGraphQL(gw, contract, { input }, town)).data).toEqual({ createContract: { orgId: 'tateshina' } });
    // The gateway lets shiojiri's staff name tateshina on a delegated function, and tateshina's node
    // accepts shiojiri-director for it: the realm gives that user the operator_for claim naming tateshina.
    const operator = await bearer('shiojiri-director');
    const byOperator = await postGraphQL(gw, contract, { orgId: 'tateshina', input }, operator);
    expect(byOperator.errors).toBeUndefined();
    expect(byOperator.data).toEqual({ createContract: { orgId: 'tateshina' } });
    // Closing pay is the operator's to confirm: whatever else the month needs, that refusal is not raised for it.
    const closedByOperator = await postGraphQL(gw, closePay, { orgId: 'tateshina' }, operator);
    expect(closedByOperator.errors?.[0]?.extensions?.code).not.toBe('OPERATOR_CONFIRMATION_REQUIRED');
    expect(closedByOperator.errors?.[0]?.extensions?.code).not.toBe('FORBIDDEN');
    // Another of shiojiri's users is not assigned to tateshina either (no operator_for): its node refuses.
    const order = await postGraphQL(gw, CLIENTS, { orgId: 'tateshina' }, await bearer('shiojiri-admin'));
    expect(order.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // What the town keeps (its sales activities) is not even routed for the operator.
    const notDelegated = await postGraphQL(
      gw,
      gql`
        query ($orgId: String) {
          salesActivities(orgId: $orgId, fiscalYear: 2026) {
            id
          }
        }
      `,
      { orgId: 'tateshina' },
      await bearer('shiojiri-director'),
    );
    expect(notDelegated.errors?.[0]?.extensions?.code).toBe('CROSS_ORG_REFUSED');
  });
});
