// SPDX-License-Identifier: EUPL-1.2
// `npx wtr` runs the suite in Chromium. `WTR_BROWSERS=firefox` / `webkit` (comma-separated for
// several) picks other engines; `npm run test:engines` starts what WebKit needs and runs them all.
// Every browser comes from a Debian package; we never download one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { minifyTemplates } from './scripts/build/minify-templates.mjs';
import { defaultReporter } from '@web/test-runner';
import { engineCommandsPlugin } from './scripts/test/wtr-commands.mjs';
import { summaryReporter } from './scripts/test/wtr-summary-reporter.mjs';
import { engineLaunchers, selectedEngines } from './scripts/test/wtr-launchers.mjs';
import { testServerMiddleware } from './test/helpers/server.mjs';
import { leafletTrustedTypesDevServer } from './scripts/build/leaflet-trusted-types.mjs';

const engines = selectedEngines();

// A driver command that fails outside any test (the WebDriver launcher does not await its page
// navigations) would end Web Test Runner through its uncaught-exception handler, whose message
// waits in a buffered console and is lost with the exit. Say it here, unbuffered; the file's
// session then fails by Web Test Runner's own timeouts and is reported like any failure.
process.on('unhandledRejection', reason => process.stderr.write(`\nUnhandled rejection in Web Test Runner: ${reason?.stack ?? reason}\n`));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // WebDriver runs several files at once only inside iframes of one window, where focus, viewport
  // and mouse coordinates differ from a real page; one top-level page at a time keeps WebKit honest.
  // (Firefox limits itself to one file at a time in its launcher.)
  concurrency: engines.includes('webkit') ? 1 : 2,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Templates minified as in the build (rollup.config.mjs), so tests see what pages get.
    fromRollup(minifyTemplates)(),
    // sendKeys/setViewport in WebKit and Firefox; see docs/browser-support.md
    engineCommandsPlugin(),
    // the same Trusted Types patch of Leaflet as the build (scripts/build/leaflet-trusted-types.mjs)
    leafletTrustedTypesDevServer(),
  ],
  middleware: [testServerMiddleware],
  browsers: await engineLaunchers(engines),
  // WebKit's WebDriver round trips are slow; give every engine the same generous budget.
  testFramework: { config: { timeout: 20000 } },
  // Lit's dev-mode banner is expected in tests, and so is the developer message of a feed that
  // fails on purpose (asserted in test/feed/load-diagnostics.test.ts); anything else is a defect.
  filterBrowserLogs: ({ args }) => !/Lit is in dev mode|^welcome-widgets: the feed /.test(String(args[0] ?? '')),
  reporters: [defaultReporter(), summaryReporter()],
};
