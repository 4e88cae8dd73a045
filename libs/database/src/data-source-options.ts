import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { ParameterFreeQueryLogger } from './query-logger';

export interface ServiceDataSourceInput {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Pool size per node; small by default because one machine may run many nodes. */
  poolSize?: number;
}

/**
 * The one shape of TypeORM options every service uses. Schema changes only ever come from
 * migrations: `synchronize` is off and stays off.
 */
export function serviceDataSourceOptions(input: ServiceDataSourceInput): DataSourceOptions {
  return {
    type: 'postgres',
    url: input.url,
    entities: input.entities,
    migrations: input.migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // Whatever TypeORM logs goes through a logger that never prints query parameters.
    logger: new ParameterFreeQueryLogger(),
    extra: { max: input.poolSize ?? 10 },
  };
}

/** For an app built only to print its schema, with `manualInitialization`: never connected. */
export const OFFLINE_DATABASE_URL = 'postgres://offline@127.0.0.1:1/none';
