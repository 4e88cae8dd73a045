import { REDACTED, redactForLog } from './redaction';
import { RedactingLogger } from './redacting.logger';

/** What TypeORM throws when PostgreSQL refuses a query: the SQL, its parameters and the driver's error. */
function queryFailedError(): Error {
  const error = new Error('duplicate key value violates unique constraint "workers_email_key"');
  error.name = 'QueryFailedError';
  Object.assign(error, {
    query: 'INSERT INTO "workers"("family_name", "email", "address") VALUES ($1, $2, $3)',
    parameters: ['奈良井', 'hanako.narai@example.jp', '長野県塩尻市大門七番町3-3'],
    driverError: {
      code: '23505',
      constraint: 'workers_email_key',
      table: 'workers',
      detail: 'Key (email)=(hanako.narai@example.jp) already exists.',
    },
    code: '23505',
    detail: 'Key (email)=(hanako.narai@example.jp) already exists.',
  });
  return error;
}

const PERSONAL = ['奈良井', 'hanako.narai@example.jp', '長野県塩尻市'];

describe('redactForLog', () => {
  it('reduces a failed query to its SQLSTATE, constraint, table and SQL text, without parameters or detail', () => {
    const safe = redactForLog(queryFailedError()) as Error & Record<string, unknown>;
    expect(safe).toBeInstanceOf(Error);
    expect(safe).toMatchObject({ name: 'QueryFailedError', code: '23505', constraint: 'workers_email_key', table: 'workers' });
    expect(safe.query).toContain('INSERT INTO "workers"');
    expect(safe.parameters).toBeUndefined();
    expect(safe.detail).toBeUndefined();
    const printed = JSON.stringify({ ...safe, message: safe.message, stack: safe.stack });
    for (const value of PERSONAL) expect(printed).not.toContain(value);
  });

  it('masks a value PostgreSQL quotes in its message', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "奈良井 花子"'), {
      query: 'SELECT 1',
      parameters: ['奈良井 花子'],
    });
    expect((redactForLog(error) as Error).message).toBe(`invalid input syntax for type uuid: "${REDACTED}"`);
  });

  it('replaces listed keys at any depth of an object, an array or an error, and leaves the original alone', () => {
    const original = {
      orgId: 'shiojiri',
      input: { familyName: '奈良井', address: '長野県塩尻市', weeklyAvailability: [{ minutes: 240 }] },
      list: [{ email: 'x@example.jp' }],
    };
    expect(redactForLog(original)).toEqual({
      orgId: 'shiojiri',
      input: { familyName: REDACTED, address: REDACTED, weeklyAvailability: [{ minutes: 240 }] },
      list: [{ email: REDACTED }],
    });
    expect(original.input.familyName).toBe('奈良井');
    const error = Object.assign(new Error('refused'), { variables: { phone: '0263-52-0280' }, cause: { sensitiveNotes: '通院' } });
    const safe = redactForLog(error) as Error & Record<string, unknown>;
    expect(safe.variables).toBe(REDACTED);
    expect(safe.cause).toEqual({ sensitiveNotes: REDACTED });
    expect(safe.message).toBe('refused');
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { id: 1 };
    a.self = a;
    expect(redactForLog(a)).toEqual({ id: 1, self: '[…]' });
  });
});

describe('RedactingLogger', () => {
  it('prints a failed query as Nest would log an unexpected resolver error, without any personal data', () => {
    const written: string[] = [];
    const spies = [process.stdout, process.stderr].map((stream) =>
      jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      }),
    );
    try {
      new RedactingLogger('ExceptionsHandler', { colors: false }).error(queryFailedError());
      new RedactingLogger('Test', { json: true }).error(queryFailedError());
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    const output = written.join('');
    expect(output).toContain('workers_email_key');
    for (const value of PERSONAL) expect(output).not.toContain(value);
  });
});
