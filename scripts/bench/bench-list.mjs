#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run bench:list`: time per keystroke of <offer-list> vs a naive full re-render of all
 * matches, side by side in one run, on a generated 10,000-offer feed in headless Chromium.
 * Goal: the widget at least 20× faster than the naive list and under one 16 ms frame.
 *
 *   npm run bench:list                   # 10,000 offers, "sprachcafe" typed and deleted, 2 rounds
 *   OFFERS=20000 ROUNDS=3 npm run bench:list
 *
 * Serves the source with @web/dev-server (esbuild; Lit's production build), drives Debian's
 * /usr/bin/chromium (or CHROME_PATH) with puppeteer-core. Exits 1 when a goal is missed.
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const root = new URL('../..', import.meta.url).pathname;
const chromium = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!chromium) {
  console.error('No Chromium found: install Debian’s chromium package or set CHROME_PATH.');
  process.exit(2);
}
const offers = Number(process.env.OFFERS ?? 10_000);
const rounds = Number(process.env.ROUNDS ?? 2);
const word = process.env.WORD ?? 'sprachcafe';
const FRAME_MS = 16;
const GOAL_RATIO = 20;

const server = await startDevServer({
  config: {
    rootDir: root,
    port: Number(process.env.PORT ?? 0) || undefined,
    nodeResolve: { exportConditions: ['production'] },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  // --expose-gc: each run starts from a collected heap, so the naive list's garbage is not billed to the widget.
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--window-size=1280,900', '--js-flags=--expose-gc'],
});
let failed;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', error => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/scripts/bench/bench-list.html`);
  await page.waitForFunction(() => window.benchReady === true, { timeout: 60_000 });
  const r = await page.evaluate(options => window.runBench(options), { offers, rounds, word });

  const ms = n => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
  const pad = (s, n) => String(s).padStart(n);
  console.log(`\n<offer-list> keystroke benchmark — ${r.offers.toLocaleString('en')} offers, Chromium ${await browser.version()}`);
  console.log(`Typing "${word}" letter by letter and deleting it again, ${r.rounds} rounds; time per keystroke`);
  console.log('from the input event until rendered and laid out.\n');
  console.log(`${'query'.padEnd(12)}${pad('matches', 9)}${pad('widget', 12)}${pad('naive', 12)}`);
  r.queries.forEach((query, i) => {
    const w = r.widget.times.filter((_, k) => k % r.queries.length === i);
    const n = r.naive.times.filter((_, k) => k % r.queries.length === i);
    const avg = list => list.reduce((a, b) => a + b, 0) / list.length;
    console.log(`${JSON.stringify(query).padEnd(12)}${pad(r.matches[i].toLocaleString('en'), 9)}${pad(ms(avg(w)), 12)}${pad(ms(avg(n)), 12)}`);
  });
  console.log('');
  console.log(`${''.padEnd(21)}${pad('widget', 12)}${pad('naive', 12)}${pad('naive/widget', 14)}`);
  for (const key of ['median', 'mean', 'max']) {
    console.log(`${`per keystroke, ${key}`.padEnd(21)}${pad(ms(r.widget[key]), 12)}${pad(ms(r.naive[key]), 12)}${pad(`${(r.naive[key] / r.widget[key]).toFixed(1)}×`, 14)}`);
  }
  console.log(`${'first render'.padEnd(21)}${pad(ms(r.widget.first), 12)}${pad(ms(r.naive.first), 12)}`);
  console.log(`\nThe widget shows ${r.shownByWidget} offers per page ("Show more" for the rest); the naive list renders every match.`);
  const ratio = r.naive.mean / r.widget.mean;
  const fast = r.widget.mean < FRAME_MS;
  console.log(`Goal ≥ ${GOAL_RATIO}× faster (mean): ${ratio >= GOAL_RATIO ? 'met' : 'MISSED'} (${ratio.toFixed(1)}×)`);
  console.log(`Goal < ${FRAME_MS} ms per keystroke (mean): ${fast ? 'met' : 'MISSED'} (${ms(r.widget.mean)})`);
  failed = ratio < GOAL_RATIO || !fast;
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
