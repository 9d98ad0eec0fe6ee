#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Screenshots of the static edition for the docs: a point page of the sample feed on a 360 px
 * phone and as print preview, in German and Arabic (docs/screenshots/static-*.png). Needs
 * `npm run build` first; serves a freshly rendered site on a free port. Look at them before
 * committing.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const { renderSite } = await import('../../dist/static.js');
const feed = JSON.parse(readFileSync(new URL('../../demo/data/duesseldorf.json', import.meta.url), 'utf8'));
const out = name => new URL(`../../docs/screenshots/${name}`, import.meta.url).pathname;
const TYPES = { html: 'text/html; charset=utf-8', css: 'text/css' };

let files = new Map();
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
  const content = files.get(path.endsWith('/') || path === '' ? `${path}index.html` : path);
  res.writeHead(content === undefined ? 404 : 200, { 'content-type': TYPES[path.split('.').pop()] ?? 'text/html; charset=utf-8' });
  res.end(content ?? 'not found');
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}/`;
({ files } = await renderSite(feed, { baseUrl: origin, lang: ['de', 'ar'], now: new Date('2026-12-04T10:00:00+01:00') }));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const lang of ['de', 'ar']) {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 780, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    await page.goto(`${origin}${lang}/points/wp-nord/`, { waitUntil: 'load' });
    // the first two screens: name, today, address, hours, contact, the first offers
    await page.screenshot({ path: out(`static-point-${lang}-phone.png`), clip: { x: 0, y: 0, width: 360, height: 1560 } });
    await page.close();
    // print preview: A4 width at 96 dpi, print media, on a desktop viewport
    const print = await browser.newPage();
    await print.setViewport({ width: 794, height: 1123 });
    await print.emulateMediaType('print');
    await print.goto(`${origin}${lang}/points/wp-nord/`, { waitUntil: 'load' });
    // the first printed page
    await print.screenshot({ path: out(`static-point-${lang}-print.png`) });
    await print.close();
  }
} finally {
  await browser.close();
  server.close();
}
