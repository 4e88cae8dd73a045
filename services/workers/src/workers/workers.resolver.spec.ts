import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bearer, gql, postGraphQL, recordQueries, startTestNode, TestNode } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';

const REGISTER = gql`
  mutation ($orgId: String, $input: RegisterWorkerInput!) {
    registerWorker(orgId: $orgId, input: $input) {
      id
      orgId
      status
      familyName
      givenName
      familyNameKana
      givenNameKana
      email
      phone
      itStage
      businessStage
      skillTags
      monthlyHourCap
      consortiumConsent
      createdAt
    }
  }
`;
const GET = gql`
  query ($orgId: String, $id: ID!) {
    worker(orgId: $orgId, id: $id) {
      id
      orgId
      familyName
      givenNameKana
      skillTags
      monthlyHourCap
      consortiumConsent
    }
  }
`;
const LIST = gql`
  query ($first: Int, $after: String, $status: WorkerStatus) {
    workers(first: $first, after: $after, status: $status) {
      nodes {
        id
        givenName
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const ENTITIES = gql`
  query ($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Worker {
        id
        givenName
      }
    }
  }
`;

const SET_STAGE_DIRECTLY = gql`
  mutation ($workerId: ID!) {
    setWorkerSkillStage(workerId: $workerId, axis: IT, stage: C) {
      id
    }
  }
