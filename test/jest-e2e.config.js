/**
 * End-to-end tests: the real api and worker against real PostgreSQL, Redis and Meilisearch.
 * Each run gets its own database and Redis key prefix (see global-setup.js).
 * @type {import('jest').Config}
 */
const base = require('../jest.config.js');

module.exports = {
  ...base,
  rootDir: '..',
  roots: ['<rootDir>/test'],
  testRegex: '.*\\.e2e-spec\\.ts$',
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  testTimeout: 30000,
  // The Redis-restart suite kills a Redis of its own; a couple of ioredis clients inside BullMQ
  // keep a reconnect timer after the apps are closed, which would keep Jest (and CI) waiting.
  forceExit: true,
};
