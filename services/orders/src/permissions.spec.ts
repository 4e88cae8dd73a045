import { join } from 'node:path';
import { OFFLINE_AUTH } from '@kyodo/auth';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { createServiceApp } from '@kyodo/subgraph';
import { describePermissions } from '@kyodo/testing';
import { OrdersAppModule } from './app.module';

// Built without PostgreSQL or Keycloak: only the resolvers' metadata is read.
describePermissions(
  'orders',
  () =>
    createServiceApp(
      OrdersAppModule.forRoot({ orgId: 'permissions', databaseUrl: OFFLINE_DATABASE_URL, connectToDatabase: false, auth: OFFLINE_AUTH }),
      'error',
    ),
  join(__dirname, '../schema.graphql'),
);
