#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// `npm run bench:map`: renders the same 10 000 generated points with our map (grid clusters built
// for the zoom in view, only what is in view becomes DOM) and with Leaflet.markercluster, in
// headless Chromium, taking turns, and prints the median of each with its spread (fastest–slowest)
// and the ratio of every run (theirs / ours, the same round). Options: --points N --runs N --seed N.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { leafletTrustedTypesDevServer } from '../build/leaflet-trusted-types.mjs';

const { values } = parseArgs({
  options: { points: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' } },
});
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(path => path && existsSync(path));
if (!chromium) {
  console.error('No Chromium found: apt-get install -y chromium, or set CHROME_PATH.');
  process.exit(1);
}
if (!existsSync(new URL('../../src/map/generated/leaflet-css.ts', import.meta.url))) {
  await import('../build/leaflet-css.mjs');
}

const server = await startDevServer({
  config: {
    rootDir: new URL('../..', import.meta.url).pathname,
    port: 0,
    hostname: '127.0.0.1',
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), leafletTrustedTypesDevServer()],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--js-flags=--expose-gc', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', error => console.error('page error:', error.message));
  const { port } = server.server.address();
  await page.goto(`http://127.0.0.1:${port}/scripts/bench/map-bench.html`);
  await page.waitForFunction('window.benchReady === true', { timeout: 60000 });
  const options = { count: Number(values.points), runs: Number(values.runs), seed: Number(values.seed) };
  const result = await page.evaluate(opts => window.runBench(opts), options);
  const version = await browser.version();
  const fmt = ms => `${ms.toFixed(1)} ms`.padStart(10);
  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  console.log(`\nMap render time for ${result.count.toLocaleString('en')} generated points, ${result.runs} runs each (${version}, headless, load ${load})\n`);
  const median = values => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  console.log(`  ${'renderer'.padEnd(42)} ${'median'.padStart(10)}  ${'spread'.padStart(21)}  DOM markers`);
  for (const [name, r] of [
    ['district-map (grid clusters, DOM markers)', result.ours],
    ['Leaflet.markercluster 1.5.3', result.markercluster],
  ]) {
    const spread = `${fmt(Math.min(...r.times)).trim()} – ${fmt(Math.max(...r.times)).trim()}`;
    console.log(`  ${name.padEnd(42)} ${fmt(median(r.times))}  ${spread.padStart(21)}  ${r.markers}`);
  }
  const ratios = result.ours.times.map((ms, i) => result.markercluster.times[i] / ms);
  const worst = Math.min(...ratios);
  console.log(`\n  ratio per run: ${ratios.map(r => `${r.toFixed(1)}×`).join(', ')}`);
  console.log(`  district-map is ${median(ratios).toFixed(1)}× faster by median (slowest run ${worst.toFixed(1)}×) — goal ≥ 20× in every run${worst >= 20 ? '' : ', NOT MET'}\n`);
  if (worst < 20) process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
