import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'bench/.work/**'],
    // End-to-end tests spawn the CLI and git; a loaded CI machine needs headroom.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
