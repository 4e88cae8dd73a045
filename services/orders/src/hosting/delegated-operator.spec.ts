import { bearer, gql, postGraphQL, startTestNode, TestNode } from '@kyodo/testing';
import { DEMO_OPERATOR_IDENTITIES, DEMO_PROGRAMMES } from '@kyodo/domain';
import { createOrdersApp, migrateOrders } from '../orders-node';

/**
 * Delegation at a node: tateshina (municipality-run) is operated by shiojiri (OPERATED_BY). A
 * shiojiri user whose token names tateshina in `operator_for` (shiojiri-director in the realm
 * file) acts for tateshina on the delegated functions only; another shiojiri user, or any
 * function the town keeps, is refused. The town's own staff keep their programme.
 */
const CLIENTS = gql`
  query {
    clients {
      orgId
      name
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
const CREATE_CONTRACT = gql`
  mutation ($input: CreateContractInput!) {
    createContract(input: $input) {
      orgId
      type
    }
  }
`;

describe('a partner operator acting for a municipality-run member at its node', () => {
  let node: TestNode;
  let clientId: string;
  const as = async (username: string) => ({ ...(await bearer(username)), 'x-kyodo-org': 'tateshina' });
  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    // tateshina keeps its own node here (as in the demo), which knows its partner operator.
    node = await startTestNode({
      label: 'delegated_operator',
      migrate: migrateOrders,
      create: (databaseUrl, auth) =>
        createOrdersApp({
          orgId: 'tateshina',
          operatedBy: { tateshina: 'shiojiri' },
          // Published with OPERATED_BY: the contracts the operator makes for the town are in its name, for the programme.
          operatorIdentities: { shiojiri: DEMO_OPERATOR_IDENTITIES.shiojiri },
          programmes: { tateshina: DEMO_PROGRAMMES.tateshina },
          databaseUrl,
          auth,
        }),
    });
    const created = await postGraphQL<{ createClient: { id: string } }>(
      node.url,
      CREATE_CLIENT,
      { input: { name: '立科町 企画課', sector: 'PUBLIC' } },
      await as('tateshina-director'),
    );
    clientId = created.data!.createClient.id;
  });
  afterAll(() => node.close());

  const contract = { type: 'JUNIN', startsOn: '2027-04-01', endsOn: '2028-03-31' };

  it("lets the operator's assigned staff do a delegated function for the town, in the town's data", async () => {
    const operator = await as('shiojiri-director');
    expect((await postGraphQL(node.url, CLIENTS, {}, operator)).data).toEqual({ clients: [{ orgId: 'tateshina', name: '立科町 企画課' }] });
    const signed = await postGraphQL(node.url, CREATE_CONTRACT, { input: { ...contract, clientId } }, operator);
    expect(signed.errors).toBeUndefined();
    expect(signed.data).toEqual({ createContract: { orgId: 'tateshina', type: 'JUNIN' } });
  });

  it("refuses the operator on what the town keeps, and the operator's other users on everything of the town", async () => {
    const order = await postGraphQL(
      node.url,
      gql`
        mutation {
          createClient(input: { name: "x", sector: PUBLIC }) {
            id
          }
        }
      `,
      {},
      await as('shiojiri-director'),
    );
    expect(codeOf(order)).toBe('FORBIDDEN');
    // shiojiri-admin's token names no member in operator_for: staff of the operator, not assigned to the town.
    expect(codeOf(await postGraphQL(node.url, CLIENTS, {}, await as('shiojiri-admin')))).toBe('FORBIDDEN');
    expect(codeOf(await postGraphQL(node.url, CREATE_CONTRACT, { input: { ...contract, clientId } }, await as('shiojiri-admin')))).toBe(
      'FORBIDDEN',
    );
    // Another member is nobody's operator here.
    expect(codeOf(await postGraphQL(node.url, CLIENTS, {}, await as('itoigawa-director')))).toBe('FORBIDDEN');
    const count: { n: string }[] = await node.dataSource.query(`SELECT count(*)::text AS n FROM clients`);
    expect(count).toEqual([{ n: '1' }]);
  });

  it("keeps the town's own staff on their programme and on the delegated functions too", async () => {
    const town = await as('tateshina-director');
    expect(codeOf(await postGraphQL(node.url, CLIENTS, {}, town))).toBeUndefined();
    expect(codeOf(await postGraphQL(node.url, CREATE_CONTRACT, { input: { ...contract, clientId } }, town))).toBeUndefined();
  });
});
