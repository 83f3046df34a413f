import { defineConfig } from 'vitest/config';

/** The content review's screenshots (tests/review/shoot.review.ts): run by scripts/review-shoot.mjs, not by `npm test`. */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/review/*.review.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
