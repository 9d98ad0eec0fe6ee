#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * `node scripts/bench/trace-start.mjs [page …]`: a Chromium performance trace (CDP Tracing, CPU
 * slowed 4×) of each demo page while its widgets start (navigation → load + 3 s), then every long
 * task (> 50 ms) on the page's main thread with where its time went: the JS sampling profile of the
 * task mapped through dist/'s source maps to src/ modules (self time), plus style, layout, paint and
 * parsing. Pages are served as `npm start` serves them (web-dev-server.config.mjs, built bundle).
 * Indicative on a loaded machine: for the issue #23 table in docs/benchmarks.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map-js';
import { startDevServer } from '@web/dev-server';
import config from '../../web-dev-server.config.mjs';

const root = new URL('../..', import.meta.url).pathname;
const PAGES = process.argv.slice(2).length ? process.argv.slice(2) : ['index', 'partner', 'district', 'this-week', 'configurator'];
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading'];
const NATIVE = { Layout: 'layout', UpdateLayoutTree: 'style recalc', Paint: 'paint', ParseHTML: 'HTML parse', 'v8.compile': 'JS compile', 'v8.compileModule': 'JS compile', PrePaint: 'paint', ParseAuthorStyleSheet: 'CSS parse' };

const maps = new Map();
/** src/ module (or chunk name) of a position in a served file. */
function moduleOf(url, line, column) {
  const path = url.replace(/^https?:\/\/[^/]+\//, '').split('?')[0];
  if (!path) return '(native)';
  if (!maps.has(path)) maps.set(path, existsSync(`${root}${path}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${root}${path}.map`, 'utf8'))) : null);
  const map = maps.get(path);
  const source = map?.originalPositionFor({ line: line + 1, column }).source;
  return source ? source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '') : path;
}

function longTasks(events) {
  const main = events.find(e => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.find(f => !f.parent);
  const threads = new Set(events.filter(e => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map(e => `${e.pid}:${e.tid}`));
  const onMain = e => threads.has(`${e.pid}:${e.tid}`);
  const pids = new Set([...threads].map(t => Number(t.split(':')[0])));
  // sampled JS: [time µs, module] per sample
  const samples = [];
  const nodes = new Map();
  let start = 0;
  for (const e of events) {
    if (e.name === 'Profile') start = e.args.data.startTime;
    // the samples come from V8's profiler thread of the renderer process
    if (e.name !== 'ProfileChunk' || !pids.has(e.pid)) continue;
    const p = e.args.data.cpuProfile ?? {};
    for (const n of p.nodes ?? []) nodes.set(n.id, n.callFrame);
    const deltas = e.args.data.timeDeltas ?? [];
    (p.samples ?? []).forEach((id, i) => {
      start += deltas[i] ?? 0;
      const f = nodes.get(id);
      if (f && f.url && !['(idle)', '(program)', '(garbage collector)'].includes(f.functionName)) samples.push([start, moduleOf(f.url, f.lineNumber, f.columnNumber)]);
      else if (f?.functionName === '(garbage collector)') samples.push([start, 'GC']);
    });
  }
  const tasks = events.filter(e => e.name === 'RunTask' && e.ph === 'X' && onMain(e) && e.dur > 50_000);
  return tasks.map(t => {
    const causes = new Map();
    const add = (k, us) => causes.set(k, (causes.get(k) ?? 0) + us);
    const inTask = e => e.ts >= t.ts && e.ts < t.ts + t.dur;
    for (const e of events) if (e.ph === 'X' && NATIVE[e.name] && onMain(e) && inTask(e)) add(NATIVE[e.name], e.dur);
    const jsSamples = samples.filter(([ts]) => ts >= t.ts && ts < t.ts + t.dur);
    const interval = jsSamples.length > 1 ? (jsSamples.at(-1)[0] - jsSamples[0][0]) / (jsSamples.length - 1) : 0;
    for (const [, m] of jsSamples) add(m, interval);
    const top = [...causes].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, us]) => `${k} ${Math.round(us / 1000)}`);
    return { at: Math.round((t.ts - (tasks[0]?.ts ?? 0)) / 1000), ms: Math.round(t.dur / 1000), top, main };
  });
}

const server = await startDevServer({ config: { ...config, rootDir: root, port: 0 }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const name of PAGES) {
    const page = await browser.newPage();
    await page.setViewport({ width: 412, height: 823, isMobile: true, deviceScaleFactor: 1.75 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(`${origin}/demo/${name}.html`, { waitUntil: 'load' });
    await new Promise(resolve => setTimeout(resolve, 3000));
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8"));
    await page.close();
    const tasks = longTasks(trace.traceEvents);
    console.log(`\n/demo/${name}.html: ${tasks.length} long task(s), total blocking ${tasks.reduce((s, t) => s + t.ms - 50, 0)} ms`);
    for (const t of tasks) console.log(`  +${t.at} ms  ${t.ms} ms  ${t.top.join(', ')}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
