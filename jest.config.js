/**
 * Unit tests: `*.spec.ts` beside the code. NestJS 12 and meilisearch ship ESM only, and Jest
 * cannot require ESM on Node 20, so swc transpiles those packages to CommonJS too.
 * @type {import('jest').Config}
 */
const ESM_PACKAGES = [
  '@nestjs',
  'meilisearch',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
  '@standard-schema',
];

module.exports = {
  moduleFileExtensions: ['js', 'json', 'ts'],
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testRegex: '.*\\.spec\\.ts$',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2023',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper: {
    '^@app/testing$': '<rootDir>/test/support',
    '^@app/([^/]+)$': '<rootDir>/libs/$1/src',
  },
  testEnvironment: 'node',
};
