/**
 * Browser tests (ADR 0022): the api serving the built web console, driven by Debian's Chromium
 * through playwright-core. Same services and per-run database as the end-to-end tests.
 * @type {import('jest').Config}
 */
const e2e = require('./jest-e2e.config.js');

module.exports = {
  ...e2e,
  testRegex: '.*\\.browser-spec\\.ts$',
  testTimeout: 120000,
};
