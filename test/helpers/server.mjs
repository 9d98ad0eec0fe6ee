// SPDX-License-Identifier: EUPL-1.2
// Test-server routes that simulate what a real feed host does: count requests, fail with a
// status, recover, or hang. Tests use real HTTP through these instead of stubbing fetch.
import { strictCsp } from '../../web-dev-server.config.mjs';
import { staticSiteRoutes } from './static-site.mjs';

const requestCounts = new Map();
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);
const failuresLeft = new Map();
const cycles = new Map();
/** Responses held per key until the test releases them; a released key stays open. */
const gates = new Map();
function gate(key) {
  if (!gates.has(key)) {
    let open;
    const opened = new Promise(resolve => (open = resolve));
    gates.set(key, { opened, open });
  }
  return gates.get(key);
}

/**
 * Routes under /__test/:
 * - `count?path=/x` → JSON `{count}` of requests seen for /x (query string ignored)
 * - `reset` → clears counts and failure budgets
 * - `status/404` (any code) → that status with a short body
 * - `flaky/<n>/<file path>` → 503 for the first n requests of a key, then serves the file
 * - `hang` → never answers (for timeouts)
 * - `slow/<ms>/<file path>` → serves the file after a delay
 * - `held/<key>/<file path>` → serves the file once the test has asked for `release?key=<key>`
 *   (a response that comes exactly when the test has seen what shows meanwhile)
 * - `hang-once/<file path>?key=k` → the first request of a key never answers, later ones get the file
 * - `cycle?key=k&files=/a.json,/b.json` → the files in turn per key, the last one from then on
 *   (a feed that changes between loads)
 * - `csp/<file path>` → the file with the demo's strict Content-Security-Policy and Trusted Types
 *   header (`strictCsp` of web-dev-server.config.mjs)
 * - `cors/<file path>` → the file with `Access-Control-Allow-Origin: *`, as the city's host sends
 *   it for the bundle and the feed (docs/embedding/hosting.md)
 * - `tile/<z>/<x>/<y>.png` → a 1×1 PNG, a stand-in tile server for map tests (count with `count`)
 * - `static-render`, `static-site/…` → the static edition of a posted feed (./static-site.mjs)
 */
export async function testServerMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const path = url.pathname;
  requestCounts.set(path, (requestCounts.get(path) ?? 0) + 1);
  if (!path.startsWith('/__test/')) return next();
  const rest = path.slice('/__test/'.length);
  if (rest === 'count') {
    ctx.body = { count: requestCounts.get(url.searchParams.get('path')) ?? 0 };
    return;
  }
  if (rest === 'reset') {
    requestCounts.clear();
    failuresLeft.clear();
    cycles.clear();
    ctx.body = { ok: true };
    return;
  }
  if (rest === 'release') {
    gate(url.searchParams.get('key')).open();
    ctx.body = { ok: true };
    return;
  }
  let match;
  if ((match = rest.match(/^status\/(\d{3})$/))) {
    ctx.status = Number(match[1]);
    ctx.body = `status ${match[1]}`;
    return;
  }
  if ((match = rest.match(/^flaky\/(\d+)\/(.*)$/))) {
    const key = url.searchParams.get('key') ?? match[2];
    const left = failuresLeft.has(key) ? failuresLeft.get(key) : Number(match[1]);
    if (left > 0) {
      failuresLeft.set(key, left - 1);
      ctx.status = 503;
      ctx.body = 'temporarily unavailable';
      return;
    }
    failuresLeft.set(key, 0);
    ctx.url = `/${match[2]}`;
    return next();
  }
  if (rest === 'hang') {
    // The delay is the subject here: a host that never answers (the widget's own timeout ends it first).
    await new Promise(resolve => setTimeout(resolve, 60000));
    ctx.status = 504;
    return;
  }
  if ((match = rest.match(/^hang-once\/(.*)$/))) {
    const key = `hang-once:${url.searchParams.get('key') ?? match[1]}`;
    if (!failuresLeft.has(key)) {
      failuresLeft.set(key, 0);
      await new Promise(resolve => setTimeout(resolve, 60000));
      ctx.status = 504;
      return;
    }
    ctx.url = `/${match[1]}`;
    return next();
  }
  if ((match = rest.match(/^csp\/(.*)$/))) {
    ctx.url = `/${match[1]}${url.search}`;
    await next();
    ctx.set('Content-Security-Policy', strictCsp);
    return;
  }
  if ((match = rest.match(/^cors\/(.*)$/))) {
    ctx.url = `/${match[1]}${url.search}`;
    await next();
    ctx.set('Access-Control-Allow-Origin', '*');
    return;
  }
  if (rest === 'cycle') {
    const files = (url.searchParams.get('files') ?? '').split(',');
    const key = url.searchParams.get('key') ?? files.join(',');
    const turn = cycles.get(key) ?? 0;
    cycles.set(key, turn + 1);
    ctx.url = files[Math.min(turn, files.length - 1)];
    // a turn may be another test route, e.g. /__test/status/500
    return ctx.url.startsWith('/__test/') ? testServerMiddleware(ctx, next) : next();
  }
  if (await staticSiteRoutes(ctx, rest)) return;
  if (/^tile\/\d+\/-?\d+\/-?\d+\.png$/.test(rest)) {
    ctx.type = 'image/png';
    ctx.body = TILE_PNG;
    return;
  }
  if ((match = rest.match(/^held\/([^/]+)\/(.*)$/))) {
    await gate(match[1]).opened;
    ctx.url = `/${match[2]}`;
    return next();
  }
  if ((match = rest.match(/^slow\/(\d+)\/(.*)$/))) {
    // The delay is the subject here: a slow connection, so tests can see what shows meanwhile.
    await new Promise(resolve => setTimeout(resolve, Number(match[1])));
    ctx.url = `/${match[2]}`;
    return next();
  }
  return next();
}
