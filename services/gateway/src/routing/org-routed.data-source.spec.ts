import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from './gateway-context';
import { StaticNodeDirectory } from './node-directory';
import type { NodeSender, NodeTarget } from './node-sender';
import { CONSORTIUM_RULES, OrgRoutedDataSource } from './org-routed.data-source';
import { NodeUnavailableError } from './routing.errors';

type Sent = { target: NodeTarget; query: string; variables?: Record<string, unknown> };

/** A fake network: each org answers from a function, or is down. */
class FakeSender implements NodeSender {
  readonly sent: Sent[] = [];
  constructor(private readonly answer: (sent: Sent) => GatewayGraphQLResponse | 'down') {}

  async send(target: NodeTarget, request: { query?: string; variables?: Record<string, unknown> }): Promise<GatewayGraphQLResponse> {
    const sent = { target, query: request.query!, variables: request.variables };
    this.sent.push(sent);
    const answer = this.answer(sent);
    if (answer === 'down') throw new NodeUnavailableError(target.orgId, target.subgraph, 'connection refused');
    return answer;
  }
}

const directory = new StaticNodeDirectory({
  a: { workers: 'http://a-workers' },
  b: { workers: 'http://b-workers' },
  c: { workers: 'http://c-workers' },
});

function process(source: OrgRoutedDataSource, query: string, variables: Record<string, unknown>, context: GatewayContext = {}) {
  return source.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query, variables },
    context,
    incomingRequestContext: {} as never,
  });
}

const ENTITIES = 'query($representations:[_Any!]!){_entities(representations:$representations){...on Worker{id name}}}';

/** Each node echoes its representations back as entities named after its org. */
const echo = (sent: Sent): GatewayGraphQLResponse => ({
  data: {
    _entities: (sent.variables!.representations as { id: string }[]).map((r) => ({ id: r.id, name: `from ${sent.target.orgId}` })),
  },
});

