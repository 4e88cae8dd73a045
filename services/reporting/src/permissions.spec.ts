import { join } from 'node:path';
import { OFFLINE_AUTH } from '@kyodo/auth';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { createServiceApp } from '@kyodo/subgraph';
import { describePermissions } from '@kyodo/testing';
import { ReportingAppModule } from './app.module';

// Built without PostgreSQL or Keycloak: only the resolvers' metadata is read.
describePermissions(
  'reporting',
  () =>
    createServiceApp(
      ReportingAppModule.forRoot({ databaseUrl: OFFLINE_DATABASE_URL, connectToDatabase: false, auth: OFFLINE_AUTH }),
      'error',
    ),
  join(__dirname, '../schema.graphql'),
);
