import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, gql, postGraphQL, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { decodeDataKey, WorkersConfig } from '../workers.config';
import { loadConfig } from '@kyodo/config';
import { createWorkersApp, migrateWorkers } from '../workers-node';

const REGISTER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
      address
      userId
      contractStart
      contractEnd
      ndaSignedOn
      weeklyAvailability {
        weekday
        minutes
        windows {
          start
          end
        }
      }
    }
  }
`;
const SET_NOTES = gql`
  mutation ($id: ID!, $notes: String) {
    setWorkerSensitiveNotes(id: $id, notes: $notes)
  }
`;
const GET_NOTES = gql`
  query ($id: ID!) {
    workerSensitiveNotes(id: $id)
  }
`;
const ME = gql`
  query {
    me {
      id
      givenName
      address
      userId
    }
  }
`;

const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;

describe('worker data: address, sensitive notes, contract, availability, me', () => {
  let admin: Record<string, string>;
  let director: Record<string, string>;
  let worker: Record<string, string>;
  let url: string;
  let sql: DataSource;
  let node: TestNode;

  beforeAll(async () => {
    [admin, director, worker] = await Promise.all([bearer('tateshina-admin'), bearer('tateshina-director'), bearer('tateshina-worker')]);
    node = await startTestNode({
      label: 'workers_data',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
        }),
    });
    ({ url } = node);
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  const base = { familyName: '佐藤', givenName: '恵', familyNameKana: 'サトウ', givenNameKana: 'メグミ', monthlyHourCap: 40 };
  const register = async (extra: Record<string, unknown>, who = director) => {
    const res = await postGraphQL<{ registerWorker: Record<string, unknown> & { id: string } }>(
      url,
      REGISTER,
      { input: { ...base, ...extra } },
      who,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.registerWorker;
  };

  it('stores address, contract and NDA dates and weekly availability with windows', async () => {
    const w = await register({
      address: '長野県北佐久郡立科町芦田1',
      contractStart: '2025-04-01',
      contractEnd: '2026-03-31',
      ndaSignedOn: '2025-04-01',
      weeklyAvailability: [
        { weekday: 1, minutes: 180, windows: [{ start: '09:00', end: '12:00' }] },
        { weekday: 3, minutes: 90 },
      ],
    });
    expect(w).toMatchObject({
      address: '長野県北佐久郡立科町芦田1',
      contractStart: '2025-04-01',
      contractEnd: '2026-03-31',
      ndaSignedOn: '2025-04-01',
    });
    expect(w.weeklyAvailability).toEqual([
      { weekday: 0, minutes: 0, windows: [] },
      { weekday: 1, minutes: 180, windows: [{ start: '09:00', end: '12:00' }] },
      { weekday: 2, minutes: 0, windows: [] },
      { weekday: 3, minutes: 90, windows: [] },
      { weekday: 4, minutes: 0, windows: [] },
      { weekday: 5, minutes: 0, windows: [] },
      { weekday: 6, minutes: 0, windows: [] },
    ]);
  });

  it('refuses availability that contradicts itself and a contract ending before it starts, writing nothing', async () => {
    const before = Number((await sql.query('SELECT count(*) AS n FROM workers'))[0].n);
    const cases: [Record<string, unknown>, string][] = [
      [
        {
          weeklyAvailability: [
            { weekday: 1, minutes: 60 },
            { weekday: 1, minutes: 30 },
          ],
        },
        'INVALID_AVAILABILITY',
      ],
      [{ weeklyAvailability: [{ weekday: 2, minutes: 240, windows: [{ start: '09:00', end: '10:00' }] }] }, 'INVALID_AVAILABILITY'],
      [{ weeklyAvailability: [{ weekday: 2, minutes: 1441 }] }, 'BAD_USER_INPUT'],
      [{ contractStart: '2025-05-01', contractEnd: '2025-04-01' }, 'INVALID_CONTRACT_PERIOD'],
      [{ ndaSignedOn: '2025-02-30' }, 'BAD_USER_INPUT'],
    ];
    for (const [extra, code] of cases) {
      const res = await postGraphQL(url, REGISTER, { input: { ...base, ...extra } }, director);
      expect(res.errors?.[0].extensions?.code).toBe(code);
    }
    expect(Number((await sql.query('SELECT count(*) AS n FROM workers'))[0].n)).toBe(before);
  });

  it('seals sensitive notes with AES-256-GCM: org-admin reads them, directors cannot, the stored bytes are not the plaintext', async () => {
    const { id } = await register({});
    const notes = '車椅子を使用。介護のため午前のみ。';
    expect((await postGraphQL(url, SET_NOTES, { id, notes }, director)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const set = await postGraphQL(url, SET_NOTES, { id, notes }, admin);
    expect(set.errors).toBeUndefined();

    const read = await postGraphQL<{ workerSensitiveNotes: string }>(url, GET_NOTES, { id }, admin);
    expect(read.data!.workerSensitiveNotes).toBe(notes);
    const denied = await postGraphQL(url, GET_NOTES, { id }, director);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(denied.data).toEqual({ workerSensitiveNotes: null });

    const [row] = await sql.query(`SELECT iv, ciphertext, auth_tag FROM worker_sensitive_notes WHERE worker_id = $1`, [id]);
    const plain = Buffer.from(notes, 'utf8');
    expect(Buffer.compare(row.ciphertext, plain)).not.toBe(0);
    expect(row.ciphertext.includes(plain.subarray(0, 6))).toBe(false);
    expect(JSON.stringify(await sql.query(`SELECT * FROM workers WHERE id = $1`, [id]))).not.toContain('車椅子');
    const audit = await sql.query(`SELECT action, detail FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'worker.register',
      'worker.sensitive-notes.set',
      'worker.sensitive-notes.read',
    ]);
    expect(JSON.stringify(audit)).not.toContain('車椅子');
  });

  it('refuses sealed notes copied onto another worker (bound to the row)', async () => {
    const [a, b] = [await register({}), await register({})];
    await postGraphQL(url, SET_NOTES, { id: a.id, notes: '聴覚障害' }, admin);
    await postGraphQL(url, SET_NOTES, { id: b.id, notes: 'なし' }, admin);
    await sql.query(
      `UPDATE worker_sensitive_notes t SET iv = s.iv, ciphertext = s.ciphertext, auth_tag = s.auth_tag FROM worker_sensitive_notes s WHERE t.worker_id = $2 AND s.worker_id = $1`,
      [a.id, b.id],
    );
    const res = await postGraphQL(url, GET_NOTES, { id: b.id }, admin);
    expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('shows a worker-role caller their own record, with personal data, via me — and nothing else', async () => {
    expect((await postGraphQL<{ me: unknown }>(url, ME, {}, worker)).data!.me).toBeNull();
    const sub = subOf(await tokenFor('tateshina-worker'));
    const mine = await register({ userId: sub, address: '立科町1-1' });
    await register({ address: '立科町2-2' });
    const res = await postGraphQL<{ me: Record<string, unknown> }>(url, ME, {}, worker);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me).toEqual({ id: mine.id, givenName: '恵', address: '立科町1-1', userId: sub });
    // The worker role opens no staff query.
    const other = await postGraphQL(
      url,
      gql`
        query {
          workers(first: 10) {
            nodes {
              id
            }
          }
        }
      `,
      {},
      worker,
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dup = await postGraphQL(url, REGISTER, { input: { ...base, userId: sub } }, director);
    expect(dup.errors?.[0].extensions?.code).toBe('USER_ALREADY_LINKED');
  });

  it('validates WORKER_DATA_KEY at boot and never echoes it', () => {
    const env = { DATABASE_URL: 'postgres://x@127.0.0.1/db', ORG_ID: 'tateshina', KEYCLOAK_URL: 'http://127.0.0.1:1' };
    const good = randomBytes(32).toString('base64');
    expect(decodeDataKey(loadConfig(WorkersConfig, { ...env, WORKER_DATA_KEY: good }).WORKER_DATA_KEY)).toHaveLength(32);
    const short = randomBytes(16).toString('base64');
    expect(() => loadConfig(WorkersConfig, { ...env, WORKER_DATA_KEY: short })).toThrow(/WORKER_DATA_KEY="\*\*\*"/);
    expect(() => loadConfig(WorkersConfig, env)).toThrow(/WORKER_DATA_KEY=\(unset\)/);
  });
});
