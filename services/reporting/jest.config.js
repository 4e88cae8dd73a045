module.exports = {
  displayName: 'reporting',
  preset: '../../jest.preset.js',
  // The node tier: tokens from the local test issuer (no Java), reached through KEYCLOAK_URL.
  globalSetup: '<rootDir>/../../libs/testing/src/oidc/issuer-global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/oidc/issuer-global-teardown.ts',
  setupFiles: ['<rootDir>/../../libs/testing/src/oidc/use-test-issuer.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
