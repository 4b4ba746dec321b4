/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { validateDataPlugin } from './src/data/vitePlugin'
import { bootShellPlugin } from './src/tools/bootShellPlugin'
import { compressPlugin } from './src/tools/compressPlugin'
import { offlinePlugin } from './src/tools/offlinePlugin'
import { pwaPlugin } from './src/tools/pwaPlugin'
import { r3fCataloguePlugin } from './src/tools/r3fCataloguePlugin'

export default defineConfig({
  plugins: [
    react(),
    validateDataPlugin(),
    bootShellPlugin(),
    offlinePlugin(),
    r3fCataloguePlugin(),
    pwaPlugin(),
    compressPlugin(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  assetsInclude: ['**/*.glb'],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
  },
})
