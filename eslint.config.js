import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'demo/data/', 'scripts/smoke/consumers/out/', 'scripts/smoke/.pack/', 'data/', 'collector/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'eval breaks a strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function breaks a strict CSP.' },
        {
          // experimentalDecorators (tsconfig): an `accessor` field's initial value would bypass Lit's setter.
          selector: 'AccessorProperty',
          message: 'Write `@property() name = value` without `accessor`: we compile experimentalDecorators (smaller bundle).',
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Host text is rendered as text.' }, { name: 'lit/directives/style-map.js', message: 'styleMap breaks a strict CSP.' }] },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['lit', 'lit/*', '@lit/*', 'd3-*', 'idb-keyval', '../components/*', '../services/*', '../state/*'], message: 'src/model stays pure.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    ignores: ['test/support/engines.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@web/test-runner-commands',
              importNames: ['emulateMedia'],
              message: 'Tests also run in Firefox: import emulateMedia and itChromium from test/support/engines.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
