#!/usr/bin/env node
/**
 * Installs the Debian packages the yearly report needs (ADR 0021), when missing — plain Node.
 *
 *   node scripts/system-packages.mjs [--check]
 *
 *   chromium        prints the report's HTML to PDF (playwright-core drives it; no browser download)
 *   fonts-noto-cjk  Chinese glyphs for Chromium and for the charts' PNGs (else empty boxes)
 *   poppler-utils   pdftoppm: the e2e test renders the PDF's pages to images
 *
 * Idempotent and quiet: one line when everything is installed, no apt call. Otherwise
 * `apt-get update` and `apt-get install` (as root, else through sudo -n) of the missing ones;
 * --check only reports. Exit code 1 when a package stays missing.
 *
 * Reusable: `const { ensureSystemPackages } = await import('../scripts/system-packages.mjs')`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPORT_PACKAGES = ['chromium', 'fonts-noto-cjk', 'poppler-utils'];

/** Whether dpkg knows `name` as installed; null when there is no dpkg (not Debian). */
export function isInstalled(name, run = spawnSync) {
  const result = run('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  if (result.error) return null;
  return result.status === 0 && String(result.stdout).endsWith('install ok installed');
}

/** The packages to install: those dpkg does not list as installed. */
export function missingPackages(names, installed = isInstalled) {
  return names.filter((name) => installed(name) === false);
}

function apt(args, run) {
  const asRoot = process.getuid?.() === 0;
  const [command, prefix] = asRoot ? ['apt-get', []] : ['sudo', ['-n', 'apt-get']];
  const result = run(command, [...prefix, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/**
 * Makes sure `names` are installed. Resolves `{ installed, missing }` (names installed now, names
 * still missing); throws when some stay missing and `check` is false.
 */
export function ensureSystemPackages({
  names = REPORT_PACKAGES,
  check = false,
  log = console.log,
  run = spawnSync,
} = {}) {
  if (isInstalled('dpkg', run) === null) {
    log(`system packages: no dpkg here; install ${names.join(', ')} by hand (ADR 0021)`);
    return { installed: [], missing: [] };
  }
  const missing = missingPackages(names, (name) => isInstalled(name, run));
  if (missing.length === 0) {
    log(`system packages: ${names.join(', ')} installed`);
    return { installed: [], missing: [] };
  }
  if (check) {
    log(`system packages: missing ${missing.join(', ')}`);
    return { installed: [], missing };
  }
  log(`system packages: installing ${missing.join(', ')} with apt-get…`);
  const t0 = Date.now();
  const update = apt(['update', '-qq'], run);
  const install = update.ok
    ? apt(['install', '-y', '-qq', ...missing], run)
    : { ok: false, output: update.output };
  const still = missingPackages(missing, (name) => isInstalled(name, run));
  if (!install.ok || still.length > 0) {
    const tail = install.output.split('\n').slice(-5).join('\n    ');
    throw new Error(`system packages: could not install ${still.join(', ')}:\n    ${tail}`);
  }
  log(
    `system packages: installed ${missing.join(', ')} in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  return { installed: missing, missing: [] };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { missing } = ensureSystemPackages({ check: process.argv.includes('--check') });
    process.exitCode = missing.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
