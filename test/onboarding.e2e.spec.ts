import { createHash, randomBytes } from 'node:crypto';
import { CookieJar } from 'tough-cookie';
import {
  forgetMemberIdentity,
  keycloakAdminRequest,
  launchTestConsortium,
  NodeInfo,
  onboardMember,
  OnboardingRefused,
  OnboardingResult,
  organizationByAlias,
  RunningConsortium,
} from '@kyodo/consortium-tools';
import { decodeJwtPayload, KeycloakTokenError, parseForms, passwordToken } from '@kyodo/keycloak-tools';
import { bearer, gql, postGraphQL, testKeycloakUrl } from '@kyodo/testing';

/**
 * The joint support body onboards a fourth municipality, Omachi (大町市, municipality-run with
 * Shiojiri's operator as its partner), into a running consortium: its nodes are checked, its
 * Keycloak organization and first admin are created, routing takes it in, its starter data is
 * seeded; its admin logs in and registers a worker whose hours the support body sees in
 * consortium capacity; suspension takes it out of routing and refuses its users; resuming brings
 * it back with its data.
 */

const OMACHI = 'omachi';
const ADMIN = 'omachi-admin';
const ADMIN_PASSWORD = 'omachi-admin-own-password-1';
const OMACHI_IDP = 'omachi-idp';
/** A week with one Monday: the worker's Monday availability is the week's capacity. */
const WEEK = { from: '2027-02-01', to: '2027-02-07' };

const omachiInput = (nodes: readonly NodeInfo[], overrides: Record<string, unknown> = {}) => ({
  id: OMACHI,
  name: '大町市',
  kind: 'MUNICIPALITY',
  prefecture: '長野県',
  operatingForm: 'MUNICIPALITY_RUN',
  partnerOperatorId: 'shiojiri',
  // This test runs Omachi on nodes of its own; hosted placement (its default) has test/hosted-member.e2e.spec.ts.
  placement: 'OWN_NODES',
  domain: 'omachi.kyodo.example',
  firstAdmin: { username: ADMIN, email: 'omachi-admin@omachi.kyodo.example', firstName: 'Omachi', lastName: 'Admin' },
  nodes: nodes.map((n) => ({ subgraph: n.subgraph, url: n.url })),
  // Omachi's own staff directory; the test realm tateshina-idp stands in for it (its discovery document is real).
  identityProvider: {
    alias: OMACHI_IDP,
    displayName: '大町市 職員',
    issuer: `${testKeycloakUrl()}/realms/tateshina-idp`,
    clientId: 'kyodo-broker',
    clientSecret: 'demo-kyodo-broker-secret',
  },
  ...overrides,
});

const omachiOrganization = () => organizationByAlias(testKeycloakUrl(), OMACHI);

/**
 * The first admin's first login, as in a browser (kyodo-web, PKCE): identity-first username page,
 * password page with the temporary password, then Keycloak's "update password" page. Afterwards
 * the password grant with the new password works like for any user.
 */
async function firstLogin(username: string, temporaryPassword: string, newPassword: string): Promise<void> {
  const jar = new CookieJar();
  const redirectUri = 'http://localhost:4200/auth/callback';
  const request = async (url: URL, body?: URLSearchParams) => {
    const cookie = await jar.getCookieString(url.href);
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      redirect: 'manual',
      headers: { accept: 'text/html', 'accept-language': 'en', ...(cookie ? { cookie } : {}) },
    });
    for (const setCookie of response.headers.getSetCookie()) await jar.setCookie(setCookie, url.href, { ignoreError: true });
    return { url, response, html: response.status >= 300 && response.status < 400 ? '' : await response.text() };
  };
  const authorize = new URL(`${testKeycloakUrl()}/realms/kyodo/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: 'kyodo-web',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  let page = await request(authorize);
  for (let step = 0; step < 10; step++) {
    const location = page.response.headers.get('location');
    if (location) {
      if (location.startsWith(redirectUri)) return;
      page = await request(new URL(location, page.url));
      continue;
    }
    const form = parseForms(page.html)[0];
    if (!form) throw new Error(`No form at ${page.url.href} (HTTP ${page.response.status})`);
    const fields = { ...form.fields };
    if ('password-new' in fields) Object.assign(fields, { 'password-new': newPassword, 'password-confirm': newPassword });
    else if ('password' in fields) Object.assign(fields, { ...('username' in fields ? { username } : {}), password: temporaryPassword });
    else if ('username' in fields) fields.username = username;
    else throw new Error(`Unexpected form at ${page.url.href}: ${Object.keys(fields).join(', ')}`);
    page = await request(new URL(form.action, page.url), new URLSearchParams(fields));
  }
  throw new Error(`${username}'s first login did not come back to ${redirectUri}`);
}

