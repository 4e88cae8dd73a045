import { DataSource, DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@kyodo/database';
import { ClientEntity } from './clients/client.entity';
import { OrderEntity } from './orders/order.entity';
import { Initial1763683200000 } from './migrations/1763683200000-initial';

/** The orders node's database: used by Nest (app.module) and by the TypeORM CLI (default export). */
export function ordersDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [ClientEntity, OrderEntity],
    migrations: [Initial1763683200000],
  });
}

export default new DataSource(ordersDataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kyodo_dev_orders'));
