import { existsSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditServer } from 'graphql-http';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, postGraphQL } from '@kyodo/testing';

/**
 * Red team, items 1, 5 and 7 of the trust boundary: operation limits at the gateway and again
 * at a node, the org check on a variable's default, and the production posture of every
 * service's edge. Every refusal is checked for its code and for having reached no node.
 */
describe('red team: operation limits, coerced org variables, production posture', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let gatewayBase: string;
  let ordersNode: string;
  // This suite's own operation log: what it sends is over the limits on purpose, so it stays
  // out of the census of the end-to-end suite (operations.jsonl).
  const log = join(tmpdir(), `kyodo-red-team-${process.pid}.jsonl`);

  beforeAll(async () => {
    // Orders nodes only: two members' orders nodes are all these attacks need (fan-out, cross-org, deep cycles).
    consortium = await launchTestConsortium('red_team', ['tateshina', 'shiojiri'], {
      subgraphs: ['orders'],
      nodeTimeoutMs: 3000,
      gatewayEnv: { KYODO_RECORD_OPERATIONS: log },
    });
    gw = consortium.gatewayUrl;
    gatewayBase = gw.replace(/\/graphql$/, '');
    ordersNode = `${consortium.node('tateshina', 'orders').url}/graphql`;
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
    rmSync(log, { force: true });
  });

  /** Subgraph requests the gateway has sent so far (it records each before it leaves). */
  const subgraphRequests = (): number =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter((line) => line.includes('"kind":"subgraph"')).length
      : 0;

  /** Posts as a tateshina director and expects a refusal with `code` before any node is called. */
  async function refusedAtGateway(query: string, variables: Record<string, unknown>, code: string) {
    const before = subgraphRequests();
    const res = await postGraphQL(gw, query, variables, await bearer('tateshina-director'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code });
    expect(res.data ?? null).toBeNull();
    expect(subgraphRequests()).toBe(before);
    return res;
  }

  describe('operation limits (item 1)', () => {
    // PoolOffer.claims → PoolClaim.offer → … : the cycle that took a node down, here 8 levels deep.
    const DEEP = gql`
      {
        consortiumPool {
          nodes {
            claims {
              offer {
                claims {
                  offer {
                    claims {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      }
    `;

    it('refuses an operation deeper than 6 at the gateway with OPERATION_TOO_DEEP, and deeper than 7 at a node', async () => {
      const res = await refusedAtGateway(DEEP, {}, 'OPERATION_TOO_DEEP');
      expect(res.errors![0].extensions).toMatchObject({ limit: 6, found: 8 });
      // A node's limit is one level more (the gateway wraps entity fetches in `_entities`).
      const token = await bearer('tateshina-director');
      const atNode = await postGraphQL(
        ordersNode,
        gql`
          {
            poolOffers {
              claims {
                offer {
                  claims {
                    offer {
                      claims {
                        offer {
                          claims {
                            id
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        `,
        {},
        token,
      );
      expect(atNode.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_TOO_DEEP', limit: 7, found: 9 });
    });

    it('refuses more than 15 aliases with OPERATION_TOO_MANY_ALIASES', async () => {
      const fields = Array.from({ length: 16 }, (_, i) => `a${i}: consortiumPool(first: 1) { nodes { id } }`).join(' ');
      await refusedAtGateway(`{ ${fields} }`, {}, 'OPERATION_TOO_MANY_ALIASES');
    });

    it('refuses more than 1000 tokens with OPERATION_TOO_MANY_TOKENS, at the gateway and at a node', async () => {
      const huge = `{ orders { nodes { ${'id '.repeat(2100)} } } }`;
      const res = await refusedAtGateway(huge, {}, 'OPERATION_TOO_MANY_TOKENS');
      expect(res.status).toBe(400);
      const atNode = await postGraphQL(ordersNode, huge, {}, await bearer('tateshina-director'));
      expect(atNode.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_TOO_MANY_TOKENS', limit: 2000 });
    });

    it('refuses more than 50 directives with OPERATION_TOO_MANY_DIRECTIVES', async () => {
      const fields = Array.from({ length: 51 }, () => 'id @include(if: true)').join(' ');
      await refusedAtGateway(`{ consortiumPool(first: 1) { nodes { ${fields} } } }`, {}, 'OPERATION_TOO_MANY_DIRECTIVES');
    });

    it('counts list sizes from the real value of a `first` variable: the same operation passes with 20 and is refused with 100', async () => {
      // orders: 1 + n × (1 + id 1 + tasks (1 + 10 × 8) + history (1 + 10 × 5)) = 1 + 134n: 2681 for 20, 13401 for 100.
      const query = gql`
        query ($n: Int!) {
          orders(first: $n) {
            nodes {
              id
              tasks {
                id
                title
                hours
                valueYen
                status
                orderId
                payBasis
                createdAt
              }
              history {
                from
                to
                at
                actorId
                actorOrgId
              }
            }
          }
        }
      `;
      const small = await postGraphQL(gw, query, { n: 20 }, await bearer('tateshina-director'));
      expect(small.errors).toBeUndefined();
      const res = await refusedAtGateway(query, { n: 100 }, 'OPERATION_TOO_COSTLY');
      expect(res.errors![0].extensions).toMatchObject({ limit: 10_000, found: 13_401 });
    });

    it('prices a consortium-wide field once per active member: refused through the gateway, answered by one node', async () => {
      // Each alias: 1 + 100 × (1 + 13 fields) = 1401 at one node; ×4 aliases = 5604 there, ×2 members = 11208 > 10000.
      const nodes =
        'nodes { id orgId taskId title hours approvedHours requiredStage skillTags requiredTrainings deadline rateYen clientLabel createdAt }';
      const query = `{ ${['a', 'b', 'c', 'd'].map((alias) => `${alias}: consortiumPool(first: 100) { ${nodes} }`).join(' ')} }`;
      const res = await refusedAtGateway(query, {}, 'OPERATION_TOO_COSTLY');
      expect(res.errors![0].extensions).toMatchObject({ found: 2 * 4 * 1401 });
      const atNode = await postGraphQL(ordersNode, query, {}, await bearer('tateshina-director'));
      expect(atNode.errors).toBeUndefined();
    });
  });

  describe('org check on coerced variables (item 5)', () => {
    it("refuses a variable whose default names another member's org with CROSS_ORG_REFUSED at the gateway, before any node", async () => {
      const query = gql`
        query ($orgId: String = "shiojiri") {
          orders(orgId: $orgId) {
            nodes {
              id
              title
            }
          }
        }
      `;
      const before = subgraphRequests();
      const res = await postGraphQL(gw, query, {}, await bearer('tateshina-director'));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CROSS_ORG_REFUSED', orgId: 'shiojiri', subgraph: 'orders' });
      expect(res.data).toEqual({ orders: null });
      expect(subgraphRequests()).toBe(before);
      // The caller's own org as the default is routed as usual.
      const own = await postGraphQL(gw, query.replace('"shiojiri"', '"tateshina"'), {}, await bearer('tateshina-director'));
      expect(own.errors).toBeUndefined();
    });
  });

  describe('production posture (item 7)', () => {
    it('a node answers introspection only with a token', async () => {
      const anonymous = await postGraphQL(
        ordersNode,
        gql`
          {
            __schema {
              queryType {
                name
              }
            }
          }
        `,
      );
      expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(anonymous.data ?? null).toBeNull();
      const nested = await postGraphQL(
        ordersNode,
        gql`
          query {
            ...F
          }
          fragment F on Query {
            __type(name: "Order") {
              name
            }
          }
        `,
      );
      expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      const withToken = await postGraphQL(
        ordersNode,
        gql`
          {
            __schema {
              queryType {
                name
              }
            }
          }
        `,
        {},
        await bearer('tateshina-director'),
      );
      expect(withToken.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });

    it('suggests no field names, at the gateway or at a node', async () => {
      const token = await bearer('tateshina-director');
      for (const url of [gw, ordersNode]) {
        const res = await postGraphQL(
          url,
          gql`
            {
              orderz {
                nodes {
                  id
                }
              }
            }
          `,
          {},
          token,
        );
        expect(res.errors?.length).toBeGreaterThan(0);
        expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
      }
    });

    it('no error from any service carries a stack trace or a file path', async () => {
      const token = await bearer('tateshina-director');
      const urls = [gw, ordersNode, `${consortium.reportingUrl}/graphql`];
      for (const url of urls) {
        for (const [body, headers] of [
          ['{"query":"{ nope }"}', { authorization: token.authorization }],
          [
            '{"query":"query ($n: Int!) { orders(first: $n) { nodes { id } } }","variables":{"n":{"x":1}}}',
            { authorization: token.authorization },
          ],
          ['{"query":', { authorization: token.authorization }],
          ['{"query":"{ __typename }"}', { authorization: 'Bearer not-a-token' }],
        ] as const) {
          const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
          const text = await res.text();
          expect(text).not.toMatch(/stacktrace|\/work\/|node_modules|\.ts:\d+|\bat [\w.<>]+ \(/);
        }
      }
    });

    it('sends helmet security headers and no X-Powered-By, at the gateway and at a node', async () => {
      for (const url of [`${gatewayBase}/health`, `${consortium.node('tateshina', 'orders').url}/health`, `${gatewayBase}/graphql`]) {
        const res = await fetch(
          url,
          url.endsWith('/graphql') ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' } : {},
        );
        expect(res.headers.get('x-powered-by')).toBeNull();
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
        expect(res.headers.get('strict-transport-security')).toContain('max-age=');
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      }
    });

    it("answers CORS for the console's origin and for no other", async () => {
      const preflight = (origin: string) =>
        fetch(gw, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
        });
      const allowed = await preflight('http://localhost:4200');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
      expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
      const refused = await preflight('http://evil.example');
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      const node = await fetch(ordersNode, {
        method: 'OPTIONS',
        headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(node.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('cuts a client that trickles its headers, and one that trickles its body, within seconds', async () => {
      const port = Number(new URL(gw).port);
      const cutAfter = (first: string, drip: string) =>
        new Promise<number>((resolve, reject) => {
          const started = Date.now();
          const socket = connect(port, '127.0.0.1', () => socket.write(first));
          const timer = setInterval(() => socket.writable && socket.write(drip), 500);
          const give = setTimeout(() => {
            clearInterval(timer);
            socket.destroy();
            reject(new Error('the server kept a slow client for 20 s'));
          }, 20_000);
          socket.on('data', () => undefined);
          socket.on('error', () => undefined);
          socket.on('close', () => {
            clearInterval(timer);
            clearTimeout(give);
            resolve(Date.now() - started);
          });
        });
      // Headers never finish: cut by the header timeout (5 s).
      const headers = await cutAfter('POST /graphql HTTP/1.1\r\nHost: x\r\n', 'X-a: b\r\n');
      expect(headers).toBeLessThan(8_000);
      // Headers done, the body trickles a byte at a time: cut by the request timeout (10 s).
      const body = await cutAfter(
        'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
        ' ',
      );
      expect(body).toBeLessThan(13_000);
      expect(body).toBeGreaterThan(4_000);
    }, 40_000);

    it('refuses a body over the limit with 413, before parsing it', async () => {
      const res = await fetch(gw, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await bearer('tateshina-director')) },
        body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }),
      });
      expect(res.status).toBe(413);
    });
  });

  describe('GraphQL over HTTP (graphql-http server audit at the gateway, with a token)', () => {
    /**
     * The SHOULD cases we answer differently, on purpose (README "GraphQL over HTTP"): a document
     * that does not parse or validate, variables that do not coerce, or an operation over a limit
     * get 400 even when the client accepts only application/json. Apollo Server answers so, a 4xx keeps refused operations out of
     * caches and retries, and no client of ours relies on 200 for them.
     */
    const DECIDED_SHOULD_WARNINGS = [
      'SHOULD use 200 status code on document parsing failure when accepting application/json',
      'SHOULD use 200 status code on document validation failure when accepting application/json',
      'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
    ];

    it('passes every MUST; the SHOULDs it does not follow are the decided ones', async () => {
      const token = await bearer('tateshina-director');
      const results = await auditServer({
        url: gw,
        fetchFn: (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
          fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers).entries()), ...token } }),
      });
      const must = results.filter((r) => r.name.startsWith('MUST'));
      expect(must.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
      expect(must.length).toBeGreaterThanOrEqual(13);
      const shouldNot = results
        .filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok')
        .map((r) => r.name)
        .sort();
      expect(shouldNot).toEqual([...DECIDED_SHOULD_WARNINGS].sort());
    }, 60_000);
  });
});
