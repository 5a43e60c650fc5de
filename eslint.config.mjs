import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine must replay exactly: no clock, no Math.random, no environment, no I/O, no UI.
// What each layer may import (the engine: only itself and its libraries) is checked by
// dependency-cruiser (.dependency-cruiser.cjs, tests/layers); this block checks what a file uses.
const simPurity = {
  files: ['src/sim/**/*.ts'],
  languageOptions: { globals: {} },
  rules: {
    'no-restricted-globals': [
      'error',
      { name: 'window', message: 'src/sim has no DOM.' },
      { name: 'document', message: 'src/sim has no DOM.' },
      { name: 'localStorage', message: 'src/sim has no storage.' },
      { name: 'process', message: 'src/sim never reads the environment.' },
      { name: 'performance', message: 'src/sim never reads the clock.' },
      { name: 'setTimeout', message: 'src/sim has no timers.' },
      { name: 'setInterval', message: 'src/sim has no timers.' },
      { name: 'fetch', message: 'src/sim does no I/O.' },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'Use the seeded PRNG in the game state.' },
      { object: 'Date', property: 'now', message: 'src/sim never reads the clock.' },
      // Engines differ in the last bit of these; src/sim/math.ts has exact-everywhere versions.
      {
        object: 'Math',
        property: 'exp',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'expm1',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'pow',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'log',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'log10',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'log2',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'log1p',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'sin',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'cos',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'tan',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'asin',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'acos',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'atan',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'atan2',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'sinh',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'cosh',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'tanh',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'asinh',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'acosh',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'atanh',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'cbrt',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
      {
        object: 'Math',
        property: 'hypot',
        message: 'Use src/sim/math.ts (same bits on every JS engine).',
      },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date']", message: 'src/sim never reads the clock.' },
      { selector: "MemberExpression[object.name='console']", message: 'src/sim has no console.' },
      {
        selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
        message: 'Use pow from src/sim/math.ts (same bits on every JS engine).',
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      '.types/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Browser tests wait for conditions, not time, and leave docs/ alone (npm run screenshots).
    files: ['tests/e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitForTimeout']",
          message: 'Wait for what the test needs (expect, a locator), never for a time.',
        },
        {
          selector:
            "CallExpression[callee.property.name='screenshot'] Property[key.name='path'] > Literal[value=/^docs.screenshots/]",
          message:
            'Take docs screenshots with docScreenshot (tests/e2e/helpers/screenshots.ts): npm test never rewrites docs/.',
        },
      ],
    },
  },
  simPurity,
);
