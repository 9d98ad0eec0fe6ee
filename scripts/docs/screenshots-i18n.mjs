#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Screenshots for docs/i18n.md: the finder of the partner demo page at 360 px in Arabic, Farsi,
 * Ukrainian and Easy German (`?welcome-lang=`), and the translation review page. Needs
 * `npm run build` first. Serves the demo (strict CSP, as `npm start`) on a free port, prints any
 * console error or CSP violation, and writes docs/screenshots/i18n-*.png; look at them.
 *
 *   node scripts/docs/screenshots-i18n.mjs [ar fa uk de-x-ls]
 */
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import config from '../../web-dev-server.config.mjs';

const locales = process.argv.slice(2).length ? process.argv.slice(2) : ['ar', 'fa', 'uk', 'de-x-ls'];
const out = name => new URL(`../../docs/screenshots/${name}`, import.meta.url).pathname;
const port = await new Promise(resolve => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = await startDevServer({ config: { ...config, port }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let problems = 0;

/** Opens `path`, waits until `ready` (a function run in the page) is true, and saves a screenshot. */
async function shoot(path, file, ready, { width = 360, height = 1400, arg } = {}) {
  const page = await browser.newPage();
  page.on('console', message => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems++;
      console.error(`${file}: console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', error => {
    problems++;
    console.error(`${file}: ${error.message}`);
  });
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.waitForFunction(ready, { timeout: 15000 }, arg);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out(file) });
  await page.close();
}

try {
  for (const locale of locales) {
    await shoot(`/demo/partner.html?welcome-lang=${locale}`, `i18n-finder-${locale}-360.png`, lang => {
      const finder = document.querySelector('welcome-point-finder');
      return finder?.shadowRoot?.querySelector('[part~="card"]') && finder.getAttribute('lang') === lang;
    }, { arg: locale }).catch(error => {
      problems++;
      console.error(`${locale}: ${error.message}`);
    });
  }
  await shoot('/demo/translations.html?locale=uk', 'i18n-review-page.png', () => document.querySelectorAll('.unit').length > 100, { width: 1280, height: 1000 });
} finally {
  await browser.close();
  await server.stop();
}
if (problems) process.exitCode = 1;
