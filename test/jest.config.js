module.exports = {
  displayName: 'e2e',
  preset: '../jest.preset.js',
  testMatch: ['<rootDir>/**/*.e2e.spec.ts'],
  testTimeout: 120_000,
};
