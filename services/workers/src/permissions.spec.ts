import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { OFFLINE_AUTH } from '@kyodo/auth';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { createServiceApp } from '@kyodo/subgraph';
import { describePermissions } from '@kyodo/testing';
import { WorkersAppModule } from './app.module';
import { InMemoryTrainingRecords } from './assignments/in-memory-training-records';

// Built without PostgreSQL or Keycloak: only the resolvers' metadata is read.
describePermissions(
  'workers',
  () =>
    createServiceApp(
      WorkersAppModule.forRoot({
        orgId: 'permissions',
        databaseUrl: OFFLINE_DATABASE_URL,
        connectToDatabase: false,
        auth: OFFLINE_AUTH,
        dataKey: randomBytes(32),
        trainingRecords: new InMemoryTrainingRecords(),
      }),
      'error',
    ),
  join(__dirname, '../schema.graphql'),
);
