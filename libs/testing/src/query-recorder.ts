import type { DataSource, EntitySubscriberInterface } from 'typeorm';

/**
 * Records every SQL statement a DataSource sends from now on, through TypeORM's public
 * afterQuery subscriber hook (once per statement, whichever repository or query builder sent
 * it), so that tests can count statements for N+1 checks without parsing logs. Clear the
 * returned array (`length = 0`) to start a new count.
 */
export function recordQueries(dataSource: DataSource): string[] {
  const statements: string[] = [];
  const recorder: EntitySubscriberInterface = { afterQuery: (event) => void statements.push(event.query) };
  dataSource.subscribers.push(recorder);
  return statements;
}
