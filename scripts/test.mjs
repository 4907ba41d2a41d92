// `npm test`: installs Debian's Chromium and Firefox if they are missing, type-checks, lints,
// runs the browser tests (in both browsers, or those PLUGBOARD_BROWSERS names), the end-to-end
// tests (Chromium) and the reference server's Node tests, and closes with one line:
// "N passed, N failed".
// Arguments go to the browser test runner alone (e.g. `--files test/i18n.test.ts`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chosenBrowsers } from './browsers.mjs';
import { chromiumPath } from './chromium.mjs';
import { firefoxPath } from './firefox.mjs';

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', ...options });
}

// Each browser, where the tests look for it, and its Debian package.
const BROWSERS = {
  chromium: { label: 'Chromium', path: chromiumPath, debianPackage: 'chromium', override: 'CHROME_PATH' },
  firefox: { label: 'Firefox', path: firefoxPath, debianPackage: 'firefox-esr', override: 'FIREFOX_PATH' },
};

function ensureBrowsers(names) {
  const missing = names.filter((name) => !existsSync(BROWSERS[name].path()));
  if (missing.length === 0) return;
  const packages = missing.map((name) => BROWSERS[name].debianPackage);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing Debian's ${packages.join(' and ')} for the browser tests…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = run('apt-get', ['update'], { env });
    const install = update.status === 0 ? run('apt-get', ['install', '-y', ...packages], { env }) : update;
    if (install.status === 0 && missing.every((name) => existsSync(BROWSERS[name].path()))) return;
  }
  for (const name of missing) {
    const { label, path, debianPackage, override } = BROWSERS[name];
    if (existsSync(path())) continue;
    console.error(
      `No ${label} at ${path()}. Install it with \`sudo apt-get install ${debianPackage}\` (Debian/Ubuntu) ` +
        `or point ${override} at a ${label} binary, then run \`npm test\` again.`,
    );
  }
  process.exit(1);
}

function finish(passed, failed) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

const testArgs = process.argv.slice(2);
const everything = testArgs.length === 0;
// The end-to-end tests drive Chromium whichever browsers the browser tests use.
ensureBrowsers([...new Set([...chosenBrowsers(), ...(everything ? ['chromium'] : [])])]);
if (everything) {
  for (const name of ['typecheck', 'lint']) {
    console.log(`\n> ${name}`);
    if (run('npm', ['run', name]).status !== 0) {
      console.error(`\n${name} failed.`);
      finish(0, 1);
    }
  }
}

console.log('\n> browser tests');
const folder = mkdtempSync(join(tmpdir(), 'plugboard-summary-'));
const summaryFile = join(folder, 'browser.json');
const browser = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...testArgs], {
  env: { ...process.env, PLUGBOARD_SUMMARY_FILE: summaryFile },
});
const totals = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 1 };
rmSync(folder, { recursive: true, force: true });
if (browser.status !== 0 && totals.failed === 0) totals.failed = 1;

if (everything) {
  console.log('\n> end-to-end tests');
  // One file at a time: the load test's figures are the server's alone, and no two files
  // bundle the demo into demo/build/ at once.
  const e2e = spawnSync(process.execPath, ['--test', '--test-reporter=tap', '--test-concurrency=1', 'test/manifest/', 'test/e2e/', 'test/server/'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(e2e.stdout);
  process.stderr.write(e2e.stderr);
  const tally = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(e2e.stdout)?.[1] ?? 0);
  totals.passed += tally('pass');
  totals.failed += tally('fail') + (e2e.status !== 0 && tally('fail') === 0 ? 1 : 0);
}
finish(totals.passed, totals.failed);
