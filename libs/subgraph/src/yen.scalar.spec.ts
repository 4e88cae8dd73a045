import { buildSchema, graphql, GraphQLObjectType, GraphQLScalarType, GraphQLSchema, GraphQLNonNull } from 'graphql';
import { parseYen, WholeNumberScalar, withYenCoercion, YenScalar } from './yen.scalar';

/** 2^53 + 1: the first integer a JavaScript number cannot hold. */
const PAST_2_53 = 9_007_199_254_740_993n;

describe('Yen scalar', () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        total: { type: new GraphQLNonNull(YenScalar), resolve: () => PAST_2_53 * 2n + 1n },
        double: {
          type: new GraphQLNonNull(YenScalar),
          args: { amount: { type: new GraphQLNonNull(YenScalar) } },
          resolve: (_root, { amount }: { amount: bigint }) => amount * 2n,
        },
      },
    }),
  });

  it('answers a bigint as its exact decimal string in JSON, past 2^53', async () => {
    const res = await graphql({ schema, source: '{ total }' });
    expect(JSON.stringify(res)).toBe('{"data":{"total":"18014398509481987"}}');
  });

  it('takes a decimal string as a bigint, exactly, as a variable or a literal', async () => {
    const asVariable = await graphql({
      schema,
      source: 'query ($a: Yen!) { double(amount: $a) }',
      variableValues: { a: '9007199254740993' },
    });
    expect(asVariable.data).toEqual({ double: '18014398509481986' });
    const asLiteral = await graphql({ schema, source: '{ double(amount: "-9007199254740993") }' });
    expect(asLiteral.data).toEqual({ double: '-18014398509481986' });
    expect((await graphql({ schema, source: '{ double(amount: 1200) }' })).data).toEqual({ double: '2400' });
  });

  it('refuses what is not whole yen, and numbers that may already have lost digits', async () => {
    for (const bad of ['1.5', '1e3', ' 12', '012', '', '¥100', Number('9007199254740993'), 1.5]) {
      const res = await graphql({ schema, source: 'query ($a: Yen!) { double(amount: $a) }', variableValues: { a: bad } });
      expect([bad, res.errors?.[0].message]).toEqual([bad, expect.stringMatching(/Yen is a whole number of yen/)]);
      expect(res.data).toBeUndefined();
    }
    expect((await graphql({ schema, source: '{ double(amount: 9007199254740993) }' })).data).toEqual({ double: '18014398509481986' });
  });

  it('parses another node’s answer exactly', () => {
    expect(parseYen('9007199254740993')).toBe(PAST_2_53);
    expect(() => parseYen('9007199254740993.0')).toThrow();
  });

  it('has a WholeNumber twin for values of mixed units, coded the same and naming itself when it refuses', () => {
    expect(WholeNumberScalar.serialize(PAST_2_53)).toBe('9007199254740993');
    expect(WholeNumberScalar.parseValue('-9007199254740993')).toBe(-PAST_2_53);
    expect(() => WholeNumberScalar.parseValue(Number('9007199254740993'))).toThrow(/WholeNumber is a whole number/);
    expect(() => WholeNumberScalar.parseValue('1.5')).toThrow(/WholeNumber is a whole number/);
  });
});

describe('withYenCoercion', () => {
  it('gives a rebuilt schema’s Yen the scalar’s coercion, and leaves a schema without Yen alone', () => {
    const rebuilt = buildSchema('scalar Yen type Query { a: Yen }');
    const yen = withYenCoercion(rebuilt).getType('Yen') as GraphQLScalarType;
    expect(yen.serialize(9_007_199_254_740_993n)).toBe('9007199254740993');
    expect(yen.parseValue('9007199254740993')).toBe(9_007_199_254_740_993n);
    expect(() => yen.parseValue(1.5)).toThrow(/whole number/);
    const whole = withYenCoercion(buildSchema('scalar WholeNumber type Query { a: WholeNumber }')).getType(
      'WholeNumber',
    ) as GraphQLScalarType;
    expect(whole.serialize(-9_007_199_254_740_993n)).toBe('-9007199254740993');
    const plain = buildSchema('type Query { a: Int }');
    expect(withYenCoercion(plain)).toBe(plain);
  });
});
