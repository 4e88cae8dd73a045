/**
 * Keys whose values never reach a log: SQL parameters and PostgreSQL's echo of a row (`detail`,
 * `where`), GraphQL variables, credentials, and the personal data of workers and clients.
 * Matched case-insensitively, at any depth of a logged object or error.
 */
export const REDACTED_KEYS: readonly string[] = [
  'parameters',
  'detail',
  'where',
  'variables',
  'representations',
  'password',
  'secret',
  'clientSecret',
  'token',
  'accessToken',
  'refreshToken',
  'authorization',
  'cookie',
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'address',
  'notes',
  'sensitiveNotes',
  'contactName',
  'contactEmail',
  'note',
  'comment',
  'evaluationComment',
];

export const REDACTED = '[REDACTED]';

const redactedKeys = new Set(REDACTED_KEYS.map((key) => key.toLowerCase()));

/** PostgreSQL quotes the offending value in some messages (`invalid input syntax for type uuid: "…"`). */
function maskQuotedValues(message: string): string {
  return message.replace(/"[^"]*"/g, (quoted) => (/^"(UTF8|[a-z_][a-z0-9_]*)"$/.test(quoted) ? quoted : `"${REDACTED}"`));
}

interface QueryFailure {
  query?: unknown;
  parameters?: unknown;
  driverError?: { code?: string; constraint?: string; table?: string; column?: string };
}

function isQueryFailure(error: Error): error is Error & QueryFailure {
  return 'driverError' in error || ('query' in error && 'parameters' in error);
}

/**
 * A failed query as it may be logged: PostgreSQL's message with quoted values masked, its
 * SQLSTATE and the constraint, table and column it names, and the SQL text without parameters.
 */
function safeQueryFailure(error: Error & QueryFailure): Error {
  const driver = error.driverError ?? {};
  const safe = new Error(maskQuotedValues(error.message));
  safe.name = error.name;
  const firstLine = `${error.name}: ${error.message}`;
  safe.stack = error.stack?.startsWith(firstLine)
    ? `${safe.name}: ${safe.message}${error.stack.slice(firstLine.length)}`
    : `${safe.name}: ${safe.message}`;
  Object.assign(safe, {
    code: driver.code,
    constraint: driver.constraint,
    table: driver.table,
    column: driver.column,
    query: typeof error.query === 'string' ? error.query : undefined,
  });
  return safe;
}

/** `value` with every REDACTED_KEYS value replaced, failed queries reduced to what is safe; the original is untouched. */
export function redactForLog(value: unknown, seen: WeakSet<object> = new WeakSet(), depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value) || depth > 8) return '[…]';
  seen.add(value);
  if (value instanceof Error) {
    if (isQueryFailure(value)) return safeQueryFailure(value);
    const copy = new Error(value.message);
    copy.name = value.name;
    copy.stack = value.stack;
    for (const [key, item] of Object.entries(value)) {
      if (key === 'name' || key === 'message' || key === 'stack' || key === 'cause') continue;
      (copy as unknown as Record<string, unknown>)[key] = redactedKeys.has(key.toLowerCase())
        ? REDACTED
        : redactForLog(item, seen, depth + 1);
    }
    if (value.cause !== undefined) copy.cause = redactForLog(value.cause, seen, depth + 1);
    return copy;
  }
  if (Array.isArray(value)) return value.map((item) => redactForLog(item, seen, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, redactedKeys.has(key.toLowerCase()) ? REDACTED : redactForLog(item, seen, depth + 1)]),
  );
}
