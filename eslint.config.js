// ESLint (flat config): @eslint/js and typescript-eslint recommended over the
// TypeScript sources and tests and the Node scripts. Formatting is Prettier's
// (npm run format); layering is dependency-cruiser's (npm run lint:deps).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The Node globals the .mjs scripts use (there is no `globals` package here). */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'queueMicrotask',
    'performance',
    'structuredClone',
    'fetch',
    'AbortController',
    'TextEncoder',
    'TextDecoder',
  ].map((name) => [name, 'readonly']),
);

/**
 * Type-aware rules (typescript-eslint's recommendedTypeChecked) need the whole type program and
 * triple the run time on a 2-CPU machine, so `npm run lint` leaves them out; STYR_LINT_TYPES=1
 * turns them on for src/ (e.g. `STYR_LINT_TYPES=1 npx eslint src`).
 */
const typeChecked =
  process.env.STYR_LINT_TYPES === '1'
    ? [
        {
          files: ['src/**/*.ts'],
          ignores: ['src/**/*.test.ts'],
          extends: [tseslint.configs.recommendedTypeCheckedOnly],
          languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
        },
      ]
    : [];

export default tseslint.config(
  {
    ignores: ['dist/', 'out/', 'coverage/', 'test-output/', 'node_modules/', 'bench/.work/', 'data/', 'schemas/', 'templates/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...typeChecked,
  {
    files: ['**/*.ts'],
    rules: {
      // `_`-prefixed parameters and variables are unused on purpose (a callback's shape, a rest sibling).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    // The core is pure (what dependency-cruiser cannot see): no process, no clock. A
    // renderer that needs today takes it as an argument.
    files: ['src/core/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core does not touch the process: take what it needs as an argument.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core does not read the clock: take today as an argument.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/core does not read the clock: take today as an argument.' },
      ],
    },
  },
  {
    // Tests may poke at loosely typed values (parsed JSON, spawned output).
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: nodeGlobals },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
