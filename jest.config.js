// `npm test` runs every project in one jest run so the totals cover the whole repository.
module.exports = {
  // In a multi-project run the timeout is a global option: project configs cannot set it.
  testTimeout: 120_000,
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/services/*/jest.config.js',
    '<rootDir>/tools/*/jest.config.js',
    '<rootDir>/test/jest.config.js',
  ],
};
