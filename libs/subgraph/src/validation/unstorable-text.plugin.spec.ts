import { ApolloServer } from '@apollo/server';
import { unstorableTextPlugin } from './unstorable-text.plugin';

const typeDefs = `
  input NoteInput { text: String!, tags: [String!] }
  type Query { echo(text: String): String, echoNote(note: NoteInput!): String }
`;
const resolvers = {
  Query: {
    echo: (_: unknown, { text }: { text: string }) => text,
    echoNote: (_: unknown, { note }: { note: { text: string } }) => note.text,
  },
};

describe('unstorableTextPlugin', () => {
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [unstorableTextPlugin()] });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function run(query: string, variables?: Record<string, unknown>) {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { http: response.http.status, ...response.body.singleResult };
  }

  it('lets ordinary text through, tab and line breaks included', async () => {
    const answer = await run('query($t: String) { echo(text: $t) }', { t: '1行目\n2行目\t😀' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ echo: '1行目\n2行目\t😀' });
  });

  it.each([
    ['a NUL in a variable', 'query($t: String) { echo(text: $t) }', { t: 'a\u0000b' }],
    [
      'an escape character in a nested variable',
      'query($n: NoteInput!) { echoNote(note: $n) }',
      { n: { text: 'ok', tags: ['ok', 'x\u001b[31m'] } },
    ],
    ['a lone surrogate in a variable', 'query($t: String) { echo(text: $t) }', { t: '\ud800' }],
    ['a NUL in a literal argument', 'query { echo(text: "a\\u0000b") }', undefined],
    ['a NUL in a literal inside an input object', 'query { echoNote(note: { text: "\\u0000" }) }', undefined],
  ])('refuses %s with BAD_USER_INPUT before anything resolves', async (_, query, variables) => {
    const answer = await run(query, variables);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.http).toBe(400);
  });

  it('names where the character was, never the value', async () => {
    const answer = await run('query($n: NoteInput!) { echoNote(note: $n) }', { n: { text: '奈良井 花子\u0000' } });
    expect(answer.errors?.[0].message).toContain('variables.n.text');
    expect(answer.errors?.[0].message).not.toContain('奈良井');
  });
});
