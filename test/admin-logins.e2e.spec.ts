import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { DEV_ADMIN, tokenEndpoint } from '@kyodo/keycloak-tools';
import { bearer, gql, postGraphQL, testKeycloakUrl } from '@kyodo/testing';

/**
 * The org admin's logins against the real Keycloak, through the gateway: a worker invited by
 * e-mail becomes a member of the org's Keycloak organization with the worker role and a temporary
 * password Keycloak makes them replace; a staff login is invited, promoted, disabled (Keycloak
 * then refuses it) and enabled; another member's logins are out of reach. Users made here are
 * removed again.
 */

const REGISTER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;
const INVITE_WORKER = gql`
  mutation ($id: ID!) {
    inviteWorkerLogin(id: $id) {
      mailed
      temporaryPassword
      worker {
        id
        hasLogin
      }
    }
  }
`;
const INVITE_STAFF = gql`
  mutation ($input: InviteStaffLoginInput!) {
    inviteStaffLogin(input: $input) {
      mailed
      staffLogin {
        username
        role
      }
    }
  }
`;
const STAFF = gql`
  query {
    staffLogins {
      username
      role
      enabled
    }
  }
`;
const SET_ROLE = gql`
  mutation ($username: String!, $role: StaffRole!) {
    setStaffLoginRole(username: $username, role: $role) {
      role
    }
  }
`;
const SET_ENABLED = gql`
  mutation ($username: String!, $enabled: Boolean!) {
    setStaffLoginEnabled(username: $username, enabled: $enabled) {
      enabled
    }
  }
`;

interface Mail {
  to: string;
  text: string;
}

/** The master realm's admin, to look at (and clean up) what the node did. */
async function keycloakAdmin(path: string, method = 'GET'): Promise<unknown> {
  const tokenResponse = await fetch(tokenEndpoint(testKeycloakUrl(), 'master'), {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: DEV_ADMIN.username,
      password: DEV_ADMIN.password,
    }),
  });
  const { access_token } = (await tokenResponse.json()) as { access_token: string };
  const response = await fetch(`${testKeycloakUrl()}/admin/realms/kyodo${path}`, {
    method,
    headers: { authorization: `Bearer ${access_token}` },
  });
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

async function userNamed(username: string): Promise<{ id: string; enabled: boolean; requiredActions?: string[] } | undefined> {
  const found = (await keycloakAdmin(`/users?username=${encodeURIComponent(username)}&exact=true`)) as {
    id: string;
    enabled: boolean;
    requiredActions?: string[];
  }[];
  return found[0];
}

/** A password grant with kyodo-cli: what Keycloak says to this username and password. */
async function passwordGrant(username: string, password: string): Promise<{ status: number; error?: string; error_description?: string }> {
  const response = await fetch(tokenEndpoint(testKeycloakUrl(), 'kyodo'), {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'kyodo-cli', username, password }),
  });
  return { status: response.status, ...((await response.json()) as { error?: string; error_description?: string }) };
}

