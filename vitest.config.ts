import { join } from 'node:path';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * .ci/run sets SAYS_WHO_REPORT_DIR: every vitest run then lists each test by name (so the log
 * shows the Chromium and Firefox tests ran) and writes a JSON report there for the final
 * "N passed, N failed" line. Interactive runs keep vitest's default reporter.
 */
const reportDir = process.env.SAYS_WHO_REPORT_DIR;
type Reporters = NonNullable<NonNullable<ViteUserConfig['test']>['reporters']>;
const reporters: Reporters = reportDir
  ? ['verbose', ['json', { outputFile: join(reportDir, `vitest-${process.pid}-${Date.now()}.json`) }]]
  : ['default'];

// Three tiers: unit (Node, pure engine and logic), dom (happy-dom), e2e (real browsers, built extension).
export default defineConfig({
  plugins: [preact()],
  test: {
    reporters,
    // The card's stylesheet is imported as text (`?inline`): tests get the real CSS, as the build does.
    css: { include: [/src\/page\/card\/card\.css/] },
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'happy-dom', include: ['test/dom/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/e2e-global.ts'],
          // After each file: no network request from the extension in any of its Chromium runs.
          setupFiles: ['test/setup/e2e-privacy.ts'],
          // One browser per file and 2 shared cores: files run one after another.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
