import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Playwright's *.spec.ts files under tests/e2e are not Vitest's.
    include: ['main/**/*.test.ts', 'common/**/*.test.ts', 'renderer/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // The interface's messages (renderer/src/i18n), set up once as main.tsx does in the app.
    setupFiles: ['renderer/src/i18n/test-setup.ts'],
    testTimeout: 20_000
  }
})
