import { createServer, Server } from 'node:http';
import { HttpNodeSender, NodeTarget } from './node-sender';
import { NodeUnavailableError } from './routing.errors';

/** A node that counts requests and answers each after `delayMs`, echoing who asked. */
function slowNode(delayMs: number, answer: (body: string, authorization?: string, targetOrg?: string) => { status: number; body: string }) {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      setTimeout(() => {
        const { status, body: out } = answer(body, req.headers.authorization, req.headers['x-kyodo-org'] as string | undefined);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(out);
      }, delayMs);
    });
  });
  return { server, requests: () => requests };
}

const graphql = (body: string, authorization?: string, targetOrg?: string) => ({
  status: 200,
  body: JSON.stringify({ data: { echo: { authorization, query: JSON.parse(body).query, targetOrg } } }),
});

describe('HttpNodeSender', () => {
  const node = slowNode(50, graphql);
  const broken = slowNode(0, () => ({ status: 502, body: '<html>Bad gateway</html>' }));
  let target: NodeTarget;
  let brokenTarget: NodeTarget;
  const sender = new HttpNodeSender(1_000);

  beforeAll(async () => {
    for (const { server } of [node, broken]) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = (server: Server) => `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    target = { orgId: 'a', subgraph: 'orders', url: url(node.server) };
    brokenTarget = { orgId: 'b', subgraph: 'orders', url: url(broken.server) };
  });

  afterAll(async () => {
    await sender.close();
    for (const { server } of [node, broken]) await new Promise((resolve) => server.close(resolve));
  });

  it('shares one request among identical queries in flight, each caller getting its own copy of the answer', async () => {
    const before = node.requests();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => sender.send(target, { query: '{ orders { id } }' }, { authorization: 'Bearer t1' })),
    );
    expect(node.requests() - before).toBe(1);
    expect(new Set(answers).size).toBe(10);
    expect(answers[0]).toEqual({ data: { echo: { authorization: 'Bearer t1', query: '{ orders { id } }', targetOrg: 'a' } } });
    (answers[0].data as { echo: { query: string } }).echo.query = 'changed by one caller';
    expect((answers[1].data as { echo: { query: string } }).echo.query).toBe('{ orders { id } }');
  });

  it('never shares between callers, operations or variables that differ, nor mutations, nor requests after the first has finished', async () => {
    const before = node.requests();
    await Promise.all([
      sender.send(target, { query: '{ orders { id } }' }, { authorization: 'Bearer t1' }),
      sender.send(target, { query: '{ orders { id } }' }, { authorization: 'Bearer t2' }),
      sender.send(target, { query: 'query ($n: Int) { orders(first: $n) { id } }', variables: { n: 1 } }, { authorization: 'Bearer t1' }),
      sender.send(target, { query: 'query ($n: Int) { orders(first: $n) { id } }', variables: { n: 2 } }, { authorization: 'Bearer t1' }),
      sender.send(target, { query: 'mutation { createClient { id } }' }, { authorization: 'Bearer t1' }),
      sender.send(target, { query: 'mutation { createClient { id } }' }, { authorization: 'Bearer t1' }),
    ]);
    expect(node.requests() - before).toBe(6);
    await sender.send(target, { query: '{ orders { id } }' }, { authorization: 'Bearer t1' });
    expect(node.requests() - before).toBe(7);
  });

  it('names the target org to the node, and never shares a request between two orgs hosted at the same URL', async () => {
    const before = node.requests();
    const hosted = { ...target, orgId: 'hosted-member' };
    const [own, forHosted] = await Promise.all([
      sender.send(target, { query: '{ orders { id } }' }, { authorization: 'Bearer t9' }),
      sender.send(hosted, { query: '{ orders { id } }' }, { authorization: 'Bearer t9' }),
    ]);
    expect(node.requests() - before).toBe(2);
    expect((own.data as { echo: { targetOrg: string } }).echo.targetOrg).toBe('a');
    expect((forHosted.data as { echo: { targetOrg: string } }).echo.targetOrg).toBe('hosted-member');
  });

  it('turns a page that is not GraphQL, a timeout and a refused connection into NODE_UNAVAILABLE naming the org', async () => {
    await expect(sender.send(brokenTarget, { query: '{ x }' }, {})).rejects.toMatchObject({
      orgId: 'b',
      message: expect.stringContaining('HTTP 502 without a GraphQL body'),
    });
    await expect(sender.send({ ...target, timeoutMs: 10 }, { query: '{ slow }' }, {})).rejects.toMatchObject({
      orgId: 'a',
      message: expect.stringContaining('no answer within 10 ms'),
    });
    await expect(sender.send({ ...target, url: 'http://127.0.0.1:9' }, { query: '{ x }' }, {})).rejects.toBeInstanceOf(
      NodeUnavailableError,
    );
  });
});
