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
  // Hooks too: a worker started after many suites first settles their backlog (settleBacklog,
  // up to 100 s), which took over 30 s when a fresh clone ran the suites in another order.
  testTimeout: 120000,
  // No forceExit: every app, queue and connection a suite opens is closed by its owner, so a
  // handle left open shows up as "Jest did not exit" instead of leaking into the next suite.
};