describe('onboarding a municipality into a running consortium', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let admin: Record<string, string>;
  let omachiNodes: NodeInfo[];
  let onboarded: OnboardingResult;
  /** omachi-admin's token from after the first login. */
  let omachiAdmin: Record<string, string>;

  const asAdmin = <T>(query: string, variables: Record<string, unknown> = {}) => postGraphQL<T>(gw, query, variables, admin);
  const members = async () =>
    (
      await asAdmin<{ consortiumMembers: { id: string }[] }>(gql`
        {
          consortiumMembers {
            id
          }
        }
      `)
    ).data!.consortiumMembers.map((m) => m.id);
  const omachiCapacity = (headers: Record<string, string>) =>
    postGraphQL<{ capacity: { orgId: string; totalFreeMinutes: number } | null }>(
      gw,
      gql`
        query ($orgId: String, $from: String!, $to: String!) {
          capacity(orgId: $orgId, from: $from, to: $to) {
            orgId
            totalFreeMinutes
          }
        }
      `,
      { orgId: OMACHI, ...WEEK },
      headers,
    );
  /** The consortium-wide capacity (fanned out to every active member's workers node), as a partner plans with it. */
  const consortiumCapacity = async () => {
    const res = await postGraphQL<{ consortiumCapacity: { orgId: string; totalFreeMinutes: number }[] }>(
      gw,
      gql`
        query ($from: String!, $to: String!) {
          consortiumCapacity(from: $from, to: $to) {
            orgId
            totalFreeMinutes
          }
        }
      `,
      WEEK,
      await bearer('tateshina-director'),
    );
    expect(res.errors).toBeUndefined();
    return res.data!.consortiumCapacity;
  };

  beforeAll(async () => {
    // The gateway gets the demo secret of its Keycloak service account from the launcher.
    consortium = await launchTestConsortium('onboarding', ['shiojiri', 'tateshina'], { consortiumEnv: { NODE_CHECK_INTERVAL_MS: '0' } });
    gw = consortium.gatewayUrl;
    admin = await bearer('consortium-admin');
    // Omachi set up its servers; the gateway does not know them yet.
    omachiNodes = await consortium.startUnregisteredOrgNodes(OMACHI);
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
    await forgetMemberIdentity(testKeycloakUrl(), OMACHI, [ADMIN], [OMACHI_IDP]);
  });

  it('refuses bad onboardings with a code and writes nothing, neither in the registry nor in Keycloak', async () => {
    const refusal = async (input: Record<string, unknown>, token = admin['authorization'].slice('Bearer '.length)) => {
      try {
        await onboardMember(gw, token, input);
        return 'onboarded';
      } catch (error) {
        if (error instanceof OnboardingRefused) return error.code;
        throw error;
      }
    };
    const before = await members();
    const tateshinaAdmin = (await bearer('tateshina-admin'))['authorization'].slice('Bearer '.length);
    expect(await refusal(omachiInput(omachiNodes), tateshinaAdmin)).toBe('FORBIDDEN');
    expect(await refusal(omachiInput(omachiNodes, { prefecture: '大町県' }))).toBe('BAD_USER_INPUT');
    expect(await refusal(omachiInput(omachiNodes, { partnerOperatorId: undefined }))).toBe('PARTNER_INVALID');
    expect(await refusal(omachiInput(omachiNodes, { partnerOperatorId: 'nowhere' }))).toBe('PARTNER_INVALID');
    expect(await refusal(omachiInput(omachiNodes, { operatingForm: 'CORPORATE_INITIAL' }))).toBe('PARTNER_INVALID');
    expect(await refusal(omachiInput(omachiNodes.filter((n) => n.subgraph !== 'workers')))).toBe('NODES_INCOMPLETE');
    // Tateshina's training node answers as tateshina's: the identity check keeps it out.
    const wrongTraining = omachiNodes.map((n) => (n.subgraph === 'training' ? consortium.node('tateshina', 'training') : n));
    expect(await refusal(omachiInput(wrongTraining))).toBe('NODE_CHECK_FAILED');
    expect(await refusal(omachiInput(omachiNodes, { id: 'shiojiri' }))).toBe('MEMBER_EXISTS');
    // Keycloak fails after the organization and the admin were created (the provider's discovery
    // document does not exist): both are removed again, and the registry never heard of omachi.
    const unknownIssuer = {
      alias: OMACHI_IDP,
      displayName: '大町市 職員',
      issuer: `${testKeycloakUrl()}/realms/no-such-realm`,
      clientId: 'kyodo-broker',
      clientSecret: 'x',
    };
    expect(await refusal(omachiInput(omachiNodes, { identityProvider: unknownIssuer }))).toBe('IDENTITY_FAILED');
    expect(await keycloakAdminRequest(testKeycloakUrl(), `/users?username=${ADMIN}&exact=true`)).toEqual([]);

    expect(await members()).toEqual(before);
    expect(await omachiOrganization()).toBeUndefined();
  });

  it('onboards omachi: Keycloak organization and first admin, nodes ACTIVE, the feature set of its form, a checklist, starter data', async () => {
    onboarded = await onboardMember(gw, admin['authorization'].slice('Bearer '.length), omachiInput(omachiNodes));
    expect(onboarded).toMatchObject({
      orgId: OMACHI,
      status: 'COMPLETED',
      problem: null,
      firstAdminUsername: ADMIN,
      member: { id: OMACHI, prefecture: '長野県', operatingForm: 'MUNICIPALITY_RUN', partnerOperatorId: 'shiojiri', status: 'ACTIVE' },
    });
    expect(onboarded.temporaryPassword).toEqual(expect.any(String));
    // Municipality-run: the partner contracts, invoices and pays.
    expect(onboarded.member.features.sort()).toEqual(['CAPACITY_SHARING', 'ORDER_INTAKE', 'TRAINING', 'WORKER_REGISTRY']);
    expect(onboarded.nodes.map((n) => `${n.subgraph}:${n.status}`).sort()).toEqual(['orders:ACTIVE', 'training:ACTIVE', 'workers:ACTIVE']);
    expect(onboarded.checklist).toHaveLength(12);
    expect(onboarded.checklist.filter((item) => item.category === 'SECURITY')).toHaveLength(9);
    expect(onboarded.checklist.every((item) => !item.done)).toBe(true);

    const organization = await omachiOrganization();
    expect(organization).toMatchObject({ id: onboarded.member.keycloakOrganizationId, alias: OMACHI, enabled: true });
    const membersOfOrg = await keycloakAdminRequest<{ username: string }[]>(
      testKeycloakUrl(),
      `/organizations/${organization!.id}/members`,
    );
    expect(membersOfOrg.map((m) => m.username)).toEqual([ADMIN]);
    // Omachi's own identity provider is brokered into the realm and linked to its organization.
    expect(onboarded.identityProviderAlias).toBe(OMACHI_IDP);
    const providers = await keycloakAdminRequest<{ alias: string; config: Record<string, string> }[]>(
      testKeycloakUrl(),
      `/organizations/${organization!.id}/identity-providers`,
    );
    expect(providers.map((p) => [p.alias, p.config.issuer])).toEqual([[OMACHI_IDP, `${testKeycloakUrl()}/realms/tateshina-idp`]]);
    expect(await members()).toContain(OMACHI);
  });

  it("lets omachi's admin log in: the temporary password must be replaced first", async () => {
    // Keycloak refuses the temporary password for a direct grant: the admin has to set their own.
    await expect(passwordToken(testKeycloakUrl(), ADMIN, onboarded.temporaryPassword!)).rejects.toBeInstanceOf(KeycloakTokenError);
    await firstLogin(ADMIN, onboarded.temporaryPassword!, ADMIN_PASSWORD);
    const { access_token: token } = await passwordToken(testKeycloakUrl(), ADMIN, ADMIN_PASSWORD);
    expect(decodeJwtPayload(token)).toMatchObject({
      organization: [OMACHI],
      realm_access: { roles: expect.arrayContaining(['org-admin']) },
    });
    omachiAdmin = { authorization: `Bearer ${token}` };
  });

  it("seeded omachi's nodes: the training catalogue template and the skill map", async () => {
    const res = await postGraphQL<{ courses: { code: string }[]; promotionRules: { axis: string; toStage: string }[] }>(
      gw,
      gql`
        {
          courses {
            code
          }
          promotionRules {
            axis
            toStage
          }
        }
      `,
      {},
      omachiAdmin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.courses.map((c) => c.code)).toEqual(expect.arrayContaining(['SEC-BASIC', 'WIN-BASIC', 'BIZ-BASIC']));
    expect(res.data!.promotionRules.map((r) => `${r.axis}>${r.toStage}`).sort()).toEqual(['BUSINESS>B', 'BUSINESS>C', 'IT>B', 'IT>C']);
    // Seeding again changes nothing (idempotent) and is recorded as COMPLETED.
    const again = await asAdmin<{ seedStarterData: { status: string } }>(gql`
      mutation {
        seedStarterData(orgId: "omachi") {
          status
        }
      }
    `);
    expect(again.data).toEqual({ seedStarterData: { status: 'COMPLETED' } });
  });

  it('shows the checklist to omachi and to the support body; each item is ticked by its role only', async () => {
    const SET = gql`
      mutation ($orgId: String, $code: ChecklistItemCode!, $done: Boolean!) {
        setChecklistItem(orgId: $orgId, code: $code, done: $done) {
          code
          done
          doneBy
        }
      }
    `;
    const ticked = await postGraphQL(gw, SET, { code: 'SECURITY_POLICY', done: true }, omachiAdmin);
    expect(ticked.data).toEqual({ setChecklistItem: { code: 'SECURITY_POLICY', done: true, doneBy: ADMIN } });
    // Training the first director is the support body's to confirm, not the member's.
    expect((await postGraphQL(gw, SET, { code: 'FIRST_DIRECTOR_TRAINED', done: true }, omachiAdmin)).errors?.[0].extensions?.code).toBe(
      'CHECKLIST_ROLE_REFUSED',
    );
    expect((await asAdmin(SET, { orgId: OMACHI, code: 'FIRST_DIRECTOR_TRAINED', done: true })).errors).toBeUndefined();
    expect(
      (await postGraphQL(gw, SET, { orgId: OMACHI, code: 'NDA_TEMPLATES', done: true }, await bearer('tateshina-admin'))).errors?.[0]
        .extensions?.code,
    ).toBe('CROSS_ORG_REFUSED');

    const LIST = gql`
      query ($orgId: String) {
        onboardingChecklist(orgId: $orgId) {
          code
          done
        }
      }
    `;
    const seenByOmachi = await postGraphQL<{ onboardingChecklist: { code: string; done: boolean }[] }>(gw, LIST, {}, omachiAdmin);
    const seenBySupport = await asAdmin<{ onboardingChecklist: { code: string; done: boolean }[] }>(LIST, { orgId: OMACHI });
    expect(seenBySupport.data).toEqual(seenByOmachi.data);
    expect(seenByOmachi.data!.onboardingChecklist.filter((item) => item.done).map((item) => item.code)).toEqual([
      'SECURITY_POLICY',
      'FIRST_DIRECTOR_TRAINED',
    ]);
  });

  it("leaves to omachi's partner operator the acts that need its confirmation (closing pay, issuing an invoice)", async () => {
    const CLOSE_PAY = gql`
      mutation {
        closePayMonth(month: "2027-01") {
          month
        }
      }
    `;
    const ISSUE_INVOICE = gql`
      mutation ($input: IssueInvoiceInput!) {
        issueInvoice(orgId: "omachi", input: $input) {
          id
        }
      }
    `;
    const invoiceInput = { input: { clientId: '00000000-0000-4000-8000-000000000000', orderIds: [] } };
    // The town's own staff run the programme, but these two steps are the operator's to confirm.
    const closePay = await postGraphQL(gw, CLOSE_PAY, {}, omachiAdmin);
    expect(closePay.errors?.[0]).toMatchObject({ extensions: { code: 'OPERATOR_CONFIRMATION_REQUIRED', orgId: OMACHI } });
    const invoiceByTown = await postGraphQL(gw, ISSUE_INVOICE, invoiceInput, omachiAdmin);
    expect(invoiceByTown.errors?.[0].extensions?.code).toBe('OPERATOR_CONFIRMATION_REQUIRED');
    // The support body is not omachi's operator, nor its staff: omachi's node refuses it the invoice.
    const invoiceBySupport = await postGraphQL<{ issueInvoice: { id: string } | null }>(gw, ISSUE_INVOICE, invoiceInput, admin);
    expect(invoiceBySupport.data?.issueInvoice ?? null).toBeNull();
    expect(invoiceBySupport.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("counts the worker omachi's admin registers in the consortium's capacity", async () => {
    const registered = await postGraphQL<{ registerWorker: { id: string } }>(
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
          familyName: '大町',
          givenName: '花子',
          familyNameKana: 'オオマチ',
          givenNameKana: 'ハナコ',
          weeklyAvailability: [{ weekday: 1, minutes: 240 }],
          monthlyHourCap: 40,
          consortiumConsent: true,
        },
      },
      omachiAdmin,
    );
    expect(registered.errors).toBeUndefined();
    const activated = await postGraphQL(
      gw,
      gql`
        mutation ($id: ID!) {
          setWorkerStatus(id: $id, status: ACTIVE) {
            status
          }
        }
      `,
      { id: registered.data!.registerWorker.id },
      omachiAdmin,
    );
    expect(activated.errors).toBeUndefined();
    // The support body reads omachi's capacity through the gateway: Monday's four hours.
    const capacity = await omachiCapacity(admin);
    expect(capacity.errors).toBeUndefined();
    expect(capacity.data!.capacity).toEqual({ orgId: OMACHI, totalFreeMinutes: 240 });
    // And a partner planning shared work sees them in the consortium-wide capacity, beside the others.
    expect(await consortiumCapacity()).toEqual([
      { orgId: OMACHI, totalFreeMinutes: 240 },
      { orgId: 'shiojiri', totalFreeMinutes: 0 },
      { orgId: 'tateshina', totalFreeMinutes: 0 },
    ]);
  });

  it('suspends omachi: routing to its nodes stops, its users are refused, its Keycloak organization is disabled; resuming brings its data back', async () => {
    const SET_STATUS = gql`
      mutation ($status: MemberStatus!) {
        setMemberStatus(id: "omachi", status: $status) {
          id
          status
        }
      }
    `;
    expect((await asAdmin(SET_STATUS, { status: 'SUSPENDED' })).data).toEqual({ setMemberStatus: { id: OMACHI, status: 'SUSPENDED' } });

    const refused = await postGraphQL(
      gw,
      gql`
        {
          courses {
            code
          }
        }
      `,
      {},
      omachiAdmin,
    );
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'MEMBER_SUSPENDED', orgId: OMACHI } });
    expect((await omachiCapacity(admin)).errors?.[0].extensions).toMatchObject({ code: 'NODE_UNAVAILABLE', orgId: OMACHI });
    expect((await consortiumCapacity()).map((c) => c.orgId)).toEqual(['shiojiri', 'tateshina']);
    expect((await omachiOrganization())?.enabled).toBe(false);
    // A fresh login gets a token without the disabled organization: staff of no member, it reaches nothing of omachi.
    const fresh = { authorization: `Bearer ${(await passwordToken(testKeycloakUrl(), ADMIN, ADMIN_PASSWORD)).access_token}` };
    expect(decodeJwtPayload(fresh.authorization.slice('Bearer '.length)).organization).toBeUndefined();
    const checklist = await postGraphQL(
      gw,
      gql`
        {
          onboardingChecklist(orgId: "omachi") {
            code
          }
        }
      `,
      {},
      fresh,
    );
    expect(checklist.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await postGraphQL(
          gw,
          gql`
            {
              courses(orgId: "omachi") {
                code
              }
            }
          `,
          {},
          fresh,
        )
      ).data?.courses ?? null,
    ).toBeNull();
    // Other members are untouched.
    expect(
      (
        await postGraphQL(
          gw,
          gql`
            {
              courses {
                code
              }
            }
          `,
          {},
          await bearer('tateshina-director'),
        )
      ).errors,
    ).toBeUndefined();

    expect((await asAdmin(SET_STATUS, { status: 'ACTIVE' })).data).toEqual({ setMemberStatus: { id: OMACHI, status: 'ACTIVE' } });
    expect((await omachiOrganization())?.enabled).toBe(true);
    const { access_token: token } = await passwordToken(testKeycloakUrl(), ADMIN, ADMIN_PASSWORD);
    const workers = await postGraphQL<{ workers: { nodes: { familyName: string }[] } }>(
      gw,
      gql`
        {
          workers {
            nodes {
              familyName
            }
          }
        }
      `,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(workers.data?.workers.nodes.map((w) => w.familyName)).toEqual(['大町']);
    expect((await omachiCapacity(admin)).data!.capacity).toEqual({ orgId: OMACHI, totalFreeMinutes: 240 });
  });
});
