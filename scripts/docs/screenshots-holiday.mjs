#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Screenshots of the finder on Christmas Day 2026 (a public holiday in NRW) for docs/screenshots/:
 * the sample feed at 360 px in German and Arabic, with a static edition linked (Share, QR in print).
 * The page's clock is set to 25 December 2026, 10:30 in Düsseldorf, before any script runs.
 *
 *   node scripts/docs/screenshots-holiday.mjs
 */
import { existsSync, mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const root = new URL('../..', import.meta.url).pathname;
const chromium = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
// A random high port: other people's servers on this machine use the usual ones.
const port = Number(process.env.PORT ?? 20000 + Math.floor(Math.random() * 20000));
const CHRISTMAS = Date.parse('2026-12-25T09:30:00Z');
const ATTRS = 'view=list,static-base=https://www.example.org/welcome/';
const SHOTS = ['de', 'ar'].map(lang => ({ lang, path: `${root}docs/screenshots/finder-holiday-360-${lang}.png` }));

const server = await startDevServer({
  config: {
    rootDir: root,
    port,
    nodeResolve: { exportConditions: ['production'] },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox'], headless: true });
try {
  mkdirSync(`${root}docs/screenshots`, { recursive: true });
  for (const shot of SHOTS) {
    const page = await browser.newPage();
    page.on('pageerror', error => console.error('page error:', error.message));
    // The clock starts at the chosen moment and runs on from there.
    await page.evaluateOnNewDocument(start => {
      const RealDate = Date;
      const offset = start - RealDate.now();
      globalThis.Date = class extends RealDate {
        constructor(...args) {
          super(...(args.length ? args : [RealDate.now() + offset]));
        }
        static now() {
          return RealDate.now() + offset;
        }
      };
    }, CHRISTMAS);
    await page.setViewport({ width: 360, height: 800, deviceScaleFactor: 1 });
    await page.goto(`http://localhost:${port}/scripts/docs/widget-preview.html?tag=welcome-point-finder&src=/demo/data/duesseldorf.json&lang=${shot.lang}&attrs=${ATTRS}`);
    await page.waitForFunction(() => document.querySelector('welcome-point-finder')?.shadowRoot?.querySelector('[part="footer"]'), { timeout: 30_000 });
    await page.evaluate(() => document.activeElement?.blur?.());
    await new Promise(resolve => setTimeout(resolve, 1000));
    await page.screenshot({ path: shot.path, clip: { x: 0, y: 0, width: 360, height: 1500 }, captureBeyondViewport: true });
    await page.close();
    console.log(shot.path);
  }
} finally {
  await browser.close();
  await server.stop();
}
