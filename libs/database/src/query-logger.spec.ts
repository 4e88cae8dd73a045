import { Logger } from '@nestjs/common';
import { ParameterFreeQueryLogger } from './query-logger';

describe('ParameterFreeQueryLogger', () => {
  it('logs a failed query by SQLSTATE, constraint and SQL text, never its parameters or PostgreSQL detail', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    try {
      const logger = new ParameterFreeQueryLogger();
      const error = Object.assign(new Error('new row for relation "workers" violates check constraint "workers_phone_check"'), {
        driverError: {
          code: '23514',
          constraint: 'workers_phone_check',
          table: 'workers',
          detail: 'Failing row contains (奈良井, 0263-52-0280).',
        },
      });
      logger.logQuery('SELECT $1', ['奈良井']);
      logger.logQueryError(error, 'INSERT INTO "workers"("family_name", "phone") VALUES ($1, $2)', ['奈良井', '0263-52-0280']);
      logger.logQuerySlow(5_000, 'SELECT * FROM workers WHERE email = $1', ['hanako@example.jp']);
      const lines = warn.mock.calls.map((call) => String(call[0]));
      expect(lines).toEqual([
        'query failed (SQLSTATE 23514, constraint workers_phone_check, table workers): INSERT INTO "workers"("family_name", "phone") VALUES ($1, $2)',
        'slow query (5000 ms): SELECT * FROM workers WHERE email = $1',
      ]);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      logged.mockRestore();
    }
  });
});
