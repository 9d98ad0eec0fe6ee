// SPDX-License-Identifier: EUPL-1.2
/**
 * The long-task lines of `npm run bench` (issue #23): the longest main-thread task while
 * `<welcome-point-finder view="both">` starts (built bundle, element appended → first card shown,
 * plus two frames), with Chromium's CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`), seen by a
 * `PerformanceObserver` for 'longtask'. The reference, in the same run and the same page with the
 * same bundle loaded: fetch + JSON.parse of the very same feed, the least any widget has to do (its
 * longest task, or the JSON.parse call timed directly, whichever is longer). Long tasks are only
 * reported from 50 ms on, so "< 50 ms" means none was seen.
 */
import { readFileSync } from 'node:fs';

const RUNS = 3;

/** A page served from memory: the built bundle, and two ways to start on a feed. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>long tasks</title></head>
<body><div id="stage" style="inline-size: 1024px"></div><script type="module">
import '/dist/welcome-widgets.js';
let tasks = [];
const observer = new PerformanceObserver(list => { tasks.push(...list.getEntries()); });
observer.observe({ type: 'longtask' });
const frames = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
// long-task entries arrive after their task, in a later one: settle, then take what is still queued
const settle = () => new Promise(resolve => setTimeout(resolve, 250)).then(() => tasks.push(...observer.takeRecords()));
const longest = start => Math.max(0, ...tasks.filter(t => t.startTime + t.duration >= start).map(t => t.duration));
window.finder = async src => {
  await frames();
  tasks = [];
  const start = performance.now();
  const el = document.createElement('welcome-point-finder');
  el.setAttribute('lang', 'en');
  el.setAttribute('view', 'both');
  el.setAttribute('src', src);
  document.getElementById('stage').append(el);
  await new Promise((resolve, reject) => {
    const check = () => (el.shadowRoot?.querySelector('[part~="card"]') ? resolve() : performance.now() - start > 120000 ? reject(new Error('no card within 120 s')) : requestAnimationFrame(check));
    check();
  });
  await frames();
  await settle();
  const result = { longest: longest(start), ms: performance.now() - start };
  el.remove();
  return result;
};
window.parseOnly = async src => {
  await frames();
  tasks = [];
  const start = performance.now();
  const text = await (await fetch(src)).text();
  const t = performance.now();
  window.held = JSON.parse(text);
  window.parseMs = performance.now() - t;
  await frames();
  await settle();
  // the observer has not reliably reported the parse's task here, so the parse is also timed directly
  return { longest: Math.max(longest(start), window.parseMs), ms: performance.now() - start };
};
window.benchReady = true;
</script></body></html>`;

/** Dev-server middleware: the page and the two feeds (no-store, so every run fetches and parses). */
export function longTaskRoutes(root, bigFeedText) {
  const sample = readFileSync(`${root}demo/data/duesseldorf.json`, 'utf8');
  return function longTaskBenchRoutes(ctx, next) {
    const feed = { '/__bench/lt/sample.json': sample, '/__bench/lt/big.json': bigFeedText }[ctx.path];
    if (feed) {
      ctx.type = 'json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = feed;
      return;
    }
    if (ctx.path === '/__bench/lt/page.html') {
      ctx.type = 'html';
      ctx.body = PAGE;
      return;
    }
    return next();
  };
}

/**
 * `[{ feed, finder, parse }]` for the sample and the big feed: median over RUNS of the longest task
 * (ms) while the finder starts, and while the reference parses. Each run gets a fresh page, so no
 * run profits from an earlier one's warm caches of the feed.
 */
export async function benchLongTasks(browser, origin) {
  const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const once = async (fn, src) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));
    await page.goto(`${origin}/__bench/lt/page.html`);
    await page.waitForFunction(() => window.benchReady === true, { timeout: 120_000 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const r = await page.evaluate((f, s) => window[f](s), fn, src);
    await page.close();
    if (errors.length) throw new Error(`long-task page: ${errors.join('; ')}`);
    if (process.env.BENCH_VERBOSE) console.error(fn, src, r);
    return r.longest;
  };
  const results = [];
  for (const feed of ['sample', 'big']) {
    const src = `/__bench/lt/${feed}.json`;
    const finder = [];
    const parse = [];
    for (let i = 0; i < RUNS; i++) {
      // interleaved, so machine load hits both alike
      finder.push(await once('finder', src));
      parse.push(await once('parseOnly', src));
    }
    results.push({ feed, finder: median(finder), parse: median(parse), runs: RUNS });
  }
  return results;
}
