// SPDX-License-Identifier: EUPL-1.2
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { testServerMiddleware } from './test/helpers/server.mjs';
import { defaultReporter } from '@web/test-runner';

/** Debian's chromium, or whatever CHROME_PATH names; we never download a browser. */
function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    return execSync('command -v chromium || command -v google-chrome', { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'No Chromium found. Install Debian\'s package (apt-get install -y chromium) or set CHROME_PATH.',
    );
  }
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [testServerMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  // Lit's dev-mode banner is expected in tests; everything else a test logs is a defect.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
