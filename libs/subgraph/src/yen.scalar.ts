import { GraphQLError, GraphQLScalarType, GraphQLSchema, isScalarType, Kind, ValueNode } from 'graphql';

/** Whole yen, optionally negative (credit notes, adjustments): digits only, no sign but minus, no leading zeros. */
const YEN_DIGITS = /^-?(0|[1-9][0-9]*)$/;
const YEN = 'Yen is a whole number of yen';
const WHOLE = 'WholeNumber is a whole number';

function fromString(value: string, what = YEN): bigint {
  if (!YEN_DIGITS.test(value))
    throw new GraphQLError(`${what} as a decimal string, e.g. "1200", not ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return BigInt(value);
}

function toBigInt(value: unknown, what = YEN): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string') return fromString(value, what);
  // A number is taken only while it is exact: past 2^53 it may already have lost its last digits.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  throw new GraphQLError(`${what} as a decimal string, not ${typeof value === 'number' ? value : typeof value}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * `Yen`: an amount in whole yen. A decimal string in JSON (JSON numbers lose digits past 2^53 in
 * most clients, and GraphQL Int stops at 2^31), a bigint in code. Written by hand rather than
 * taken from graphql-scalars: its BigInt serialises to a JSON number (or patches
 * BigInt.prototype.toJSON for the whole process), the opposite of what clients need here.
 */
export const YenScalar = new GraphQLScalarType<bigint, string>({
  name: 'Yen',
  description: 'An amount in whole yen (integer, may be negative for credits), as a decimal string in JSON, e.g. "9007199254740993".',
  serialize: (value) => toBigInt(value).toString(),
  parseValue: (value) => toBigInt(value),
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind === Kind.STRING) return fromString(ast.value);
    if (ast.kind === Kind.INT) return toBigInt(Number.isSafeInteger(Number(ast.value)) ? Number(ast.value) : ast.value);
    throw new GraphQLError('Yen is a whole number of yen as a decimal string', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

/** Yen as the API carries it, for code that reads another node's answer: a decimal string into a bigint. */
export function parseYen(value: string): bigint {
  return fromString(value);
}

/**
/**
 * `WholeNumber`: an exact whole number in a unit the field names (yen, people, minutes), coded
 * like Yen. For values of mixed units, such as a KPI's target, where one of them can be money
 * past 2^53 but calling a head count Yen would mislead.
 */
export const WholeNumberScalar = new GraphQLScalarType<bigint, string>({
  name: 'WholeNumber',
  description: 'An exact whole number (may be negative) in the unit the field names, as a decimal string in JSON, e.g. "9007199254740993".',
  serialize: (value) => toBigInt(value, WHOLE).toString(),
  parseValue: (value) => toBigInt(value, WHOLE),
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind === Kind.STRING) return fromString(ast.value, WHOLE);
    if (ast.kind === Kind.INT) return toBigInt(Number.isSafeInteger(Number(ast.value)) ? Number(ast.value) : ast.value, WHOLE);
    throw new GraphQLError('WholeNumber is a whole number as a decimal string', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

/**
 * Gives a schema's `Yen` and `WholeNumber` types (where it has them) the coercion of their
 * scalars. Nest's federation driver rebuilds a code-first schema from printed SDL, which keeps a
 * scalar's name but not its functions.
 */
export function withYenCoercion(schema: GraphQLSchema): GraphQLSchema {
  for (const scalar of [YenScalar, WholeNumberScalar]) {
    const type = schema.getType(scalar.name);
    if (type && isScalarType(type) && type !== scalar) {
      type.serialize = scalar.serialize;
      type.parseValue = scalar.parseValue;
      type.parseLiteral = scalar.parseLiteral;
    }
  }
  return schema;
}