describe('OrgRoutedDataSource', () => {
  it('splits an entity batch by org, one request per org, and restores the original order', async () => {
    const sender = new FakeSender(echo);
    const source = new OrgRoutedDataSource('workers', directory, sender);
    const representations = [
      { __typename: 'Worker', orgId: 'b', id: '1' },
      { __typename: 'Worker', orgId: 'a', id: '2' },
      { __typename: 'Worker', orgId: 'b', id: '3' },
      { __typename: 'Worker', orgId: 'c', id: '4' },
    ];
    const response = await process(source, ENTITIES, { representations });
    expect(response.errors).toBeUndefined();
    expect((response.data as { _entities: unknown[] })._entities).toEqual([
      { id: '1', name: 'from b' },
      { id: '2', name: 'from a' },
      { id: '3', name: 'from b' },
      { id: '4', name: 'from c' },
    ]);
    expect(sender.sent.map((s) => s.target.url).sort()).toEqual(['http://a-workers', 'http://b-workers', 'http://c-workers']);
    const toB = sender.sent.find((s) => s.target.orgId === 'b')!;
    expect((toB.variables!.representations as { id: string }[]).map((r) => r.id)).toEqual(['1', '3']);
  });

  it('answers a down node with nulls and NODE_UNAVAILABLE naming the org, keeping the others', async () => {
    const sender = new FakeSender((sent) => (sent.target.orgId === 'a' ? 'down' : echo(sent)));
    const source = new OrgRoutedDataSource('workers', directory, sender);
    const response = await process(source, ENTITIES, {
      representations: [
        { __typename: 'Worker', orgId: 'a', id: '1' },
        { __typename: 'Worker', orgId: 'b', id: '2' },
      ],
    });
    expect((response.data as { _entities: unknown[] })._entities).toEqual([null, { id: '2', name: 'from b' }]);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: 'NODE_UNAVAILABLE', orgId: 'a' });
  });

  it("renumbers a node's entity error paths to positions in the whole batch", async () => {
    const sender = new FakeSender((sent) =>
      sent.target.orgId === 'b'
        ? { data: { _entities: [null, { id: '3', name: 'ok' }] }, errors: [{ message: 'nope', path: ['_entities', 0, 'name'] }] }
        : echo(sent),
    );
    const source = new OrgRoutedDataSource('workers', directory, sender);
    const response = await process(source, ENTITIES, {
      representations: [
        { __typename: 'Worker', orgId: 'a', id: '0' },
        { __typename: 'Worker', orgId: 'b', id: '1' },
        { __typename: 'Worker', orgId: 'b', id: '3' },
      ],
    });
    expect(response.errors![0].path).toEqual(['_entities', 1, 'name']);
  });

  it('sends a root operation to the org its orgId variable names', async () => {
    const sender = new FakeSender(() => ({ data: { workers: [] } }));
    const source = new OrgRoutedDataSource('workers', directory, sender);
    await process(source, 'query($o:String){workers(orgId:$o){id}}', { o: 'c' });
    expect(sender.sent.map((s) => s.target.orgId)).toEqual(['c']);
  });

  it("reads a variable's default value: a default naming another org is refused with CROSS_ORG_REFUSED, nothing sent", async () => {
    const sender = new FakeSender(() => ({ data: { workers: [] } }));
    const source = new OrgRoutedDataSource('workers', directory, sender);
    const refused = await process(source, 'query($o:String="c"){workers(orgId:$o){id}}', {}, { defaultOrgId: 'b' });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CROSS_ORG_REFUSED', orgId: 'c' });
    expect(sender.sent).toHaveLength(0);
    // A value sent replaces the default; an explicit null names no org (the caller's own).
    await process(source, 'query($o:String="c"){workers(orgId:$o){id}}', { o: 'b' }, { defaultOrgId: 'b' });
    await process(source, 'query($o:String="c"){workers(orgId:$o){id}}', { o: null }, { defaultOrgId: 'b' });
    expect(sender.sent.map((s) => s.target.orgId)).toEqual(['b', 'b']);
  });

  it("defaults a root operation without orgId to the caller's org, and refuses with ORG_REQUIRED when there is none", async () => {
    const sender = new FakeSender(() => ({ data: { workers: [] } }));
    const source = new OrgRoutedDataSource('workers', directory, sender);
    await process(source, '{workers{id}}', {}, { defaultOrgId: 'b' });
    expect(sender.sent.map((s) => s.target.orgId)).toEqual(['b']);
    const refused = await process(source, '{workers{id}}', {});
    expect(refused.errors![0].extensions).toMatchObject({ code: 'ORG_REQUIRED' });
    expect(sender.sent).toHaveLength(1);
  });

  it('refuses an org with no node with UNKNOWN_ORG without sending anything', async () => {
    const sender = new FakeSender(() => ({ data: {} }));
    const source = new OrgRoutedDataSource('workers', directory, sender);
    const response = await process(source, '{workers(orgId:"zzz"){id}}', {});
    expect(response.errors![0].extensions).toMatchObject({ code: 'UNKNOWN_ORG', orgId: 'zzz' });
    expect(sender.sent).toHaveLength(0);
  });

  it('splits root fields naming different orgs into one operation per org, each with only its variables', async () => {
    const sender = new FakeSender((sent) => ({ data: { [sent.target.orgId === 'a' ? 'x' : 'y']: [{ id: sent.target.orgId }] } }));
    const source = new OrgRoutedDataSource('workers', directory, sender);
    const response = await process(source, 'query($p:String,$q:String){x:workers(orgId:$p){id} y:workers(orgId:$q){id}}', {
      p: 'a',
      q: 'b',
    });
    expect(response.data).toEqual({ x: [{ id: 'a' }], y: [{ id: 'b' }] });
    const toA = sender.sent.find((s) => s.target.orgId === 'a')!;
    expect(toA.query).toContain('x: workers');
    expect(toA.query).not.toContain('y: workers');
    expect(toA.query).not.toContain('$q');
  });

  it('names a DOWN node in a fan-out with NODE_UNAVAILABLE at once, without sending to it', async () => {
    const training = new StaticNodeDirectory({ a: { training: 'http://a-training' } });
    const withDown = {
      lookup: training.lookup.bind(training),
      activeNodes: training.activeNodes.bind(training),
      downNodes: () => [{ orgId: 'b', reason: 'The training node of org "b" is down.' }],
    };
    const sender = new FakeSender(() => ({
      data: { consortiumCourses: { nodes: [{ code: 'X', orgId: 'a' }], pageInfo: { endCursor: null, hasNextPage: false } } },
    }));
    const source = new OrgRoutedDataSource('training', withDown, sender);
    const response = await process(source, '{consortiumCourses(first:5){nodes{code orgId} pageInfo{endCursor hasNextPage}}}', {});
    expect(sender.sent.map((s) => s.target.orgId)).toEqual(['a']);
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'NODE_UNAVAILABLE', orgId: 'b' }) }),
    ]);
  });

  it("lets a partner operator name the member it acts for on a delegated field only, and sends it to that member's node", async () => {
    const sender = new FakeSender((sent) => ({ data: { payStatements: [`from ${sent.target.orgId}`] } }));
    // b is a municipality-run member whose partner operator is a, for payStatements only.
    const source = new OrgRoutedDataSource('workers', directory, sender, {
      ...CONSORTIUM_RULES,
      actsFor: (caller, target, coordinate) => caller === 'a' && target === 'b' && coordinate === 'Query.payStatements',
    });
    const delegated = await process(source, 'query($o:String){payStatements(orgId:$o)}', { o: 'b' }, { defaultOrgId: 'a' });
    expect(delegated).toEqual({ data: { payStatements: ['from b'] } });
    expect(sender.sent.map((s) => s.target.orgId)).toEqual(['b']);
    const other = await process(source, 'query($o:String){workers(orgId:$o)}', { o: 'b' }, { defaultOrgId: 'a' });
    expect(other.errors?.[0]?.extensions?.code).toBe('CROSS_ORG_REFUSED');
    const stranger = await process(source, 'query($o:String){payStatements(orgId:$o)}', { o: 'b' }, { defaultOrgId: 'c' });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('CROSS_ORG_REFUSED');
    expect(sender.sent).toHaveLength(1);
  });
});
