export { createTestDatabase, testServerUrl, TEST_SERVER_ENV } from './test-postgres';
export type { TestDatabase } from './test-postgres';
export { gql, postGraphQL } from './graphql-client';
export type { GraphQLResponse } from './graphql-client';
export { recordQueries } from './query-recorder';
export { testKeycloakUrl, testAuthOptions, tokenFor, bearer } from './test-identity';
export { describePermissions, permissionTable, committedRootFields, NO_RULE } from './permission-table';
export { startTestNode } from './test-node';
export type { TestNode, TestNodeOptions } from './test-node';
