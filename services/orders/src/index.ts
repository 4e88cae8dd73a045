// The orders service's public entry for tools and end-to-end tests (never for other services).
export { createOrdersApp, migrateOrders } from './orders-node';
export type { OrdersAppOptions } from './app.module';
export { OrdersAppModule } from './app.module';
