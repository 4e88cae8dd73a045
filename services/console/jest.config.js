// Unit tests of the console's logic (formatting, error messages, session): plain functions, no DOM.
module.exports = {
  displayName: 'console',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
