module.exports = {
  displayName: 'keycloak',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/../ci/jest-global-setup.ts',
  globalTeardown: '<rootDir>/../ci/jest-global-teardown.ts',
};
