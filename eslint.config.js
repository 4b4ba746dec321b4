// ESLint flat config: typescript-eslint + react-hooks, plus the layers of src/ (README, "What is where"): each
// folder imports only from its own layer and the layers listed for it below, whether written `@/x` or `../x`.
import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { layersPlugin } from './src/tools/eslintLayers.mjs'

/**
 * The layers, lowest first: each folder of src/ (or file at its top, without extension) and what it may import
 * besides itself; from outside src/, only the content in data/ and the body in models/. Nothing imports tools or
 * modelgen but tools; scene and ui never import each other.
 */
const LAYERS = {
  /** The colours. */
  look: { paths: ['look'], mayImport: [] },
  // data, domain and state return codes and facts; the views phrase them with the words (i18n).
  data: { paths: ['data'], mayImport: [] },
  /** Geometry and anatomy of the glTF body, on three.js. */
  model: { paths: ['model'], mayImport: ['data'] },
  domain: { paths: ['domain'], mayImport: ['data'] },
  /** The words: a catalogue per language, and the phrasing of the dataset's region keys (labels, sides). */
  i18n: { paths: ['i18n'], mayImport: ['data', 'domain'] },
  state: { paths: ['state'], mayImport: ['data', 'model', 'domain', 'look'] },
  /** The start-up path (boot/index.ts): the scene takes its renderer over; the scene and the app are handed in. */
  boot: { paths: ['boot'], mayImport: ['data', 'model', 'domain', 'state', 'look', 'i18n'] },
  /** The 3D view. */
  scene: { paths: ['scene'], mayImport: ['data', 'model', 'domain', 'state', 'look', 'i18n', 'boot'] },
  /** The DOM panels: no 3D. */
  ui: { paths: ['ui'], mayImport: ['data', 'domain', 'state', 'look', 'i18n'] },
  /** The composition root and the entry script. */
  app: {
    paths: ['app', 'main'],
    mayImport: ['data', 'model', 'domain', 'state', 'look', 'i18n', 'scene', 'boot', 'ui'],
  },
  /** The Node-only body generator (npm run build:model). */
  modelgen: { paths: ['modelgen'], mayImport: ['data', 'model'] },
  /** Build, test and bench scripts; only the Vite, Playwright and ESLint configs and tests import them. */
  tools: { paths: ['tools'], mayImport: ['*'] },
}

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
      // Files the layer test lints as if they were in src/ (tests/tools/layers.test.ts).
      'tests/fixtures/lint',
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
    files: ['src/**'],
    plugins: { layers: layersPlugin },
    rules: {
      'layers/imports': [
        'error',
        {
          src: fileURLToPath(new URL('./src', import.meta.url)),
          layers: LAYERS,
          outside: ['models', 'data'],
        },
      ],
    },
  },
  {
    files: ['src/data/**', 'src/domain/**', 'src/i18n/**', 'src/look/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: noReactThreeZustand }] },
  },
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noReactThreeZustand[0], noReactThreeZustand[2]] }],
    },
  },
  {
    files: ['src/state/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: noReactThreeZustand.slice(0, 2) }] },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['three', 'three/*', '@react-three/*'], message: 'DOM panels never import three.js.' },
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
