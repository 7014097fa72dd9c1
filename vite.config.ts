/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath } from 'node:url'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // Heavy libraries (PDF, XLSX, charts) are dynamic imports; they may exceed Vite's default warning.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    // e2e specs live in tests/e2e and run under Playwright only.
    include: ['tests/{unit,integration,components}/**/*.spec.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
  },
})
