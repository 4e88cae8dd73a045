import { ApolloServer } from '@apollo/server';
import { buildSchema, parse } from 'graphql';
import {
  ASSUMED_LIST_SIZE,
  countTokens,
  GATEWAY_OPERATION_LIMITS,
  limitRefusal,
  measureOperation,
  operationLimitsPlugin,
  withTokenLimitCode,
} from './operation-limits';

const schema = buildSchema(`
  type Query { orders(first: Int! = 20): OrderPage! courses(first: Int! = 20): CoursePage! }
  type OrderPage { nodes: [Order!]! pageInfo: PageInfo! }
  type PageInfo { hasNextPage: Boolean! }
  type Order { id: ID! tasks: [Task!]! lead: Worker }
  type Task { id: ID! title: String! }
  type Worker { id: ID! orders: OrderPage! }
  type CoursePage { nodes: [Course!]! pageInfo: PageInfo! }
  type Course { code: String! }
`);

const measure = (query: string, variables?: Record<string, unknown>, fanOut = 1) =>
  measureOperation(schema, parse(query), query, variables, undefined, { fieldMultiplier: (c) => (c === 'Query.courses' ? fanOut : 1) });

describe('operation limits', () => {
  it("answers variables that do not coerce as the client's mistake (BAD_USER_INPUT), not an internal error", async () => {
    const server = new ApolloServer({ schema, plugins: [operationLimitsPlugin(GATEWAY_OPERATION_LIMITS)] });
    await server.start();
    try {
      const response = await server.executeOperation({ query: 'query ($n: Int!) { orders(first: $n) { nodes { id } } }', variables: {} });
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      expect(result?.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(response.http.status).toBe(400);
    } finally {
      await server.stop();
    }
  });

  it('counts depth with fragments flattened, aliases, directives and tokens as GraphQL Armor and graphql-js do', () => {
    const m = measure(
      'query { a: orders { nodes { ...F } } b: orders { nodes { id @include(if: true) @skip(if: false) } } } fragment F on Order { lead { orders { nodes { id } } } }',
    );
    expect(m).toMatchObject({ depth: 6, aliases: 2, directives: 2 });
    expect(countTokens('{ a b }')).toBe(4);
  });

  it('counts list sizes from the real `first` value, its default, or an assumed size', () => {
    const q = 'query ($n: Int!) { orders(first: $n) { nodes { id tasks { id title } } } }';
    // orders: 1 + n × nodes; nodes: 1 + 1 × (id 1 + tasks (1 + 10 × 2)) = 23.
    expect(measure(q, { n: 5 }).cost).toBe(1 + 5 * 23);
    expect(measure(q, { n: 100 }).cost).toBe(1 + 100 * 23);
    expect(measure('{ orders { nodes { id } } }').cost).toBe(1 + 20 * 2);
    expect(ASSUMED_LIST_SIZE).toBe(10);
  });

  it('prices a fan-out field times the active members', () => {
    const one = measure('{ courses(first: 10) { nodes { code } } }', {}, 1).cost;
    expect(measure('{ courses(first: 10) { nodes { code } } }', {}, 3).cost).toBe(3 * one);
  });

  it('counts an _entities batch by its representations', () => {
    const sub = buildSchema(
      'scalar _Any union _Entity = Task type Task { id: ID! title: String! } type Query { _entities(representations: [_Any!]!): [_Entity]! }',
    );
    const q = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id title } } }';
    const reps = Array.from({ length: 40 }, (_, i) => ({ __typename: 'Task', id: String(i) }));
    expect(measureOperation(sub, parse(q), q, { r: reps }).cost).toBe(1 + 40 * 2);
  });

  it('refuses the first limit broken, with a code, the limit and what was found', () => {
    const refusal = limitRefusal({ depth: 8, aliases: 0, directives: 0, tokens: 10, cost: 99_999 }, GATEWAY_OPERATION_LIMITS);
    expect(refusal?.extensions).toMatchObject({ code: 'OPERATION_TOO_DEEP', limit: 6, found: 8 });
    expect(limitRefusal({ depth: 6, aliases: 15, directives: 50, tokens: 1000, cost: 10_000 }, GATEWAY_OPERATION_LIMITS)).toBeUndefined();
    expect(limitRefusal({ depth: 1, aliases: 16, directives: 0, cost: 1 }, GATEWAY_OPERATION_LIMITS)?.extensions?.code).toBe(
      'OPERATION_TOO_MANY_ALIASES',
    );
    expect(limitRefusal({ depth: 1, aliases: 0, directives: 51, cost: 1 }, GATEWAY_OPERATION_LIMITS)?.extensions?.code).toBe(
      'OPERATION_TOO_MANY_DIRECTIVES',
    );
    expect(limitRefusal({ depth: 1, aliases: 0, directives: 0, cost: 10_001 }, GATEWAY_OPERATION_LIMITS)?.extensions?.code).toBe(
      'OPERATION_TOO_COSTLY',
    );
  });

  it("gives graphql-js's token limit error its own code", () => {
    let message = '';
    try {
      parse('{ a b c d }', { maxTokens: 3 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(withTokenLimitCode({ message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }).extensions).toMatchObject({
      code: 'OPERATION_TOO_MANY_TOKENS',
      limit: 3,
    });
    expect(
      withTokenLimitCode({ message: 'Syntax Error: Expected Name', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }).extensions?.code,
    ).toBe('GRAPHQL_PARSE_FAILED');
  });
});
