/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The console is served by the gateway at http://localhost:8080/ and talks only to its API.
// `npm run dev` (and `npm run preview`) serve it on their own port and forward /api, the SSE feed
// included, to the gateway. Until sign-in exists in the console, a developer can have the proxy add a
// token to every API call: GATEWAY_TOKEN=$(../token xa.nhonbinh) npm run dev
declare const process: { env: Record<string, string | undefined> };
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';
const token = process.env.GATEWAY_TOKEN;

export default defineConfig({
  base: '/',
  esbuild: {
    jsx: 'automatic',
    jsxImportSource: 'preact',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': {
        target: gateway,
        changeOrigin: true,
        headers: token ? { Authorization: `Bearer ${token}` } : undefined,
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    watch: false,
    reporters: ['default'],
  },
});
