#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Screenshots of the Düsseldorf theme from docs/theming.md (the copy-paste block itself, applied
 * to the built widgets): 360 and 1280 px, left to right (German) and right to left (Arabic), light
 * and dark. Needs `npm run build` first. Writes docs/screenshots/theme-*.png; look at them before
 * committing.
 */
import { readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import config from '../../web-dev-server.config.mjs';

const markdown = readFileSync(new URL('../../docs/theming.md', import.meta.url), 'utf8');
const themeCss = /## A complete city theme[\s\S]*?```css\n([\s\S]*?)```/.exec(markdown)?.[1];
if (!themeCss) throw new Error('docs/theming.md has no city theme block');

// Port 0: any free port, so this never collides with another server on the machine.
const server = await startDevServer({ config: { ...config, port: 0, middleware: [] }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});

const page = (lang, scheme) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>
${themeCss}
body { margin: 0; padding: 16px; background: ${scheme === 'dark' ? '#111' : '#f7f7f7'}; font-family: system-ui, sans-serif; }
.city-theme { color-scheme: ${scheme}; display: grid; gap: 16px; }
</style></head>
<body class="city-theme">
<welcome-point-finder src="/demo/data/duesseldorf.json"></welcome-point-finder>
<offer-list src="/demo/data/duesseldorf.json" district="7" limit="3" compact></offer-list>
<script type="module" src="/dist/welcome-widgets.js"></script>
</body></html>`;

try {
  for (const width of [360, 1280]) {
    for (const [dir, lang] of [['ltr', 'de'], ['rtl', 'ar']]) {
      for (const scheme of ['light', 'dark']) {
        const tab = await browser.newPage();
        await tab.setViewport({ width, height: width < 500 ? 1600 : 1000 });
        // Served from the dev server's origin, so the widgets and feed load as on a partner page.
        await tab.setRequestInterception(true);
        tab.on('request', request => (request.url() === `${origin}/__theme.html` ? request.respond({ status: 200, contentType: 'text/html', body: page(lang, scheme) }) : request.continue()));
        await tab.goto(`${origin}/__theme.html`, { waitUntil: 'networkidle0' });
        await tab.waitForFunction(() => {
          const finder = document.querySelector('welcome-point-finder')?.shadowRoot;
          const list = document.querySelector('offer-list')?.shadowRoot;
          return finder?.querySelector('[part~="card"]') && list?.querySelector('[part~="item"]') && !finder.querySelector('[part~="loading"]');
        }, { timeout: 20000 });
        await tab.evaluate(() => document.fonts.ready);
        await tab.screenshot({ path: new URL(`../../docs/screenshots/theme-${width}-${dir}-${scheme}.png`, import.meta.url).pathname });
        await tab.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
