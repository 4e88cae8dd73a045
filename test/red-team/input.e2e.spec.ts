import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { NodeSubgraph } from '@kyodo/domain';
import { bearer, gql, GraphQLResponse, postGraphQL } from '@kyodo/testing';

/**
 * Input that cannot be stored is refused at the edge (issue 14, item 6): a NUL or another
 * control character, a day that does not exist, a malformed id, an absurd year or page size is
 * BAD_USER_INPUT, through the gateway and straight at the node alike, and nothing is written.
 * Tab and line breaks stay allowed where text has several lines. Then the run's log files are
 * searched for the personal data the test seeded and sent in the refused requests: none may be there.
 */

const ORG = 'tateshina';
const ADMIN = `${ORG}-admin`;

/** A worker no other test seeds: every value is distinctive, so finding one in a log is a leak. */
const PERSON = {
  familyName: '鬼無里',
  givenName: '紫苑',
  familyNameKana: 'キナサ',
  givenNameKana: 'シオン',
  email: 'shion.kinasa.redteam@example.jp',
  phone: '026-256-9173',
  address: '長野県長野市鬼無里日影9173-42 紫苑荘',
};
const SENSITIVE_NOTES = '鬼無里診療所に毎週木曜通院\n\t服薬: 紫苑錠 9173mg';
const PERSONAL_DATA = [...Object.values(PERSON), '鬼無里診療所', '紫苑錠 9173mg'];

const WORKER_INPUT = { ...PERSON, monthlyHourCap: 40, weeklyAvailability: [{ weekday: 1, minutes: 240 }] };

const REGISTER_WORKER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;
const CREATE_ORDER = gql`
  mutation ($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
    }
  }
`;
const CREATE_CONTRACT = gql`
  mutation ($input: CreateContractInput!) {
    createContract(input: $input) {
      id
    }
  }
`;
const CREATE_CLIENT = gql`
  mutation ($input: CreateClientInput!) {
    createClient(input: $input) {
      id
    }
  }
`;
const SET_NOTES = gql`
  mutation ($id: ID!, $notes: String) {
    setWorkerSensitiveNotes(id: $id, notes: $notes)
  }
`;
const READ_NOTES = gql`
  query ($id: ID!) {
    workerSensitiveNotes(id: $id)
  }
`;

type Via = 'gateway' | 'node';

