import { GraphQLError } from 'graphql';
import { formatGraphQLError } from './graphql-error.formatter';

/** A resolver error wrapping what TypeORM throws when PostgreSQL refuses a statement. */
function resolverError(sqlState: string): GraphQLError {
  const failed = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
    driverError: { code: sqlState },
    parameters: ['奈良井\u0000'],
  });
  return new GraphQLError(failed.message, { path: ['registerWorker'], originalError: failed });
}

describe('formatGraphQLError', () => {
  it.each(['22021', '22P02', '22008', '22001', '23514'])(
    'answers a value PostgreSQL refused (SQLSTATE %s) with BAD_USER_INPUT, without its message',
    (sqlState) => {
      const error = resolverError(sqlState);
      const formatted = formatGraphQLError({ message: error.message, path: error.path }, error);
      expect(formatted.extensions?.code).toBe('BAD_USER_INPUT');
      expect(formatted.message).not.toContain('0x00');
    },
  );

  it('keeps any other database failure an INTERNAL_SERVER_ERROR that says nothing', () => {
    const error = resolverError('57P01');
    expect(formatGraphQLError({ message: error.message }, error)).toEqual({
      message: 'Internal server error',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
