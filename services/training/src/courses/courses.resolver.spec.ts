import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { gql, postGraphQL, recordQueries, startTestNode, TestNode } from '@kyodo/testing';
import { createTrainingApp, migrateTraining } from '../training-node';
import { gatewayUpstream } from '../upstream/training-upstream';

const CREATE = gql`
  mutation ($orgId: String, $input: CreateCourseInput!) {
    createCourse(orgId: $orgId, input: $input) {
      id
      orgId
      code
      title
      category
      format
      durationMinutes
      description
      visibility
      createdAt
    }
  }
`;
const GET = gql`
  query ($orgId: String, $id: ID!) {
    course(orgId: $orgId, id: $id) {
      id
      orgId
      code
      title
      category
      format
      durationMinutes
      description
      visibility
    }
  }
`;
const LIST = gql`
  query ($orgId: String) {
    courses(orgId: $orgId) {
      code
    }
  }
`;
const ENTITIES = gql`
  query ($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Course {
        id
        code
      }
    }
  }
`;

describe('training subgraph against PostgreSQL', () => {
  let caller: Record<string, string>;
  let app: INestApplication;
  let url: string;
  let sql: DataSource;
  let node: TestNode;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'training_resolver',
      migrate: migrateTraining,
      create: (databaseUrl, auth) => createTrainingApp({ orgId: 'tateshina', databaseUrl, auth, upstream: gatewayUpstream(undefined) }),
    });
    ({ app, url, caller } = node);
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  const courseInput = (code: string) => ({
    code,
    title: '情報セキュリティ基礎',
    category: 'BASIC',
    format: 'E_LEARNING',
    durationMinutes: 90,
  });
  const create = async (code: string): Promise<string> => {
    const res = await postGraphQL<{ createCourse: { id: string } }>(url, CREATE, { input: courseInput(code) }, caller);
    expect(res.errors).toBeUndefined();
    return res.data!.createCourse.id;
  };
  const countRows = async (): Promise<number> => Number((await sql.query('SELECT count(*) AS n FROM courses'))[0].n);

  it('creates a course in its own org and reads it back', async () => {
    const input = { ...courseInput('SEC-101'), description: '委託業務の前に受講する研修です。', visibility: 'CONSORTIUM' };
    const res = await postGraphQL<{ createCourse: { id: string } & Record<string, unknown> }>(
      url,
      CREATE,
      { orgId: 'tateshina', input },
      caller,
    );
    expect(res.errors).toBeUndefined();
    const { id, createdAt, ...rest } = res.data!.createCourse;
    expect(rest).toEqual({ orgId: 'tateshina', ...input });
    expect(Date.parse(createdAt as string)).not.toBeNaN();

    const read = await postGraphQL<{ course: Record<string, unknown> }>(url, GET, { id }, caller);
    expect(read.data!.course).toEqual({ id, orgId: 'tateshina', ...input });
  });

  it('starts a course local, with an empty description', async () => {
    const res = await postGraphQL<{ createCourse: Record<string, unknown> }>(url, CREATE, { input: courseInput('DEF-001') }, caller);
    expect(res.data!.createCourse).toMatchObject({ visibility: 'LOCAL', description: '' });
  });

  it("refuses an operation naming another org's id with WRONG_NODE and writes nothing", async () => {
    const before = await countRows();
    const res = await postGraphQL(url, CREATE, { orgId: 'shiojiri', input: courseInput('MIS-001') }, caller);
    expect(res.errors?.[0].extensions?.code).toBe('WRONG_NODE');
    const list = await postGraphQL(url, LIST, { orgId: 'shiojiri' }, caller);
    expect(list.errors?.[0].extensions?.code).toBe('WRONG_NODE');
    expect(await countRows()).toBe(before);
  });

  it('rejects bad input with BAD_USER_INPUT naming the fields and writes nothing', async () => {
    const before = await countRows();
    const res = await postGraphQL(url, CREATE, { input: { ...courseInput('sec 101'), title: '', durationMinutes: 0 } }, caller);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const field of ['code', 'title', 'durationMinutes']) expect(res.errors?.[0].message).toMatch(field);
    expect(res.errors?.[0].message).not.toMatch(/category|format/);
    expect(await countRows()).toBe(before);

    const badId = await postGraphQL(url, GET, { id: 'not-a-uuid' }, caller);
    expect(badId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a code the org already uses with COURSE_CODE_TAKEN and writes nothing', async () => {
    await create('WIN-201');
    const before = await countRows();
    const res = await postGraphQL(url, CREATE, { input: { ...courseInput('WIN-201'), title: '別の研修' } }, caller);
    expect(res.errors?.[0].extensions).toEqual({ code: 'COURSE_CODE_TAKEN', details: { code: 'WIN-201' } });
    expect(await countRows()).toBe(before);
  });

  it('lets exactly one of two concurrent creates of the same code win', async () => {
    const results = await Promise.all([0, 1].map(() => postGraphQL(url, CREATE, { input: courseInput('OJT-900') }, caller)));
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'CREATED')).sort();
    expect(codes).toEqual(['COURSE_CODE_TAKEN', 'CREATED']);
  });

  it('lists the catalogue ordered by code', async () => {
    for (const code of ['ITS-300', 'BIZ-110', 'CAR-010']) await create(code);
    const res = await postGraphQL<{ courses: { code: string }[] }>(url, LIST, {}, caller);
    const codes = res.data!.courses.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(['BIZ-110', 'CAR-010', 'ITS-300', 'SEC-101']));
  });

  it('resolves entity references of its own org in one SQL query, in order, and nulls for other orgs', async () => {
    const [a, b, c] = [await create('REF-001'), await create('REF-002'), await create('REF-003')];
    const queries = recordQueries(app.get(DataSource));
    const res = await postGraphQL<{ _entities: ({ id: string; code: string } | null)[] }>(
      url,
      ENTITIES,
      {
        r: [
          { __typename: 'Course', orgId: 'tateshina', id: b },
          { __typename: 'Course', orgId: 'itoigawa', id: a },
          { __typename: 'Course', orgId: 'tateshina', id: c },
          { __typename: 'Course', orgId: 'tateshina', id: 'not-a-uuid' },
          { __typename: 'Course', orgId: 'tateshina', id: a },
        ],
      },
      caller,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([{ id: b, code: 'REF-002' }, null, { id: c, code: 'REF-003' }, null, { id: a, code: 'REF-001' }]);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/FROM "courses"/);
  });
});
