import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from './domain.error';

interface HttpLikeError {
  getStatus(): number;
  getResponse(): unknown;
}

function isHttpLike(error: unknown): error is HttpLikeError {
  return typeof (error as HttpLikeError)?.getStatus === 'function';
}

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

/**
 * PostgreSQL refused a value (SQLSTATE class 22, data exception: a NUL byte, a date out of
 * range, an unparsable uuid) or a check constraint (23514): the input could not be stored and
 * the statement wrote nothing. The field validators refuse such input first; this is the last line.
 */
function isUnstorableInput(error: unknown): boolean {
  const source = (error as { driverError?: { code?: unknown } } | null)?.driverError;
  const code = typeof source?.code === 'string' ? source.code : undefined;
  return code !== undefined && (code.startsWith('22') || code === '23514');
}

/**
 * Maps what resolvers throw to GraphQL errors with a stable `extensions.code`: our domain
 * errors keep their code; Nest's HTTP exceptions (validation pipe, guards) map by status;
 * anything else becomes INTERNAL_SERVER_ERROR without leaking its message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.details ? { details: original.details } : {}) },
    };
  }
  if (isHttpLike(original)) {
    const status = original.getStatus();
    const response = original.getResponse() as { message?: string | string[] } | string;
    const messages = typeof response === 'string' ? [response] : ([] as string[]).concat(response.message ?? formatted.message);
    return {
      message: messages.join('; '),
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: HTTP_CODES[status] ?? 'INTERNAL_SERVER_ERROR', ...(status === 400 ? { details: { messages } } : {}) },
    };
  }
  if (isUnstorableInput(original)) {
    return {
      message: 'The input cannot be stored: a value is out of range or of the wrong form.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
