import rollupJson from '@rollup/plugin-json';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const json = fromRollup(rollupJson);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // Locale files are imported as modules; the JSON plugin turns them into JavaScript.
  mimeTypes: { 'src/**/*.json': 'js' },
  plugins: [json({ include: 'src/**/*.json' }), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  // One page at a time: a background tab of headless Chromium never runs
  // requestAnimationFrame, which fixtures and focus handling wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
};
