import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { chosenBrowsers } from './scripts/browsers.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { firefoxLaunchOptions } from './scripts/firefox.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { buildServer } from './scripts/build-server.mjs';
import { styleSourcesPlugin } from './scripts/style-sources.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every test file runs in Chromium and in Firefox, both driven by puppeteer-core (Firefox over
// WebDriver BiDi); PLUGBOARD_BROWSERS=chromium or =firefox runs one of them (scripts/browsers.mjs).
const launchers = {
  chromium: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'chrome', executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  firefox: () => chromeLauncher({ puppeteer, launchOptions: firefoxLaunchOptions() }),
};
const browsers = chosenBrowsers().map((name) => launchers[name]());

// The reference server, on a free port with a throwaway database, for the REST tests.
const { startServer } = await import(await buildServer());
const databaseFolder = mkdtempSync(join(tmpdir(), 'plugboard-test-'));
const referenceServer = await startServer({
  port: 0,
  databasePath: join(databaseFolder, 'test.db'),
  corsOrigin: '*',
  allowTestSessions: true,
});

/** Tells the browser tests where the reference server listens, and stops it with the runner. */
const referenceServerPlugin = {
  name: 'plugboard-reference-server',
  serve(context) {
    if (context.path === '/__plugboard/server') {
      return { body: JSON.stringify({ apiUrl: referenceServer.apiUrl }), type: 'json' };
    }
    return undefined;
  },
  async serverStop() {
    await referenceServer.close();
    rmSync(databaseFolder, { recursive: true, force: true });
  },
};

const json = fromRollup(rollupJson);

// React ships CommonJS only: the React wrapper tests load it through the commonjs plugin, its
// development build chosen as a bundler chooses it (`process.env.NODE_ENV` does not exist here).
const reactPackages = /\/node_modules\/(react|react-dom|scheduler)\//;
const reactDevelopment = {
  name: 'plugboard-react-development',
  transform(context) {
    if (!reactPackages.test(context.path) || typeof context.body !== 'string') return undefined;
    return { body: context.body.replaceAll('process.env.NODE_ENV', '"development"') };
  },
};
const commonjs = fromRollup(rollupCommonjs);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // Locale files are imported as modules; the JSON plugin turns them into JavaScript.
  mimeTypes: { 'src/**/*.json': 'js' },
  plugins: [
    referenceServerPlugin,
    styleSourcesPlugin,
    json({ include: 'src/**/*.json' }),
    reactDevelopment,
    commonjs({
      include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'],
      // Each file is served on its own: requires hoisted, and a CommonJS module's exports as its default.
      strictRequires: false,
      requireReturnsDefault: 'preferred',
    }),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  browsers,
  // One page at a time in each browser (the two browsers run side by side): a background tab
  // of headless Chromium or Firefox is hidden, without focus, and runs no
  // requestAnimationFrame, which fixtures and focus handling wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
};