describe("an org admin's logins in the real Keycloak", () => {
  let consortium: RunningConsortium;
  let smtp: SMTPServer;
  const mails: Mail[] = [];
  const stamp = Date.now();
  const workerEmail = `invited.worker.${stamp}@example.jp`;
  const staffEmail = `invited.director.${stamp}@tateshina.example.jp`;

  async function api<T>(username: string, document: string, variables: Record<string, unknown> = {}) {
    return postGraphQL<T>(consortium.gatewayUrl, document, variables, await bearer(username));
  }

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        void simpleParser(stream).then((parsed) => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), text: parsed.text ?? '' });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    consortium = await launchTestConsortium('admin_logins', ['tateshina', 'itoigawa'], {
      subgraphs: ['workers'],
      nodeEnv: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'no-reply@kyodo.test', CONSOLE_URL: 'http://console.test/' },
    });
  }, 300_000);

  afterAll(async () => {
    for (const username of [workerEmail, staffEmail]) {
      const user = await userNamed(username).catch(() => undefined);
      if (user) await keycloakAdmin(`/users/${user.id}`, 'DELETE');
    }
    await consortium?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('invites a worker: a member of the org with the worker role, who must set a password at first login', async () => {
    const registered = await api<{ registerWorker: { id: string } }>('tateshina-admin', REGISTER, {
      input: {
        familyName: '招待',
        givenName: '花子',
        familyNameKana: 'ショウタイ',
        givenNameKana: 'ハナコ',
        email: workerEmail,
        monthlyHourCap: 40,
      },
    });
    expect(registered.errors).toBeUndefined();
    const id = registered.data!.registerWorker.id;
    const invited = await api<{ inviteWorkerLogin: { mailed: boolean; temporaryPassword: string | null; worker: { hasLogin: boolean } } }>(
      'tateshina-admin',
      INVITE_WORKER,
      { id },
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteWorkerLogin).toEqual({ mailed: true, temporaryPassword: null, worker: { id, hasLogin: true } });

    const user = await userNamed(workerEmail);
    expect(user?.enabled).toBe(true);
    const roles = (await keycloakAdmin(`/users/${user!.id}/role-mappings/realm`)) as { name: string }[];
    expect(roles.map((r) => r.name)).toContain('worker');
    expect(roles.map((r) => r.name)).not.toContain('director');
    const organizations = (await keycloakAdmin(`/organizations/members/${user!.id}/organizations`)) as { alias: string }[];
    expect(organizations.map((o) => o.alias)).toEqual(['tateshina']);

    const mail = mails.find((m) => m.to === workerEmail);
    expect(mail?.text).toContain('http://console.test/');
    const password = /仮パスワード: (\S+)/.exec(mail?.text ?? '')?.[1];
    expect(password).toBeDefined();
    // The temporary password is right, but Keycloak wants a new one first (UPDATE_PASSWORD).
    const grant = await passwordGrant(workerEmail, password!);
    expect(grant).toMatchObject({ status: 400, error: 'invalid_grant', error_description: 'Account is not fully set up' });
    expect((await passwordGrant(workerEmail, 'wrong-password-123')).error_description).toBe('Invalid user credentials');
  });

  it('invites a director, makes them an org admin, disables them (Keycloak refuses) and enables them again', async () => {
    const invited = await api<{ inviteStaffLogin: { staffLogin: { username: string; role: string } } }>('tateshina-admin', INVITE_STAFF, {
      input: { email: staffEmail, familyName: '鈴木', givenName: '一郎', role: 'DIRECTOR' },
    });
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteStaffLogin.staffLogin).toEqual({ username: staffEmail, role: 'DIRECTOR' });
    const staff = await api<{ staffLogins: { username: string; role: string; enabled: boolean }[] }>('tateshina-admin', STAFF);
    expect(staff.data?.staffLogins).toEqual(
      expect.arrayContaining([
        { username: staffEmail, role: 'DIRECTOR', enabled: true },
        { username: 'tateshina-director', role: 'DIRECTOR', enabled: true },
        { username: 'tateshina-admin', role: 'ORG_ADMIN', enabled: true },
      ]),
    );
    expect(JSON.stringify(staff.data)).not.toContain('itoigawa');
    // A worker's login is not a staff login.
    expect(JSON.stringify(staff.data)).not.toContain(workerEmail);

    expect((await api('tateshina-admin', SET_ROLE, { username: staffEmail, role: 'ORG_ADMIN' })).data).toEqual({
      setStaffLoginRole: { role: 'ORG_ADMIN' },
    });
    const user = await userNamed(staffEmail);
    const roles = ((await keycloakAdmin(`/users/${user!.id}/role-mappings/realm`)) as { name: string }[]).map((r) => r.name);
    expect(roles).toContain('org-admin');
    expect(roles).not.toContain('director');

    await api('tateshina-admin', SET_ENABLED, { username: staffEmail, enabled: false });
    expect((await userNamed(staffEmail))?.enabled).toBe(false);
    expect((await passwordGrant(staffEmail, 'whatever-password-1')).status).toBe(400);
    await api('tateshina-admin', SET_ENABLED, { username: staffEmail, enabled: true });
    expect((await userNamed(staffEmail))?.enabled).toBe(true);
  });

  it("leaves another member's logins alone, and is the org admin's only", async () => {
    const code = async (username: string, document: string, variables: Record<string, unknown> = {}) =>
      (await api(username, document, variables)).errors?.[0]?.extensions?.code;
    expect(await code('tateshina-admin', SET_ENABLED, { username: 'itoigawa-director', enabled: false })).toBe('LOGIN_NOT_FOUND');
    expect(await code('tateshina-admin', SET_ROLE, { username: 'itoigawa-director', role: 'ORG_ADMIN' })).toBe('LOGIN_NOT_FOUND');
    expect((await userNamed('itoigawa-director'))?.enabled).toBe(true);
    expect(await code('tateshina-director', STAFF)).toBe('FORBIDDEN');
    expect(
      await code('tateshina-director', INVITE_STAFF, {
        input: { email: `x.${stamp}@example.jp`, familyName: 'x', givenName: 'y', role: 'ORG_ADMIN' },
      }),
    ).toBe('FORBIDDEN');
    expect(await userNamed(`x.${stamp}@example.jp`)).toBeUndefined();
    expect(await code('tateshina-admin', SET_ENABLED, { username: 'tateshina-admin', enabled: false })).toBe('OWN_LOGIN_UNCHANGEABLE');
    expect(
      await code('tateshina-admin', INVITE_STAFF, {
        input: { email: staffEmail, familyName: '鈴木', givenName: '一郎', role: 'DIRECTOR' },
      }),
    ).toBe('LOGIN_EMAIL_TAKEN');
  });
});
