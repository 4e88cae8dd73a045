module.exports = {
  displayName: 'e2e',
  preset: '../jest.preset.js',
  testMatch: ['<rootDir>/**/*.e2e.spec.ts'],
  // End-to-end tests talk to a real Keycloak as well as PostgreSQL.
  globalSetup: '<rootDir>/../tools/ci/jest-global-setup.ts',
  globalTeardown: '<rootDir>/../tools/ci/jest-global-teardown.ts',
};
