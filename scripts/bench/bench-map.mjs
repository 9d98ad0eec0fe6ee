#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// `npm run bench:map`: renders the same 10 000 generated points with our map (supercluster,
// only what is in view becomes DOM) and with Leaflet.markercluster, in headless Chromium, and
// prints the best and median times of both and their ratio. Options: --points N --runs N --seed N.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { leafletTrustedTypesDevServer } from '../build/leaflet-trusted-types.mjs';

const { values } = parseArgs({
  options: { points: { type: 'string', default: '10000' }, runs: { type: 'string', default: '9' }, seed: { type: 'string', default: '1' } },
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
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
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
  console.log(`  ${'renderer'.padEnd(42)} ${'best'.padStart(10)} ${'median'.padStart(10)}  DOM markers`);
  for (const [name, r] of [
    ['district-map (supercluster, DOM markers)', result.ours],
    ['Leaflet.markercluster 1.5.3', result.markercluster],
  ]) {
    console.log(`  ${name.padEnd(42)} ${fmt(r.best)} ${fmt(r.median)}  ${r.markers}`);
  }
  const ratio = result.markercluster.best / result.ours.best;
  const medianRatio = result.markercluster.median / result.ours.median;
  console.log(`\n  ratio: district-map is ${ratio.toFixed(1)}× faster (best runs; ${medianRatio.toFixed(1)}× by median) — goal ≥ 20×${ratio >= 20 ? '' : ', NOT MET'}\n`);
} finally {
  await browser.close();
  await server.stop();
}
