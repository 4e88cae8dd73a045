import { DataSource, DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@kyodo/database';
import { WorkerEntity } from './workers/worker.entity';
import { Initial1763683200000 } from './migrations/1763683200000-initial';

/** The workers node's database: used by Nest (app.module) and by the TypeORM CLI (default export). */
export function workersDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [WorkerEntity],
    migrations: [Initial1763683200000],
  });
}

export default new DataSource(workersDataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kyodo_dev_workers'));
