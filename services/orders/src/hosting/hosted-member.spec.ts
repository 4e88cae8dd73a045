import { gql, postGraphQL, startTestNode, TestNode, bearer } from '@kyodo/testing';
import { createOrdersApp, migrateOrders } from '../orders-node';

/**
 * Hosted placement at a node: shiojiri's orders node also hosts tateshina (HOSTED_ORG_IDS). Each
 * request is served for the org the gateway names (x-kyodo-org), rows stay under that org's id,
 * member roles count only for that org, and an org the node does not host is refused.
 */
const CLIENTS = gql`
  query {
    clients {
      name
      orgId
    }
  }
`;
const CREATE_CLIENT = gql`
  mutation ($input: CreateClientInput!) {
    createClient(input: $input) {
      orgId
      name
    }
  }
`;

describe('an orders node hosting a member', () => {
  let node: TestNode;
  const as = async (username: string, targetOrg?: string) => ({
    ...(await bearer(username)),
    ...(targetOrg ? { 'x-kyodo-org': targetOrg } : {}),
  });

  beforeAll(async () => {
    node = await startTestNode({
      label: 'hosted_member',
      callerUsername: 'shiojiri-director',
      migrate: migrateOrders,
      create: (databaseUrl, auth) => createOrdersApp({ orgId: 'shiojiri', hostedOrgIds: ['tateshina'], databaseUrl, auth }),
    });
  });
  afterAll(() => node.close());

  it("keeps each org's rows under its own org id and answers each org only its own", async () => {
    const own = await postGraphQL(
      node.url,
      CREATE_CLIENT,
      { input: { name: '塩尻市 総務課', sector: 'PUBLIC' } },
      await as('shiojiri-director'),
    );
    expect(own.data).toEqual({ createClient: { orgId: 'shiojiri', name: '塩尻市 総務課' } });
    const hosted = await postGraphQL(
      node.url,
      CREATE_CLIENT,
      { input: { name: '立科町 企画課', sector: 'PUBLIC' } },
      await as('tateshina-director', 'tateshina'),
    );
    expect(hosted.data).toEqual({ createClient: { orgId: 'tateshina', name: '立科町 企画課' } });

    expect((await postGraphQL(node.url, CLIENTS, {}, await as('tateshina-director', 'tateshina'))).data).toEqual({
      clients: [{ name: '立科町 企画課', orgId: 'tateshina' }],
    });
    expect((await postGraphQL(node.url, CLIENTS, {}, await as('shiojiri-director', 'shiojiri'))).data).toEqual({
      clients: [{ name: '塩尻市 総務課', orgId: 'shiojiri' }],
    });
    const rows: { org_id: string }[] = await node.dataSource.query(`SELECT org_id FROM clients ORDER BY org_id`);
    expect(rows.map((r) => r.org_id)).toEqual(['shiojiri', 'tateshina']);
  });

  it("refuses the host's staff on the hosted member's data, and the member's staff on the host's", async () => {
    const operator = await postGraphQL(node.url, CLIENTS, {}, await as('shiojiri-director', 'tateshina'));
    expect(operator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(operator.data?.clients ?? null).toBeNull();
    // Without the header a request is for the node's own org: the hosted member's roles do not count there.
    const member = await postGraphQL(node.url, CLIENTS, {}, await as('tateshina-director'));
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const named = await postGraphQL(
      node.url,
      gql`
        query {
          clients(orgId: "shiojiri") {
            name
          }
        }
      `,
      {},
      await as('tateshina-director', 'tateshina'),
    );
    expect(named.errors?.[0]?.extensions?.code).toBe('WRONG_NODE');
  });

  it('refuses a request for an org it does not host before anything runs', async () => {
    const before: { n: string }[] = await node.dataSource.query(`SELECT count(*)::text AS n FROM clients`);
    const response = await postGraphQL(
      node.url,
      CREATE_CLIENT,
      { input: { name: '糸魚川市', sector: 'PUBLIC' } },
      await as('itoigawa-director', 'itoigawa'),
    );
    expect(response.status).toBe(421);
    expect(response.errors?.[0]?.extensions?.code).toBe('WRONG_NODE');
    expect(await node.dataSource.query(`SELECT count(*)::text AS n FROM clients`)).toEqual(before);
  });

  it('tells the registry which members it hosts', async () => {
    const health = (await (await fetch(`${node.url}/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ service: 'orders', orgId: 'shiojiri', hostedOrgIds: ['tateshina'] });
  });
});
