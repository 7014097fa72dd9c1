// ESLint flat config: TypeScript + Vue, and the architecture rule that keeps the domain core pure.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

const FRAMEWORK_IMPORTS = ['vue', 'vue-*', 'pinia', 'dexie', 'i18next', 'i18next-*', 'primevue', 'primevue/*', '@/db/*', '@/stores/*', '@/components/*', '@/i18n/*']

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser }, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      // Every visible string goes through i18next.
      'vue/no-bare-strings-in-template': ['error', { allowlist: ['€', '%', '×', '−', '+', '=', '—', '·', '/', '(', ')', ':', '…', '|', '*', '→', '←', '↑', '↓'] }],
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    // The domain core is pure TypeScript: no framework, storage, i18n, DOM or wall clock.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: FRAMEWORK_IMPORTS, message: 'src/domain must stay pure: no Vue, Pinia, Dexie, i18next or UI import.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'fetch'],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No wall clock in the domain: pass dates in.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No wall clock in the domain: pass dates in.' },
      ],
    },
  },
  {
    // What the home page and the first start load takes single domain modules (`@/domain/calendar`):
    // a value import of the `@/domain` barrel would pull the whole domain into the first-load budget.
    files: ['src/seed/**/*.ts', 'src/workers/**/*.ts', 'src/db/workspaces.ts', 'src/db/transfer.ts', 'src/db/seed-company.ts',
      'src/App.vue', 'src/pages/HomePage.vue', 'src/components/{clock,layout,workspace}/**/*.vue', 'src/stores/{workspace,clock}.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{
        name: '@/domain', allowTypeImports: true,
        message: 'First-load code imports the single domain module it needs (e.g. @/domain/calendar), not the barrel.',
      }] }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'vue/one-component-per-file': 'off' },
  },
)
