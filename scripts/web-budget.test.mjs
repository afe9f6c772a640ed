import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filesOf } from './web-budget.mjs';

const manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    imports: ['_shared'],
    css: ['assets/index-a.css'],
  },
  _shared: { file: 'assets/shared-b.js', imports: ['_deep'] },
  _deep: { file: 'assets/deep-c.js' },
  'src/features/dashboard/index.tsx': {
    file: 'assets/dashboard-d.js',
    imports: ['_shared'],
    dynamicImports: ['src/features/dashboard/Charts.tsx'],
  },
  'src/features/dashboard/Charts.tsx': { file: 'assets/charts-e.js' },
};

test('a first page counts its static imports transitively, once each, with their CSS', () => {
  assert.deepEqual(
    [...filesOf(manifest, ['index.html', 'src/features/dashboard/index.tsx'])].sort(),
    [
      'assets/dashboard-d.js',
      'assets/deep-c.js',
      'assets/index-a.css',
      'assets/index-a.js',
      'assets/shared-b.js',
    ],
  );
});

test('lazy parts (dynamic imports) are not in the first page', () => {
  const files = filesOf(manifest, ['src/features/dashboard/index.tsx']);
  assert.equal(files.has('assets/charts-e.js'), false);
});

test('a page missing from the manifest is an error, not a silent zero', () => {
  assert.throws(() => filesOf(manifest, ['src/gone.tsx']), /not in the build's manifest/);
});
