import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { bearer, gql, postGraphQL, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';
import { InMemoryLoginDirectory } from './in-memory-login-directory';

const REGISTER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
      hasLogin
    }
  }
`;
const INVITE_WORKER = gql`
  mutation ($id: ID!, $orgId: String) {
    inviteWorkerLogin(id: $id, orgId: $orgId) {
      mailed
      temporaryPassword
      worker {
        id
        hasLogin
      }
    }
  }
`;
const STAFF = gql`
  query ($orgId: String) {
    staffLogins(orgId: $orgId) {
      username
      role
      enabled
    }
  }
`;
const INVITE_STAFF = gql`
  mutation ($input: InviteStaffLoginInput!) {
    inviteStaffLogin(input: $input) {
      mailed
      temporaryPassword
      staffLogin {
        username
        role
      }
    }
  }
`;
const SET_ROLE = gql`
  mutation ($username: String!, $role: StaffRole!) {
    setStaffLoginRole(username: $username, role: $role) {
      username
      role
    }
  }
`;
const SET_ENABLED = gql`
  mutation ($username: String!, $enabled: Boolean!) {
    setStaffLoginEnabled(username: $username, enabled: $enabled) {
      username
      enabled
    }
  }
`;
const AUDIT = gql`
  query ($action: String) {
    auditLog(action: $action, first: 50) {
      nodes {
        action
        entityType
        entityId
        actorName
        actorKind
      }
    }
  }
