import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

interface PostgresErrorFields {
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  driverError?: PostgresErrorFields;
}

/**
 * TypeORM's logger for every service: it never prints query parameters, which carry workers'
 * personal data, nor PostgreSQL's message or detail, which can quote a value or a whole row.
 * A failed query is logged by its SQLSTATE, the constraint, table and column it names, and the
 * parameterised SQL text; successful queries and migration steps are not logged at all.
 */
export class ParameterFreeQueryLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('TypeORM');

  logQuery(): void {
    // Never: a query log is a log of every parameter.
  }

  logQueryError(error: string | Error, query: string): void {
    const fields: PostgresErrorFields =
      typeof error === 'string' ? {} : ((error as PostgresErrorFields).driverError ?? (error as PostgresErrorFields));
    const where = [
      fields.constraint && `constraint ${fields.constraint}`,
      fields.table && `table ${fields.table}`,
      fields.column && `column ${fields.column}`,
    ]
      .filter(Boolean)
      .join(', ');
    this.logger.warn(`query failed (SQLSTATE ${fields.code ?? 'unknown'}${where ? `, ${where}` : ''}): ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query}`);
  }

  logSchemaBuild(): void {
    // Never runs: schema changes come from migrations only (no synchronize).
  }

  logMigration(): void {
    // The migration runner reports what it applied itself.
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
