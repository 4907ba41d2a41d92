// `npm test`: installs the browser if it is missing, then type-checks, lints and runs the
// browser tests. Arguments are passed to the test runner (e.g. `--files test/i18n.test.ts`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

function ensureChromium() {
  if (existsSync(chromiumPath())) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("Chromium is missing: installing Debian's chromium package…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
    if (update.status === 0 && install.status === 0 && existsSync(chromiumPath())) return;
  }
  console.error(
    `No Chromium at ${chromiumPath()}. Install it with \`sudo apt-get install chromium\` ` +
      '(Debian/Ubuntu) or point CHROME_PATH at a Chromium or Chrome binary, then run `npm test` again.',
  );
  process.exit(1);
}

ensureChromium();
const testArgs = process.argv.slice(2);
if (testArgs.length === 0) {
  for (const [name, args] of [
    ['typecheck', ['run', 'typecheck']],
    ['lint', ['run', 'lint']],
  ]) {
    console.log(`\n> ${name}`);
    if (run('npm', args) !== 0) {
      console.error(`\n${name} failed.\n0 passed, 1 failed`);
      process.exit(1);
    }
  }
}
console.log('\n> browser tests');
process.exit(run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...testArgs]));
