// ESLint flat config: typescript-eslint + react-hooks, plus import boundaries that keep the layers honest
// (data → domain → state → scene/ui → app; see ../shared/STYLE.md §3).
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const noReactThreeZustand = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'Keep this layer free of React.' },
  { group: ['three', 'three/*', '@react-three/*'], message: 'Keep this layer free of three.js.' },
  { group: ['zustand', 'zustand/*'], message: 'Keep this layer free of zustand.' },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'test-results-*',
      'playwright-report',
      'data/schema',
      '.cache',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/data/**', 'src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: noReactThreeZustand }] },
  },
  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noReactThreeZustand.slice(0, 2),
            { group: ['@/scene/*', '@/ui/*', '@/app/*'], message: 'State must not import views.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['three', 'three/*', '@react-three/*'], message: 'DOM panels never import three.js.' },
            { group: ['@/scene/*', '@/model/*'], message: 'DOM panels never import the 3D scene.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/modelgen/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@react-three/*'], message: 'The generator runs in Node.' },
          ],
        },
      ],
    },
  },
)
