module.exports = {
  displayName: 'consortium-tools',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
