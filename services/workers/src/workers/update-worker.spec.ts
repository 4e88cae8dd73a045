import { randomBytes } from 'node:crypto';
import { bearer, gql, postGraphQL, startTestNode, TestNode } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';

const REGISTER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;
const UPDATE = gql`
  mutation ($orgId: String, $id: ID!, $input: UpdateWorkerInput!) {
    updateWorker(orgId: $orgId, id: $id, input: $input) {
      id
      familyName
      email
      phone
      contractStart
      contractEnd
      monthlyHourCap
      itStage
    }
  }
`;
const AUDIT = gql`
  query ($id: String) {
    auditLog(entityId: $id, action: "worker.update") {
      nodes {
        detail
      }
    }
  }
`;
type Result = { errors?: readonly { extensions?: Record<string, unknown> }[]; data?: unknown };
const codeOf = (res: Result) => res.errors?.[0]?.extensions?.code;

/** Correcting a worker's record (updateWorker) on a workers node against real PostgreSQL. */
describe('updateWorker', () => {
  let node: TestNode;
  let url: string;
  let admin: Record<string, string>;
  let id: string;

  beforeAll(async () => {
    admin = await bearer('tateshina-admin');
    node = await startTestNode({
      label: 'workers_update',
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
    const res = await postGraphQL<{ registerWorker: { id: string } }>(
      url,
      REGISTER,
      {
        input: {
          familyName: '山田',
          givenName: '花子',
          familyNameKana: 'ヤマダ',
          givenNameKana: 'ハナコ',
          email: 'old@example.jp',
          monthlyHourCap: 40,
          contractStart: '2026-04-01',
        },
      },
      admin,
    );
    id = res.data!.registerWorker.id;
  });

  afterAll(() => node?.close());

  it('changes only the fields given, clears optional ones, audits the field names without their values', async () => {
    const res = await postGraphQL(
      url,
      UPDATE,
      { id, input: { familyName: '佐藤', phone: '0263-52-0280', email: null, monthlyHourCap: 60 } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      updateWorker: {
        id,
        familyName: '佐藤',
        email: null,
        phone: '0263-52-0280',
        contractStart: '2026-04-01',
        contractEnd: null,
        monthlyHourCap: 60,
        itStage: 'A',
      },
    });
    const audit = await postGraphQL<{ auditLog: { nodes: { detail: string }[] } }>(url, AUDIT, { id }, admin);
    const detail = JSON.parse(audit.data!.auditLog.nodes[0].detail) as { fields: string[] };
    expect(detail.fields.sort()).toEqual(['email', 'familyName', 'monthlyHourCap', 'phone']);
    expect(audit.data!.auditLog.nodes[0].detail).not.toContain('佐藤');
  });

  it('refuses clearing a name, a contract ending before it starts, stages, bad input, wrong role and wrong org; writes nothing', async () => {
    expect(codeOf(await postGraphQL(url, UPDATE, { id, input: { familyName: null } }, admin))).toBe('WORKER_FIELD_REQUIRED');
    expect(codeOf(await postGraphQL(url, UPDATE, { id, input: { contractEnd: '2026-03-31' } }, admin))).toBe('INVALID_CONTRACT_PERIOD');
    expect(codeOf(await postGraphQL(url, UPDATE, { id, input: { itStage: 'C' } }, admin))).toMatch(
      /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
    );
    expect(codeOf(await postGraphQL(url, UPDATE, { id, input: { familyNameKana: 'やまだ' } }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await postGraphQL(url, UPDATE, { id, input: { monthlyHourCap: 500 } }, admin))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await postGraphQL(url, UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { phone: '0263-00-0000' } }, admin)),
    ).toBe('WORKER_NOT_FOUND');
    expect(codeOf(await postGraphQL(url, UPDATE, { id, input: { familyName: '鈴木' } }, await bearer('tateshina-worker')))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await postGraphQL(url, UPDATE, { id, input: { familyName: '鈴木' } }, await bearer('itoigawa-admin')))).toBe('FORBIDDEN');
    expect(codeOf(await postGraphQL(url, UPDATE, { id, orgId: 'itoigawa', input: { familyName: '鈴木' } }, admin))).toBe('WRONG_NODE');
    const unchanged = await postGraphQL<{ updateWorker: { familyName: string; contractEnd: string | null } }>(
      url,
      UPDATE,
      { id, input: {} },
      admin,
    );
    expect(unchanged.data?.updateWorker).toMatchObject({ familyName: '佐藤', contractEnd: null });
  });
});