`;

const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;
type Result = { errors?: readonly { extensions?: Record<string, unknown> }[]; data?: unknown };
const codeOf = (res: Result) => res.errors?.[0]?.extensions?.code;

/**
 * Invitations and staff logins on a workers node, against real PostgreSQL and a real SMTP
 * receiver; Keycloak is a typed fake here (node specs use the local test issuer) and real in
 * test/admin-logins.e2e.spec.ts.
 */
describe('logins of a member (workers node)', () => {
  let node: TestNode;
  let url: string;
  let smtp: SMTPServer;
  const mails: { to: string; subject: string; text: string }[] = [];
  const directory = new InMemoryLoginDirectory();
  type Headers = Record<string, string>;
  let admin: Headers;
  let director: Headers;
  let foreignAdmin: Headers;
  let adminSub: string;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        void simpleParser(stream).then((parsed) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    [admin, director, foreignAdmin] = await Promise.all([
      bearer('tateshina-admin'),
      bearer('tateshina-director'),
      bearer('itoigawa-admin'),
    ]);
    adminSub = subOf(await tokenFor('tateshina-admin'));
    directory.seed('tateshina', {
      userId: adminSub,
      username: 'tateshina-admin',
      email: null,
      familyName: null,
      givenName: null,
      roles: ['org-admin'],
    });
    directory.seed('itoigawa', {
      userId: 'u-itoigawa',
      username: 'itoigawa-director',
      email: null,
      familyName: null,
      givenName: null,
      roles: ['director'],
    });
    node = await startTestNode({
      label: 'workers_logins',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          mail: { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: 'no-reply@kyodo.test', staffAddress: null, retryIntervalMs: 600_000 },
          logins: directory,
          consoleUrl: 'http://console.test/',
        }),
    });
    ({ url } = node);
  });

  afterAll(async () => {
    await node?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  async function register(email: string | null): Promise<string> {
    const input = {
      familyName: '山田',
      givenName: '花子',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      monthlyHourCap: 40,
      ...(email ? { email } : {}),
    };
    const res = await postGraphQL<{ registerWorker: { id: string; hasLogin: boolean } }>(url, REGISTER, { input }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?.registerWorker.hasLogin).toBe(false);
    return res.data!.registerWorker.id;
  }

  it('invites a worker: a login in the org with the worker role, linked, the invitation mailed, audited', async () => {
    const id = await register('Hanako.Invited@example.jp');
    const res = await postGraphQL<{
      inviteWorkerLogin: { mailed: boolean; temporaryPassword: string | null; worker: { hasLogin: boolean } };
    }>(url, INVITE_WORKER, { id }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?.inviteWorkerLogin).toEqual({ mailed: true, temporaryPassword: null, worker: { id, hasLogin: true } });
    const login = directory.logins.find((l) => l.username === 'hanako.invited@example.jp');
    expect(login).toMatchObject({ orgId: 'tateshina', roles: ['worker'], familyName: '山田' });
    const mail = mails.find((m) => m.to === 'Hanako.Invited@example.jp');
    expect(mail?.subject).toBe('【Kyodo】ログインのご案内');
    expect(mail?.text).toContain('http://console.test/');
    expect(mail?.text).toContain('hanako.invited@example.jp');
    expect(mail?.text).toMatch(/仮パスワード: temp-/);

    const again = await postGraphQL(url, INVITE_WORKER, { id }, admin);
    expect(codeOf(again)).toBe('WORKER_ALREADY_HAS_LOGIN');

    const audit = await postGraphQL<{ auditLog: { nodes: { action: string; entityId: string; actorName: string; actorKind: string }[] } }>(
      url,
      AUDIT,
      { action: 'login.' },
      admin,
    );
    expect(audit.data?.auditLog.nodes).toContainEqual(
      expect.objectContaining({ action: 'login.invite', entityId: id, actorName: 'tateshina-admin', actorKind: 'STAFF' }),
    );
  });

  it('refuses a worker without e-mail, an unknown worker, a taken e-mail, and writes nothing', async () => {
    const before = directory.logins.length;
    expect(codeOf(await postGraphQL(url, INVITE_WORKER, { id: await register(null) }, admin))).toBe('WORKER_HAS_NO_EMAIL');
    expect(codeOf(await postGraphQL(url, INVITE_WORKER, { id: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('WORKER_NOT_FOUND');
    expect(codeOf(await postGraphQL(url, INVITE_WORKER, { id: 'not-a-uuid' }, admin))).toBe('BAD_USER_INPUT');
    const taken = await register('TATESHINA-admin@example.jp');
    directory.seed('itoigawa', {
      userId: 'u-taken',
      username: 'tateshina-admin@example.jp',
      email: null,
      familyName: null,
      givenName: null,
      roles: ['worker'],
    });
    expect(codeOf(await postGraphQL(url, INVITE_WORKER, { id: taken }, admin))).toBe('LOGIN_EMAIL_TAKEN');
    expect(directory.logins.length).toBe(before + 1); // only the seeded one
  });

  it("is the org admin's: directors, another member's admin and workers are refused", async () => {
    const id = await register('refused@example.jp');
    expect(codeOf(await postGraphQL(url, INVITE_WORKER, { id }, director))).toBe('FORBIDDEN');
    expect(codeOf(await postGraphQL(url, STAFF, {}, director))).toBe('FORBIDDEN');
    expect(codeOf(await postGraphQL(url, AUDIT, {}, director))).toBe('FORBIDDEN');
    expect(codeOf(await postGraphQL(url, INVITE_WORKER, { id, orgId: 'tateshina' }, foreignAdmin))).toBe('FORBIDDEN');
    expect(codeOf(await postGraphQL(url, INVITE_WORKER, { id, orgId: 'itoigawa' }, admin))).toBe('WRONG_NODE');
    expect(codeOf(await postGraphQL(url, STAFF, { orgId: 'tateshina' }, foreignAdmin))).toBe('FORBIDDEN');
    expect(codeOf(await postGraphQL(url, INVITE_WORKER, { id }, await bearer('tateshina-worker')))).toBe('FORBIDDEN');
  });

  it('invites a director, changes the role, disables and enables again, each audited', async () => {
    const invited = await postGraphQL<{ inviteStaffLogin: { mailed: boolean; staffLogin: { username: string; role: string } } }>(
      url,
      INVITE_STAFF,
      { input: { email: 'Suzuki@tateshina.test', familyName: '鈴木', givenName: '一郎', role: 'DIRECTOR' } },
      admin,
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteStaffLogin).toEqual({
      mailed: true,
      temporaryPassword: null,
      staffLogin: { username: 'suzuki@tateshina.test', role: 'DIRECTOR' },
    });

    const staff = await postGraphQL<{ staffLogins: { username: string; role: string; enabled: boolean }[] }>(url, STAFF, {}, admin);
    expect(staff.data?.staffLogins).toEqual([
      { username: 'suzuki@tateshina.test', role: 'DIRECTOR', enabled: true },
      { username: 'tateshina-admin', role: 'ORG_ADMIN', enabled: true },
    ]);

    const promoted = await postGraphQL(url, SET_ROLE, { username: 'suzuki@tateshina.test', role: 'ORG_ADMIN' }, admin);
    expect(promoted.data).toEqual({ setStaffLoginRole: { username: 'suzuki@tateshina.test', role: 'ORG_ADMIN' } });
    expect(directory.logins.find((l) => l.username === 'suzuki@tateshina.test')?.roles).toEqual(['org-admin']);
    const disabled = await postGraphQL(url, SET_ENABLED, { username: 'suzuki@tateshina.test', enabled: false }, admin);
    expect(disabled.data).toEqual({ setStaffLoginEnabled: { username: 'suzuki@tateshina.test', enabled: false } });
    await postGraphQL(url, SET_ENABLED, { username: 'suzuki@tateshina.test', enabled: true }, admin);

    const audit = await postGraphQL<{ auditLog: { nodes: { action: string; entityId: string }[] } }>(
      url,
      AUDIT,
      { action: 'login.' },
      admin,
    );
    const actions = audit.data!.auditLog.nodes.filter((n) => n.entityId === 'suzuki@tateshina.test').map((n) => n.action);
    expect(actions).toEqual(['login.enable', 'login.disable', 'login.role', 'login.invite']);
  });

  it("refuses another member's login, a worker's login, one's own login and bad input", async () => {
    expect(codeOf(await postGraphQL(url, SET_ENABLED, { username: 'itoigawa-director', enabled: false }, admin))).toBe('LOGIN_NOT_FOUND');
    expect(directory.logins.find((l) => l.username === 'itoigawa-director')?.enabled).toBe(true);
    expect(codeOf(await postGraphQL(url, SET_ROLE, { username: 'hanako.invited@example.jp', role: 'ORG_ADMIN' }, admin))).toBe(
      'LOGIN_NOT_FOUND',
    );
    expect(codeOf(await postGraphQL(url, SET_ENABLED, { username: 'tateshina-admin', enabled: false }, admin))).toBe(
      'OWN_LOGIN_UNCHANGEABLE',
    );
    expect(codeOf(await postGraphQL(url, SET_ROLE, { username: 'tateshina-admin', role: 'DIRECTOR' }, admin))).toBe(
      'OWN_LOGIN_UNCHANGEABLE',
    );
    expect(codeOf(await postGraphQL(url, SET_ROLE, { username: 'x', role: 'WORKER' }, admin))).toMatch(
      /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
    );
    const bad = await postGraphQL(
      url,
      INVITE_STAFF,
      { input: { email: 'not-an-email', familyName: '鈴木', givenName: '一郎', role: 'DIRECTOR' } },
      admin,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await postGraphQL(
          url,
          INVITE_STAFF,
          { input: { email: 'a@b.jp', familyName: '鈴木', givenName: '一郎', role: 'DIRECTOR' } },
          director,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
