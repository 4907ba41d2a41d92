// Counts the browser tests. With PLUGBOARD_SUMMARY_FILE set, writes the counts there for
// `npm test` to add up with the end-to-end tests; otherwise prints the closing line itself.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load has no results but is a failure all the same.
        if (!session.passed && (!session.testResults || session.errors.length > 0)) totals.failed += 1;
      }
      const file = process.env.PLUGBOARD_SUMMARY_FILE;
      if (file) {
        writeFileSync(file, JSON.stringify(totals));
        return;
      }
      const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
      // Printed after the default reporter's last frame so it is the final line.
      setTimeout(() => console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`), 0);
    },
  };
}
