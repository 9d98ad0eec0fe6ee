#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Screenshots for the docs: the static Storybook (docs page + three stories) and the demo site.
 * Needs `npm run build-storybook` first. Writes docs/screenshots/storybook-*.png, demo.png and
 * configurator.png; look at them before committing.
 */
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import config from '../web-dev-server.config.mjs';

const out = name => new URL(`../docs/screenshots/${name}`, import.meta.url).pathname;
const start = (overrides) => startDevServer({ config: { ...config, ...overrides }, readCliArgs: false, readFileConfig: false, logStartMessage: false });

const storybook = await start({ rootDir: 'storybook-static', port: 8791, middleware: [] });
const demo = await start({ port: 8792 });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function shoot(url, file, { width = 1280, height = 900, wait = 3000, fullPage = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise(resolve => setTimeout(resolve, wait));
  await page.screenshot({ path: out(file), fullPage });
  await page.close();
}

try {
  const sb = 'http://127.0.0.1:8791/index.html?path=';
  await shoot(`${sb}/docs/widgets-welcome-point-finder--docs`, 'storybook-docs.png', { height: 1000 });
  await shoot(`${sb}/story/widgets-welcome-point-finder--list-and-map`, 'storybook-finder-list-and-map.png');
  await shoot(`${sb}/story/widgets-offer-list--locale-ar`, 'storybook-offer-list-arabic.png');
  await shoot(`${sb}/story/widgets-district-map--tiles-wait-for-consent`, 'storybook-district-map-consent.png');
  await shoot('http://127.0.0.1:8792/demo/partner.html', 'demo.png', { wait: 1500 });
  await shoot('http://127.0.0.1:8792/demo/configurator.html', 'configurator.png', { wait: 1500, height: 1100 });
} finally {
  await browser.close();
  await storybook.stop();
  await demo.stop();
}
