import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { AuthContext } from './auth-context';
import { federationAuthPlugin, federationFieldIn } from './federation-auth.plugin';
import { Role } from './role';

/** A subgraph with one entity whose reference answers a secret: what `_entities` must not hand out. */
const schema = buildSubgraphSchema({
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query { ping: String }
    type Thing @key(fields: "id") { id: ID! secret: String }
  `),
  resolvers: {
    Query: { ping: () => 'pong' },
    Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, secret: 'contract dates' }) },
  },
});

const caller: AuthContext = {
  userId: 'u',
  username: 'tateshina-director',
  orgId: 'tateshina',
  roles: [Role.Director],
  serviceClient: null,
  token: 't',
};
const REPS = { r: [{ __typename: 'Thing', id: '1' }] };

/** Every shape an attacker may wrap `_entities` or `_service` in; the was a fragment spread. */
const HIDDEN: Record<string, string> = {
  'top level': `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { secret } } }`,
  alias: `query ($r: [_Any!]!) { x: _entities(representations: $r) { ... on Thing { secret } } }`,
  'fragment spread': `query ($r: [_Any!]!) { ...E } fragment E on Query { _entities(representations: $r) { ... on Thing { secret } } }`,
  'inline fragment': `query ($r: [_Any!]!) { ... on Query { _entities(representations: $r) { ... on Thing { secret } } } }`,
  'untyped inline fragment': `query ($r: [_Any!]!) { ... { _entities(representations: $r) { ... on Thing { secret } } } }`,
  'spread in inline fragment in spread': `query ($r: [_Any!]!) { ...A } fragment A on Query { ... on Query { ...B } } fragment B on Query { y: _entities(representations: $r) { ... on Thing { secret } } }`,
  'only __typename': `query ($r: [_Any!]!) { ...E } fragment E on Query { _entities(representations: $r) { __typename } }`,
  'behind @include': `query ($r: [_Any!]!, $yes: Boolean = true) { ... @include(if: $yes) { _entities(representations: $r) { ... on Thing { secret } } } }`,
  '_service in a fragment': `query { ...S } fragment S on Query { _service { sdl } }`,
};

describe('federationFieldIn', () => {
  it.each(Object.entries(HIDDEN))('finds the federation field at %s', (_shape, query) => {
    expect(federationFieldIn(parse(query))).toMatch(/^_(entities|service)$/);
  });

  it('finds none in an operation of ordinary fields, aliased or not', () => {
    expect(federationFieldIn(parse(`query { ping entities: ping ...P } fragment P on Query { service: __typename }`))).toBeUndefined();
  });
});

describe('federationAuthPlugin', () => {
  const server = new ApolloServer<{ req: { auth?: AuthContext } }>({
    schema,
    plugins: [ApolloServerPluginInlineTraceDisabled(), federationAuthPlugin()],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = async (query: string, auth?: AuthContext) => {
    const res = await server.executeOperation({ query, variables: REPS }, { contextValue: { req: { auth } } });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { status: res.http.status, ...res.body.singleResult };
  };

  it.each(Object.entries(HIDDEN))('refuses a caller without a token at %s, answering nothing', async (_shape, query) => {
    const res = await run(query);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(res.data).toBeUndefined();
    expect(res.status).toBe(401);
  });

  it('lets a verified caller through (each reference then applies its own rule)', async () => {
    const res = await run(HIDDEN['fragment spread'], caller);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ _entities: [{ secret: 'contract dates' }] });
  });

  it('leaves operations without federation fields to the guard', async () => {
    const res = await run(`query { ping }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ ping: 'pong' });
  });
});
