/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The console is served by the gateway at http://localhost:8080/ and talks only to it: its API and its
// /config.json (where to sign in). `npm run dev` (and `npm run preview`) serve it on their own port and
// forward both, the SSE feed included, to the gateway. The console signs in by itself; the provider
// knows http://localhost:5173/callback as a redirect URI of the development server.
declare const process: { env: Record<string, string | undefined> };
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';

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
      '/api': { target: gateway, changeOrigin: true },
      '/config.json': { target: gateway, changeOrigin: true },
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
