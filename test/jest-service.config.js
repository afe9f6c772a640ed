/**
 * Service tier: use cases called directly (no HTTP) against the real PostgreSQL, with the same
 * per-run database and services as the end-to-end tests (global-setup.js).
 * @type {import('jest').Config}
 */
const e2e = require('./jest-e2e.config.js');

module.exports = {
  ...e2e,
  roots: ['<rootDir>/test/service'],
  testRegex: '.*\\.service-spec\\.ts$',
};
