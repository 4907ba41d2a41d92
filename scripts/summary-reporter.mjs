// Counts the browser tests, every browser's together, and prints each browser's share. With
// PLUGBOARD_SUMMARY_FILE set, writes the counts there for `npm test` to add up with the
// end-to-end tests; otherwise prints the closing line itself.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

const line = (totals) => `${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''}`;

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const empty = () => ({ passed: 0, failed: 0, skipped: 0 });
      const totals = empty();
      const byBrowser = new Map();
      for (const session of sessions) {
        const own = empty();
        if (session.testResults) count(session.testResults, own);
        // A file that failed to load has no results but is a failure all the same.
        if (!session.passed && (!session.testResults || session.errors.length > 0)) own.failed += 1;
        const browser = byBrowser.get(session.browser.name) ?? empty();
        byBrowser.set(session.browser.name, browser);
        for (const key of Object.keys(own)) {
          browser[key] += own[key];
          totals[key] += own[key];
        }
      }
      // Each browser's share, then (here or from `npm test`) the closing line for them all;
      // printed after the default reporter's last frame so they come last.
      const shares = [...byBrowser].map(([browser, own]) => `${browser}: ${line(own)}`).join('\n');
      const file = process.env.PLUGBOARD_SUMMARY_FILE;
      if (file) writeFileSync(file, JSON.stringify(totals));
      setTimeout(() => console.log(file ? `\n${shares}` : `\n${shares}\n\n${line(totals)}`), 0);
    },
  };
}
