module.exports = {
  displayName: 'reporting',
  preset: '../../jest.preset.js',
  globalSetup: '<rootDir>/../../tools/ci/jest-global-setup.ts',
  globalTeardown: '<rootDir>/../../tools/ci/jest-global-teardown.ts',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
