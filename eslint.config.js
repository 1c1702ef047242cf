import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

import { builtinModules } from 'node:module'

// The folder rules, also checked by tests/unit/layering.test.ts: common/ runs in both processes,
// so it imports no Node, no electron and nothing from main/ or renderer/; the renderer imports
// nothing from main/ and no Node.
const noNode = ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]
const restrict = (message, folders) => [
  'error',
  {
    paths: noNode.map((name) => ({ name, message })),
    patterns: folders.map((folder) => ({
      group: [`**/${folder}/*`, `**/${folder}`],
      message: `${message} (no imports from ${folder}/)`
    }))
  }
]

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off'
    }
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.{js,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node }
  },
  {
    // The process boundary, also checked by tests/unit/layering.test.ts.
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/index.ts and main/shell/ may import electron.' }] }
      ]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only matters under the React Compiler, which Crossread does not use (TanStack Virtual trips it).
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': restrict(
        'The renderer has no Node: ask main through the API table; shared code is in common/.',
        ['main']
      )
    }
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict('common/ runs in both processes: no Node, no electron.', ['main', 'renderer'])
    }
  }
)
