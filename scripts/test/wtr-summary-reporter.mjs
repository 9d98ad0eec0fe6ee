// SPDX-License-Identifier: EUPL-1.2
// Web Test Runner's own summary is a progress bar; CI reads plain lines: one per browser
// (`Firefox: N passed, N failed`) and a closing total (`N passed, N failed`).
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

/** `N passed, N failed[, N skipped]` */
export function formatCounts({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

/**
 * Prints a line per browser and the total once the run ends. With WTR_SUMMARY_FILE set it also
 * writes the counts there as JSON (scripts/test/wtr-engines.mjs adds up several runs that way).
 */
export function summaryReporter({ label = '', file = process.env.WTR_SUMMARY_FILE } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!perBrowser.has(name)) perBrowser.set(name, { passed: 0, failed: 0, skipped: 0 });
        const totals = perBrowser.get(name);
        const failedBefore = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load, or did not finish in time, may have no failed test (or no
        // results at all) but must not read as green.
        if (!session.passed && totals.failed === failedBefore) totals.failed++;
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const [name, totals] of perBrowser) {
        console.log(`${name}: ${formatCounts(totals)}`);
        for (const key of Object.keys(total)) total[key] += totals[key];
      }
      console.log(`${label ? `${label}: ` : ''}${formatCounts(total)}`);
      if (file) writeFileSync(file, JSON.stringify({ browsers: Object.fromEntries(perBrowser), total }));
    },
  };
}
