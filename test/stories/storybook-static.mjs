#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Part of `npm run test:storybook`, after `storybook build`: the built Storybook as a designer
 * opens it, in headless Chromium. Each widget's default story must show its cards in the theme's
 * colours (a "Free" badge on its green, a card's border), with no warning or error logged until
 * then. The build's CSS minifier once rewrote the host stylesheet's light-dark() so that every
 * colour token was invalid, and the stories showed black text on nothing while every unit test
 * passed.
 */
import { freePort } from '../../scripts/test/free-port.mjs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const STORIES = [
  { id: 'widgets-offer-list--default', tag: 'offer-list', coloured: '.offer-tag--free', bordered: '.offer' },
  { id: 'widgets-welcome-point-finder--default', tag: 'welcome-point-finder', coloured: '.search', bordered: '.search' },
];

const port = await freePort();
const server = await startDevServer({
  config: { rootDir: 'storybook-static', port, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'], headless: true });
const failures = [];
let passed = 0;
try {
  for (const story of STORIES) {
    const page = await browser.newPage();
    const messages = [];
    page.on('console', message => {
      if (['warn', 'error'].includes(message.type()) && !/favicon/.test(message.location()?.url ?? '')) messages.push(message.text());
    });
    page.on('pageerror', error => messages.push(error.message));
    await page.setViewport({ width: 800, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story`);
    const seen = await page
      .waitForFunction(
        ({ tag, coloured, bordered }) => {
          const root = document.querySelector(tag)?.shadowRoot;
          const badge = root?.querySelector(coloured);
          const card = root?.querySelector(bordered);
          if (!badge || !card) return false;
          return { background: getComputedStyle(badge).backgroundColor, border: getComputedStyle(card).borderTopStyle };
        },
        { timeout: 20_000 },
        story,
      )
      .then(handle => handle.jsonValue())
      .catch(() => undefined);
    const problems = [];
    if (!seen) problems.push('the cards never showed');
    else {
      if (/rgba\(0, 0, 0, 0\)|transparent/.test(seen.background)) problems.push(`${story.coloured} has no background colour`);
      if (seen.border === 'none') problems.push(`${story.bordered} has no border`);
    }
    problems.push(...messages.map(text => `console: ${text.slice(0, 200)}`));
    if (problems.length) failures.push(`${story.id}: ${problems.join('; ')}`);
    else passed++;
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
for (const failure of failures) console.error(`FAIL ${failure}`);
console.log(`built Storybook in Chromium: ${passed} passed, ${failures.length} failed`);
if (failures.length) process.exit(1);
