import { join } from 'node:path';
import { OFFLINE_AUTH } from '@kyodo/auth';
import { OFFLINE_DATABASE_URL } from '@kyodo/database';
import { describePermissions } from '@kyodo/testing';
import { createConsortiumApp } from './registry/consortium-node';
import { NodeChecker } from './registry/node-checker';

// Built without PostgreSQL or Keycloak: only the resolvers' metadata is read.
describePermissions(
  'consortium',
  () =>
    createConsortiumApp(
      {
        auth: OFFLINE_AUTH,
        databaseUrl: OFFLINE_DATABASE_URL,
        connectToDatabase: false,
        hubSecret: 'offline',
        checker: new NodeChecker({}),
        registry: { seed: {}, checkIntervalMs: 0, refreshIntervalMs: 0 },
      },
      'error',
    ),
  join(__dirname, '../schema.graphql'),
);
