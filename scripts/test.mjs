// `npm test`: installs the browser if it is missing, type-checks, lints, runs the browser
// tests, the end-to-end tests and the reference server's Node tests, and closes with one
// line: "N passed, N failed".
// Arguments go to the browser test runner alone (e.g. `--files test/i18n.test.ts`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './chromium.mjs';

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', ...options });
}

function ensureChromium() {
  if (existsSync(chromiumPath())) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("Chromium is missing: installing Debian's chromium package…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = run('apt-get', ['update'], { env });
    const install = run('apt-get', ['install', '-y', 'chromium'], { env });
    if (update.status === 0 && install.status === 0 && existsSync(chromiumPath())) return;
  }
  console.error(
    `No Chromium at ${chromiumPath()}. Install it with \`sudo apt-get install chromium\` ` +
      '(Debian/Ubuntu) or point CHROME_PATH at a Chromium or Chrome binary, then run `npm test` again.',
  );
  process.exit(1);
}

function finish(passed, failed) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

ensureChromium();
const testArgs = process.argv.slice(2);
const everything = testArgs.length === 0;
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
