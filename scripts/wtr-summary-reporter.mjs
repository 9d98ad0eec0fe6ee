// SPDX-License-Identifier: EUPL-1.2
// Web Test Runner's own summary is a progress bar; CI reads a plain closing line.

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

/** Prints `N passed, N failed[, N skipped]` once the run ends (per browser when several). */
export function summaryReporter({ label = '' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load has no results but must not read as green.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      console.log(`${label ? `${label}: ` : ''}${totals.passed} passed, ${totals.failed} failed${skipped}`);
    },
  };
}
