import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { bearer, gql, postGraphQL, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { InMemoryLoginDirectory } from '../logins/in-memory-login-directory';
import { createWorkersApp, migrateWorkers } from '../workers-node';

const AUDIT = gql`
  query ($from: String, $to: String, $actor: String, $action: String, $entityType: String, $entityId: String, $first: Int, $after: String) {
    auditLog(
      from: $from
      to: $to
      actor: $actor
      action: $action
      entityType: $entityType
      entityId: $entityId
      first: $first
      after: $after
    ) {
      nodes {
        id
        at
        action
        entityType
        entityId
        actorName
        actorKind
        detail
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

interface Entry {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  actorName: string | null;
  actorKind: string;
  detail: string;
}
type AuditResult = { auditLog: { nodes: Entry[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };
const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;

/** The audit log query on a workers node, against real PostgreSQL: filters, Japan days, paging, refusals. */
describe('the audit log (workers node)', () => {
  let node: TestNode;
  let url: string;
  let sql: DataSource;
  let admin: Record<string, string>;
  const directory = new InMemoryLoginDirectory();

  beforeAll(async () => {
    admin = await bearer('tateshina-admin');
    const adminSub = subOf(await tokenFor('tateshina-admin'));
    const workerSub = subOf(await tokenFor('tateshina-worker'));
    directory.seed('tateshina', {
      userId: adminSub,
      username: 'tateshina-admin',
      email: null,
      familyName: null,
      givenName: null,
      roles: ['org-admin'],
    });
    node = await startTestNode({
      label: 'workers_audit',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          logins: directory,
        }),
    });
    ({ url } = node);
    sql = node.dataSource;
    await sql.query(
      `INSERT INTO workers (org_id, status, family_name, given_name, family_name_kana, given_name_kana, email, user_id, availability_minutes, availability_windows, it_stage, business_stage, monthly_hour_cap)
       VALUES ('tateshina', 'ACTIVE', '佐藤', '誠', 'サトウ', 'マコト', 'makoto@example.jp', $1, '{0,0,0,0,0,0,0}', '[]', 'A', 'A', 40)`,
      [workerSub],
    );
    // 2026-04-30 23:30 JST is 14:30 UTC: a JST day, not a UTC one.
    const lines: [string, string, string, string, string][] = [
      ['2026-04-01T01:00:00Z', adminSub, 'worker.register', 'Worker', 'w-1'],
      ['2026-04-30T14:30:00Z', adminSub, 'worker.status', 'Worker', 'w-1'],
      ['2026-04-30T15:30:00Z', workerSub, 'time-entry.log', 'TimeEntry', 't-1'],
      ['2026-05-02T03:00:00Z', 'service-account-x', 'worker.skill-stage', 'Worker', 'w-2'],
    ];
    for (const [at, actor, action, type, id] of lines)
      await sql.query(
        `INSERT INTO audit_log (at, actor_id, actor_org_id, action, entity_type, entity_id, detail) VALUES ($1, $2, 'tateshina', $3, $4, $5, '{"k":1}')`,
        [at, actor, action, type, id],
      );
  });

  afterAll(() => node?.close());

  const query = async (variables: Record<string, unknown>) => postGraphQL<AuditResult>(url, AUDIT, variables, admin);
  const actions = async (variables: Record<string, unknown>) => ((await query(variables)).data?.auditLog.nodes ?? []).map((n) => n.action);

  it('reads newest first, actors named without account ids', async () => {
    const res = await query({ from: '2026-04-01', to: '2026-05-31' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.auditLog.nodes.map((n) => [n.action, n.actorName, n.actorKind])).toEqual([
      ['worker.skill-stage', null, 'OTHER'],
      ['time-entry.log', '佐藤 誠', 'WORKER'],
      ['worker.status', 'tateshina-admin', 'STAFF'],
      ['worker.register', 'tateshina-admin', 'STAFF'],
    ]);
    expect(JSON.parse(res.data!.auditLog.nodes[0].detail)).toEqual({ k: 1 });
  });

  it('filters by Japan days, actor, action (or its prefix), record kind and record', async () => {
    expect(await actions({ from: '2026-04-30', to: '2026-04-30' })).toEqual(['worker.status']);
    expect(await actions({ from: '2026-05-01', to: '2026-05-01' })).toEqual(['time-entry.log']);
    expect(await actions({ from: '2026-04-01', to: '2026-05-31', actor: 'tateshina-admin' })).toEqual(['worker.status', 'worker.register']);
    expect(await actions({ from: '2026-04-01', to: '2026-05-31', actor: 'MAKOTO@example.jp' })).toEqual(['time-entry.log']);
    expect(await actions({ from: '2026-04-01', to: '2026-05-31', actor: 'nobody@example.jp' })).toEqual([]);
    expect(await actions({ from: '2026-04-01', to: '2026-05-31', action: 'worker.' })).toEqual([
      'worker.skill-stage',
      'worker.status',
      'worker.register',
    ]);
    expect(await actions({ from: '2026-04-01', to: '2026-05-31', action: 'worker.status' })).toEqual(['worker.status']);
    expect(await actions({ from: '2026-04-01', to: '2026-05-31', entityType: 'TimeEntry' })).toEqual(['time-entry.log']);
    expect(await actions({ from: '2026-04-01', to: '2026-05-31', entityType: 'Worker', entityId: 'w-1' })).toEqual([
      'worker.status',
      'worker.register',
    ]);
  });

  it('pages with a cursor', async () => {
    const first = await query({ from: '2026-04-01', to: '2026-05-31', first: 3 });
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const rest = await query({ from: '2026-04-01', to: '2026-05-31', first: 3, after: first.data?.auditLog.pageInfo.endCursor });
    expect(rest.data?.auditLog.nodes.map((n) => n.action)).toEqual(['worker.register']);
    expect(rest.data?.auditLog.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a reversed range, bad filters, a forged cursor and anyone but the org admin', async () => {
    const code = async (variables: Record<string, unknown>, token: Record<string, string> = admin) =>
      (await postGraphQL(url, AUDIT, variables, token)).errors?.[0]?.extensions?.code;
    expect(await code({ from: '2026-05-01', to: '2026-04-01' })).toBe('INVALID_PERIOD');
    expect(await code({ from: '2026-02-30' })).toBe('BAD_USER_INPUT');
    expect(await code({ action: "x'; DROP TABLE audit_log; --" })).toBe('BAD_USER_INPUT');
    expect(await code({ entityType: 'Worker Entity' })).toBe('BAD_USER_INPUT');
    expect(await code({ first: 101 })).toBe('BAD_USER_INPUT');
    expect(await code({ after: Buffer.from(JSON.stringify(['2026-01-01T00:00:00Z', '1 OR 1=1'])).toString('base64url') })).toBe(
      'BAD_CURSOR',
    );
    expect(await code({}, await bearer('tateshina-director'))).toBe('FORBIDDEN');
    expect(await code({}, await bearer('tateshina-worker'))).toBe('FORBIDDEN');
    expect(await code({}, await bearer('itoigawa-admin'))).toBe('FORBIDDEN');
  });
});