describe('red team: input that cannot be stored', () => {
  let consortium: RunningConsortium;
  let workers: Client;
  let orders: Client;
  let clientId: string;
  let workerId: string;

  function urlOf(via: Via, subgraph: NodeSubgraph | 'consortium'): string {
    if (via === 'gateway') return consortium.gatewayUrl;
    return subgraph === 'consortium' ? consortium.consortiumUrl : consortium.node(ORG, subgraph).url;
  }

  async function call<T = Record<string, unknown>>(
    via: Via,
    subgraph: NodeSubgraph | 'consortium',
    document: string,
    variables: Record<string, unknown> = {},
    user = ADMIN,
  ): Promise<GraphQLResponse<T>> {
    return postGraphQL<T>(urlOf(via, subgraph), document, variables, await bearer(user));
  }

  async function ok<T>(via: Via, subgraph: NodeSubgraph, document: string, variables: Record<string, unknown>): Promise<T> {
    const res = await call<T>(via, subgraph, document, variables);
    if (res.errors || !res.data) throw new Error(`${via}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** Refused as input: at least one error, every one BAD_USER_INPUT, and no data for the field. */
  function expectBadUserInput(res: GraphQLResponse): void {
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(res.errors?.map(() => 'BAD_USER_INPUT'));
    expect(Object.values(res.data ?? {}).filter((value) => value !== null)).toEqual([]);
  }

  async function count(db: Client, table: string): Promise<number> {
    return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
  }

  beforeAll(async () => {
    // Training takes no part: fewer processes start on a busy machine.
    consortium = await launchTestConsortium('redteam_input', [ORG], { subgraphs: ['orders', 'workers'], recordOperations: false });
    workers = new Client({ connectionString: consortium.node(ORG, 'workers').databaseUrl });
    orders = new Client({ connectionString: consortium.node(ORG, 'orders').databaseUrl });
    await Promise.all([workers.connect(), orders.connect()]);
    clientId = (
      await ok<{ createClient: { id: string } }>('gateway', 'orders', CREATE_CLIENT, {
        input: { name: '鬼無里 地区 振興会', sector: 'PUBLIC' },
      })
    ).createClient.id;
    workerId = (await ok<{ registerWorker: { id: string } }>('gateway', 'workers', REGISTER_WORKER, { input: WORKER_INPUT })).registerWorker
      .id;
  }, 600_000);

  afterAll(async () => {
    await Promise.all([workers?.end(), orders?.end()]);
    await consortium?.stop();
  });

  describe.each<Via>(['gateway', 'node'])('through the %s', (via) => {
    it.each([
      ['a NUL in a name', { familyName: '鬼無\u0000里' }],
      ['an escape character in an address', { address: `${PERSON.address}\u001b[2J` }],
      ['a bell character in a name reading', { givenNameKana: 'シオン\u0007' }],
      ['a line break in a single-line name', { givenName: '紫\n苑' }],
      ['a tab in a single-line address', { address: '長野県\t長野市' }],
      ['a lone surrogate in a name', { givenName: '紫\ud800苑' }],
      ['a day that does not exist', { contractStart: '2026-02-30' }],
      ['a date with a time attached', { contractStart: '2026-04-01T00:00:00Z' }],
      ['an absurd year', { contractEnd: '9999-12-31' }],
      ['a malformed user id', { userId: "1' OR '1'='1" }],
    ])('refuses a worker with %s and writes no row', async (_, fields) => {
      const before = await count(workers, 'workers');
      expectBadUserInput(await call(via, 'workers', REGISTER_WORKER, { input: { ...WORKER_INPUT, ...fields } }));
      expect(await count(workers, 'workers')).toBe(before);
    });

    it.each([
      ['a deadline that does not exist', { deadline: '2026-02-30' }],
      ['a deadline in year 0001', { deadline: '0001-04-01' }],
      ['a compact deadline', { deadline: '20270131' }],
      ['a NUL in the title', { title: '鬼無里\u0000' }],
      ['a control character in a skill tag', { skillTags: ['SQL', 'Ex\u0000cel'] }],
      ['a malformed client id', { clientId: 'not-a-uuid' }],
      ['a million estimated hours', { estimatedHours: 1_000_000 }],
    ])('refuses an order with %s and writes no row', async (_, fields) => {
      const before = await count(orders, 'orders');
      const input = {
        clientId,
        title: '鬼無里 入力',
        category: 'DATA_ENTRY',
        valueYen: 10_000,
        estimatedHours: 4,
        deadline: '2027-01-31',
        ...fields,
      };
      expectBadUserInput(await call(via, 'orders', CREATE_ORDER, { input }));
      expect(await count(orders, 'orders')).toBe(before);
    });

    it('refuses a contract starting on 29 February of a common year, and a client name with a line break', async () => {
      const [contracts, clients] = [await count(orders, 'contracts'), await count(orders, 'clients')];
      expectBadUserInput(
        await call(via, 'orders', CREATE_CONTRACT, { input: { clientId, type: 'JUNIN', startsOn: '2027-02-29', endsOn: '2027-03-31' } }),
      );
      expectBadUserInput(await call(via, 'orders', CREATE_CLIENT, { input: { name: '鬼無里\r\n振興会', sector: 'PUBLIC' } }));
      expect([await count(orders, 'contracts'), await count(orders, 'clients')]).toEqual([contracts, clients]);
    });

    it.each([
      [
        'a worker by a malformed id',
        'workers',
        gql`
          query {
            worker(id: "not-a-uuid") {
              id
            }
          }
        `,
        {},
      ],
      [
        'a worker by an injected id',
        'workers',
        gql`
          query ($id: ID!) {
            worker(id: $id) {
              id
            }
          }
        `,
        { id: "' OR 1=1 --" },
      ],
      [
        'a status change of a malformed id',
        'workers',
        gql`
          mutation {
            setWorkerStatus(id: "42", status: ACTIVE) {
              id
            }
          }
        `,
        {},
      ],
      [
        'invoices of fiscal year 99999',
        'orders',
        gql`
          query {
            invoices(fiscalYear: 99999) {
              id
            }
          }
        `,
        {},
      ],
      [
        'orders of fiscal year 1066',
        'orders',
        gql`
          query {
            orders(fiscalYear: 1066) {
              nodes {
                id
              }
            }
          }
        `,
        {},
      ],
      // One past the largest page (100): a page of 100,000 is refused earlier, by the cost limit (red-team/limits).
      [
        'a page of 101 workers',
        'workers',
        gql`
          query {
            workers(first: 101) {
              nodes {
                id
              }
            }
          }
        `,
        {},
      ],
      [
        'a page of no workers',
        'workers',
        gql`
          query {
            workers(first: 0) {
              nodes {
                id
              }
            }
          }
        `,
        {},
      ],
      [
        'capacity from year 1 to 9999',
        'workers',
        gql`
          query {
            capacity(from: "0001-01-01", to: "9999-12-31") {
              orgId
            }
          }
        `,
        {},
      ],
      [
        'capacity to 31 April',
        'workers',
        gql`
          query {
            capacity(from: "2026-04-01", to: "2026-04-31") {
              orgId
            }
          }
        `,
        {},
      ],
      [
        'pay statements of month 13',
        'workers',
        gql`
          query {
            payStatements(month: "2026-13") {
              workerId
            }
          }
        `,
        {},
      ],
      [
        'pay statements of year 9999',
        'workers',
        gql`
          query {
            payStatements(month: "9999-01") {
              workerId
            }
          }
        `,
        {},
      ],
    ] as [string, NodeSubgraph, string, Record<string, unknown>][])('refuses %s', async (_, subgraph, document, variables) => {
      // Every row has the same arity: jest would pass a missing last argument as a `done` callback.
      expectBadUserInput(await call(via, subgraph, document, variables));
    });

    it('refuses a NUL in sensitive notes and keeps the notes as they were', async () => {
      await ok(via, 'workers', SET_NOTES, { id: workerId, notes: '前の記録' });
      expectBadUserInput(await call(via, 'workers', SET_NOTES, { id: workerId, notes: `${SENSITIVE_NOTES}\u0000` }));
      expect((await ok<{ workerSensitiveNotes: string }>(via, 'workers', READ_NOTES, { id: workerId })).workerSensitiveNotes).toBe(
        '前の記録',
      );
    });

    it('accepts tab and line breaks in multi-line text (sensitive notes) and stores them as sent', async () => {
      await ok(via, 'workers', SET_NOTES, { id: workerId, notes: SENSITIVE_NOTES });
      expect((await ok<{ workerSensitiveNotes: string }>(via, 'workers', READ_NOTES, { id: workerId })).workerSensitiveNotes).toBe(
        SENSITIVE_NOTES,
      );
    });

    it.each([
      [
        'a node check by a malformed id',
        gql`
          mutation {
            checkNode(id: "x") {
              id
            }
          }
        `,
        {},
      ],
      [
        'an onboarding by a malformed org id',
        gql`
          query {
            memberOnboarding(orgId: "Not An Org") {
              orgId
            }
          }
        `,
        {},
      ],
      [
        'seeding starter data for an org id with a NUL',
        gql`
          mutation ($o: String!) {
            seedStarterData(orgId: $o) {
              orgId
            }
          }
        `,
        { o: 'tateshina\u0000' },
      ],
      [
        'the nodes of a malformed org id',
        gql`
          query {
            memberNodes(orgId: "TATESHINA") {
              id
            }
          }
        `,
        {},
      ],
    ] as [string, string, Record<string, unknown>][])('refuses %s at the consortium service', async (_, document, variables) => {
      expectBadUserInput(await call(via, 'consortium', document, variables, 'consortium-admin'));
    });
  });

  it('refuses a NUL in an entity representation straight at the node: the last line behind the field validators', async () => {
    // `_entities` takes no validated argument class: only the node's check of every string stops this.
    const res = await call(
      'node',
      'workers',
      gql`
        query ($r: [_Any!]!) {
          _entities(representations: $r) {
            ... on Worker {
              id
            }
          }
        }
      `,
      {
        r: [{ __typename: 'Worker', orgId: ORG, id: `${workerId}\u0000` }],
      },
    );
    expectBadUserInput(res);
  });

  it('logs a failed write of personal data by its constraint, never by its values', async () => {
    const userId = randomUUID();
    await ok('gateway', 'workers', REGISTER_WORKER, { input: { ...WORKER_INPUT, email: `linked.${PERSON.email}`, userId } });
    const second = await call('gateway', 'workers', REGISTER_WORKER, { input: { ...WORKER_INPUT, userId } });
    expect(second.errors?.[0].extensions?.code).toBe('USER_ALREADY_LINKED');

    // The services write their logs through pipes; give the last lines a moment to land.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const logs = readdirSync(consortium.logDir).map((file) => ({ file, text: readFileSync(join(consortium.logDir, file), 'utf8') }));
    // The failed INSERT was logged (so this search can find a leak), by its constraint.
    expect(logs.find((log) => log.file === `${ORG}-workers.log`)?.text).toContain('workers_org_user');
    const leaks = logs.flatMap(({ file, text }) =>
      PERSONAL_DATA.filter((value) => text.includes(value)).map((value) => `${file}: ${value}`),
    );
    expect(leaks).toEqual([]);
  });
});
