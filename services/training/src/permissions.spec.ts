import { join } from 'node:path';
import { OFFLINE_AUTH } from '@kyodo/auth';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { createServiceApp } from '@kyodo/subgraph';
import { describePermissions } from '@kyodo/testing';
import { TrainingAppModule } from './app.module';
import { gatewayUpstream } from './upstream/training-upstream';

// Built without PostgreSQL or Keycloak: only the resolvers' metadata is read.
describePermissions(
  'training',
  () =>
    createServiceApp(
      TrainingAppModule.forRoot({
        orgId: 'permissions',
        databaseUrl: OFFLINE_DATABASE_URL,
        connectToDatabase: false,
        auth: OFFLINE_AUTH,
        upstream: gatewayUpstream(undefined),
      }),
      'error',
    ),
  join(__dirname, '../schema.graphql'),
);
