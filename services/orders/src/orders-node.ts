import { INestApplication, LogLevel } from '@nestjs/common';
import { runMigrations } from '@kyodo/database';
import { createServiceApp } from '@kyodo/subgraph';
import { OrdersAppModule, OrdersAppOptions } from './app.module';
import { ordersDataSourceOptions } from './data-source';

/** Builds (not yet listening) the orders node of one org. main.ts and the test harness share it. */
export function createOrdersApp(options: OrdersAppOptions, logLevel: LogLevel = 'warn'): Promise<INestApplication> {
  return createServiceApp(OrdersAppModule.forRoot(options), logLevel);
}

export function migrateOrders(databaseUrl: string): Promise<string[]> {
  return runMigrations(ordersDataSourceOptions(databaseUrl));
}
