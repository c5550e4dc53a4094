// Flat ESLint config (kept in scripts/ because the repository's top level is fixed).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['action/dist/**', 'action/src/**/generated/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: new URL('..', import.meta.url).pathname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off',
      // The bundles replace these two parts of @actions/core (imported as `core`) with stand-ins
      // (scripts/build-trim.mjs).
      'no-restricted-properties': [
        'error',
        ...['getIDToken', 'platform'].map((property) => ({ object: 'core', property, message: 'not in the bundles: see scripts/build-trim.mjs' })),
      ],
    },
  },
  {
    // node:test's describe/it return promises the runner tracks itself; awaiting them is not the idiom.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
