// `npm test` runs every project in one jest run so the totals cover the whole repository.
module.exports = {
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/services/*/jest.config.js',
    '<rootDir>/tools/*/jest.config.js',
    '<rootDir>/test/jest.config.js',
  ],
};
