// Lint rules: typescript-eslint's recommended set, plus a few guardrails we rely on.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexComplexity from './scripts/eslint-rules/regex-complexity.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.e2e/**', '.cache/**', 'out/**', '**/*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', require: 'readonly', module: 'readonly', performance: 'readonly', setImmediate: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      eqeqeq: ['error', 'smart'],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Code that reads text from workspaces and the harnesses that feed it huge inputs: a super-linear
    // regular expression here froze the server on hostile text (see the rule's file).
    files: ['server/**', 'client/**', 'test/fuzz/**', 'bench/**'],
    plugins: { local: { rules: { 'regex-complexity': regexComplexity } } },
    rules: { 'local/regex-complexity': 'error' },
  },
);