`;

type Page = { workers: { nodes: { id: string; givenName: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('workers subgraph against PostgreSQL', () => {
  let caller: Record<string, string>;
  let app: INestApplication;
  let url: string;
  let sql: DataSource;
  let node: TestNode;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_resolver',
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
    ({ app, url, caller } = node);
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  const workerInput = (givenName: string) => ({
    familyName: '山田',
    givenName,
    familyNameKana: 'ヤマダ',
    givenNameKana: 'ハナコ',
    monthlyHourCap: 60,
  });
  const register = async (givenName: string): Promise<string> => {
    const res = await postGraphQL<{ registerWorker: { id: string } }>(url, REGISTER, { input: workerInput(givenName) }, caller);
    expect(res.errors).toBeUndefined();
    return res.data!.registerWorker.id;
  };
  const countRows = async (): Promise<number> => Number((await sql.query('SELECT count(*) AS n FROM workers'))[0].n);

  it('places a new worker above stage A only by an org admin with a written reason, and audits it', async () => {
    const before = await countRows();
    const placed = { ...workerInput('二郎'), itStage: 'B' };
    for (const [input, who] of [
      [placed, caller],
      [{ ...placed, stageReason: '前職の経験' }, caller],
      [placed, await bearer('tateshina-admin')],
      [{ ...placed, stageReason: '  ' }, await bearer('tateshina-admin')],
    ] as const) {
      const res = await postGraphQL(url, REGISTER, { orgId: 'tateshina', input }, who);
      expect(res.errors?.[0].extensions?.code).toBe('STAGE_NEEDS_ORG_ADMIN_AND_REASON');
    }
    expect(await countRows()).toBe(before);
  });

  it('registers a worker in its own org and reads it back', async () => {
    const input = {
      ...workerInput('花子'),
      email: 'hanako@example.jp',
      phone: '0267-56-1111',
      itStage: 'B',
      stageReason: '入所時の評価: 表計算の実務3年',
      skillTags: ['data-entry', 'excel'],
      consortiumConsent: true,
    };
    const res = await postGraphQL<{ registerWorker: Record<string, unknown> & { id: string } }>(
      url,
      REGISTER,
      { orgId: 'tateshina', input },
      await bearer('tateshina-admin'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerWorker).toMatchObject({
      orgId: 'tateshina',
      status: 'REGISTERED',
      familyNameKana: 'ヤマダ',
      email: 'hanako@example.jp',
      phone: '0267-56-1111',
      itStage: 'B',
      businessStage: 'A',
      skillTags: ['data-entry', 'excel'],
      monthlyHourCap: 60,
      consortiumConsent: true,
    });

    const [audit] = await sql.query(`SELECT action, detail FROM audit_log WHERE entity_id = $1`, [res.data!.registerWorker.id]);
    expect(audit).toEqual({
      action: 'worker.register',
      detail: { itStage: 'B', businessStage: 'A', stageReason: '入所時の評価: 表計算の実務3年' },
    });
    const read = await postGraphQL<{ worker: Record<string, unknown> }>(url, GET, { id: res.data!.registerWorker.id }, caller);
    expect(read.data!.worker).toEqual({
      id: res.data!.registerWorker.id,
      orgId: 'tateshina',
      familyName: '山田',
      givenNameKana: 'ハナコ',
      skillTags: ['data-entry', 'excel'],
      monthlyHourCap: 60,
      consortiumConsent: true,
    });
  });

  it('defaults to no consortium consent and no skill tags', async () => {
    const res = await postGraphQL<{ registerWorker: Record<string, unknown> }>(url, REGISTER, { input: workerInput('既定') }, caller);
    expect(res.data!.registerWorker).toMatchObject({ consortiumConsent: false, skillTags: [], email: null, phone: null, itStage: 'A' });
  });

  it("refuses an operation naming another org's id with WRONG_NODE and writes nothing", async () => {
    const before = await countRows();
    const res = await postGraphQL(url, REGISTER, { orgId: 'shiojiri', input: workerInput('misrouted') }, caller);
    expect(res.errors?.[0].extensions?.code).toBe('WRONG_NODE');
    expect(res.data).toBeNull();
    const read = await postGraphQL(url, GET, { orgId: 'shiojiri', id: '00000000-0000-4000-8000-000000000000' }, caller);
    expect(read.errors?.[0].extensions?.code).toBe('WRONG_NODE');
    expect(await countRows()).toBe(before);
  });

  it('rejects bad input with BAD_USER_INPUT naming the fields and writes nothing', async () => {
    const before = await countRows();
    const res = await postGraphQL(
      url,
      REGISTER,
      {
        input: { ...workerInput('bad'), givenNameKana: 'はなこ', monthlyHourCap: 201, email: 'not-an-email', phone: '12' },
      },
      caller,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const field of ['givenNameKana', 'monthlyHourCap', 'email', 'phone']) expect(res.errors?.[0].message).toMatch(field);
    expect(res.errors?.[0].message).not.toMatch(/familyNameKana/);
    expect(await countRows()).toBe(before);

    const badId = await postGraphQL(url, GET, { id: 'not-a-uuid' }, caller);
    expect(badId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badId.errors?.[0].message).toMatch(/id/);
  });

  it('has the database refuse what validation would, should a write bypass the API', async () => {
    await expect(
      sql.query(
        `INSERT INTO workers (org_id, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, monthly_hour_cap)
         VALUES ('tateshina', '山田', '太郎', 'ヤマダ', 'たろう', 'C', 'C', 40)`,
      ),
    ).rejects.toThrow(/check constraint/);
    await expect(
      sql.query(
        `INSERT INTO workers (org_id, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, monthly_hour_cap)
         VALUES ('tateshina', '山田', '太郎', 'ヤマダ', 'タロウ', 'C', 'C', 201)`,
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('pages through workers with cursors, newest first, without gaps or repeats', async () => {
    for (let i = 0; i < 5; i++) await register(`page-${i}`);
    // Rows inserted in one statement share created_at; the id breaks the tie.
    await sql.query(
      `INSERT INTO workers (org_id, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, monthly_hour_cap)
       SELECT 'tateshina', '一括', 'bulk-' || n, 'イッカツ', 'タロウ', 'C', 'C', 10 FROM generate_series(1, 4) AS n`,
    );
    const expected: string[] = (await sql.query(`SELECT id FROM workers ORDER BY created_at DESC, id DESC`)).map(
      (r: { id: string }) => r.id,
    );

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: Page | null } = await postGraphQL<Page>(url, LIST, { first: 2, after }, caller);
      seen.push(...page.data!.workers.nodes.map((n) => n.id));
      if (!page.data!.workers.pageInfo.hasNextPage) break;
      after = page.data!.workers.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters by status', async () => {
    const id = await register('active-one');
    await sql.query(`UPDATE workers SET status = 'ACTIVE' WHERE id = $1`, [id]);
    const res = await postGraphQL<Page>(url, LIST, { first: 100, status: 'ACTIVE' }, caller);
    expect(res.data!.workers.nodes).toEqual([{ id, givenName: 'active-one' }]);
  });

  it('resolves entity references of its own org in one SQL query, in order, and nulls for other orgs', async () => {
    const [a, b, c] = [await register('エー'), await register('ビー'), await register('シー')];
    const queries = recordQueries(app.get(DataSource));
    const res = await postGraphQL<{ _entities: ({ id: string; givenName: string } | null)[] }>(
      url,
      ENTITIES,
      {
        r: [
          { __typename: 'Worker', orgId: 'tateshina', id: c },
          { __typename: 'Worker', orgId: 'shiojiri', id: a },
          { __typename: 'Worker', orgId: 'tateshina', id: a },
          { __typename: 'Worker', orgId: 'tateshina', id: '00000000-0000-4000-8000-000000000000' },
          { __typename: 'Worker', orgId: 'tateshina', id: 'not-a-uuid' },
          { __typename: 'Worker', orgId: 'tateshina', id: b },
        ],
      },
      caller,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([
      { id: c, givenName: 'シー' },
      null,
      { id: a, givenName: 'エー' },
      null,
      null,
      { id: b, givenName: 'ビー' },
    ]);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/FROM "workers"/);
  });

  it('has no way for a director to set a stage directly', async () => {
    const id = await register('直接');
    const res = await postGraphQL(url, SET_STAGE_DIRECTLY, { workerId: id }, caller);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await sql.query(`SELECT it_stage FROM workers WHERE id = $1`, [id])).toEqual([{ it_stage: 'A' }]);
  });
});
