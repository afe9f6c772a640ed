import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ensureSystemPackages, missingPackages } from './system-packages.mjs';

/** A fake spawnSync over a set of installed packages, recording the apt calls. */
function fakeDpkg(installed, calls = []) {
  return (command, args) => {
    if (command === 'dpkg-query') {
      const name = args[args.length - 1];
      const ok = installed.has(name);
      return { status: ok ? 0 : 1, stdout: ok ? 'install ok installed' : '' };
    }
    calls.push([command, ...args].join(' '));
    if (args.includes('install'))
      args.filter((a) => !a.startsWith('-')).forEach((a) => installed.add(a));
    return { status: 0, stdout: '', stderr: '' };
  };
}

test('lists only what dpkg does not have', () => {
  const have = new Set(['chromium']);
  assert.deepEqual(
    missingPackages(['chromium', 'poppler-utils'], (n) => have.has(n)),
    ['poppler-utils'],
  );
});

test('calls no apt when everything is installed (idempotent)', () => {
  const calls = [];
  const run = fakeDpkg(new Set(['dpkg', 'chromium', 'fonts-noto-cjk', 'poppler-utils']), calls);
  const result = ensureSystemPackages({ run, log: () => undefined });
  assert.deepEqual(result, { installed: [], missing: [] });
  assert.deepEqual(calls, []);
});

test('installs the missing ones only, after an update', () => {
  const calls = [];
  const run = fakeDpkg(new Set(['dpkg', 'chromium']), calls);
  const result = ensureSystemPackages({ run, log: () => undefined });
  assert.deepEqual(result.installed, ['fonts-noto-cjk', 'poppler-utils']);
  assert.equal(calls.length, 2);
  assert.match(calls[0], /apt-get update -qq$/);
  assert.match(calls[1], /apt-get install -y -qq fonts-noto-cjk poppler-utils$/);
});
