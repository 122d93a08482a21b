import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The rooms' import rules (design.md): shared/ is pure, the renderer never
// touches Electron, the main process never reaches into the renderer.
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'dist-web', 'release', '.bench', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      ['react', 'react-*', '@xyflow/*', 'zustand*', 'dexie*', 'electron', 'electron/*', 'node:*', '**/renderer/**', '**/electron/**'],
      'shared/ is pure TypeScript: no React, Dexie, Electron, Node or DOM.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(['electron', 'electron/*', 'node:*', '**/electron/**'], 'The renderer reaches the desktop only through the Platform interface.'),
    },
  },
  {
    // Tests assert what they just built; a failed `!` fails the test loudly, which is what we want.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    rules: forbid(['**/renderer/**', 'react', 'react-*'], 'The main process does not import the renderer.'),
  },
);
