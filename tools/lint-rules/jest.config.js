module.exports = {
  displayName: 'lint-rules',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/*.spec.ts'],
};
