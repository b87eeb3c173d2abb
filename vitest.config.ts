import { defineConfig } from 'vitest/config'

export default defineConfig({
  // src/core/re2-engine.cts is CommonJS TypeScript (a lazy require); vite leaves .cts out by default.
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'threads',
    globalSetup: ['test/helpers/temp-root.ts'],
    setupFiles: ['test/helpers/use-temp-root.ts', 'test/helpers/fast-check-seed.ts'],
  },
})
