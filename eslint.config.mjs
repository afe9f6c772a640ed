// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';

const CONTEXT_BOUNDARIES = [
  { group: ['@app/*/*'], message: 'Import a context through its public index (@app/<context>).' },
  { group: ['**/libs/*/src/**'], message: 'Use the @app/<context> alias.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      '**/*.js',
      '**/*.mjs',
      // Generated from openapi.json by `npm run web:api` (checked for drift by `npm test`).
      'apps/web/src/api/schema.d.ts',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { typescript: false, node: true } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Bounded contexts talk through each other's public index.ts only.
      'no-restricted-imports': ['error', { patterns: [...CONTEXT_BOUNDARIES] }],
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...CONTEXT_BOUNDARIES,
            { group: ['**/apps/**'], message: 'Libraries must not depend on apps.' },
          ],
        },
      ],
    },
  },
  {
    // The web console runs in the browser: no server contexts, and the access token stays in
    // memory (ADR 0022), never in Web Storage.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@app/*'], message: 'The web console talks to the api over HTTP.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Keep tokens in memory (ADR 0022).' },
        { name: 'sessionStorage', message: 'Keep tokens in memory (ADR 0022).' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'localStorage',
          message: 'Keep tokens in memory (ADR 0022).',
        },
        {
          object: 'window',
          property: 'sessionStorage',
          message: 'Keep tokens in memory (ADR 0022).',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
