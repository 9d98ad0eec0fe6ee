// SPDX-License-Identifier: EUPL-1.2
import { expect, fixture, html } from '@open-wc/testing';
import { clearFeedCache, FeedLoadError, loadFeed, parseFeed } from '../../src/feed/load.js';
import type { FeedErrorKind } from '../../src/feed/load.js';
import { waitUntil } from '../helpers/wait.js';
import '../../src/define.js';

/** Each test uses its own URL (the query string is ignored by the server) so the shared cache never leaks between tests. */
let unique = 0;
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}t=${Date.now()}-${unique++}`;

async function requestCount(path: string): Promise<number> {
  const response = await fetch(`/__test/count?path=${encodeURIComponent(path)}`);
  return ((await response.json()) as { count: number }).count;
}

async function loadError(promise: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedLoadError);
    return error as FeedLoadError;
  }
  throw new Error('expected the load to fail');
}

describe('load: errors have distinct kinds a widget can show', () => {
  afterEach(() => clearFeedCache());

  const cases: Array<[string, () => Promise<unknown>, FeedErrorKind, RegExp, number?]> = [
    ['not JSON', () => loadFeed(fresh('/test/fixtures/not-json.json')), 'parse', /not valid JSON/],
    ['wrong format version', () => loadFeed(fresh('/test/fixtures/version-2.json')), 'format', /version 2; this library reads version 1/],
    ['404', () => loadFeed(fresh('/__test/status/404')), 'http', /answered 404/, 404],
    ['500', () => loadFeed(fresh('/__test/status/500')), 'http', /answered 500/, 500],
    ['timeout', () => loadFeed(fresh('/__test/hang'), { timeout: 300 }), 'timeout', /did not answer within 0.3 s/],
    // Port 9 (discard) is closed on test machines: the connection is refused, as when offline.
    ['offline (unreachable host)', () => loadFeed('http://127.0.0.1:9/feed.json'), 'offline', /could not be reached/],
  ];
  for (const [name, load, kind, message, status] of cases) {
    it(name, async () => {
      const error = await loadError(load());
      expect(error.kind).to.equal(kind);
      expect(error.message).to.match(message);
      expect(error.status).to.equal(status);
    });
  }

  it('aborting stops waiting with kind "aborted", while the shared request goes on for others', async () => {
    const url = fresh('/__test/slow/300/test/fixtures/small.json');
    const controller = new AbortController();
    const other = loadFeed(url);
    const mine = loadFeed(url, { signal: controller.signal });
    controller.abort();
    expect((await loadError(mine)).kind).to.equal('aborted');
    expect((await other).feed.offers).to.have.length(2);
  });

  it('a feed object passed directly is validated the same way', async () => {
    const { feed, problems } = await parseFeed({ version: 1, meta: { title: 'x', publisher: 'p', updated: '2026-11-01', license: 'CC0-1.0' }, districts: [], categories: [], welcomePoints: [], offers: [] });
    expect(problems).to.deep.equal([]);
    expect(feed.meta.timeZone).to.equal('Europe/Berlin');
    expect((await loadError(parseFeed({ version: 3 }))).kind).to.equal('format');
  });
});

describe('load: one request per feed URL', () => {
  afterEach(() => clearFeedCache());

  it('parallel loads of the same URL share one request and one result', async () => {
    const path = '/__test/slow/41/test/fixtures/small.json';
    const before = await requestCount(path);
    const url = fresh(path);
    const results = await Promise.all([loadFeed(url), loadFeed(url), loadFeed(new URL(url, location.href).href)]);
    expect(await requestCount(path)).to.equal(before + 1);
    expect(results[1]).to.equal(results[0]);
    expect(results[2]).to.equal(results[0]);
  });

  it('each caller goes on in a task of its own, so widgets sharing a feed do not render in one long task (#23)', async () => {
    const url = fresh('/test/fixtures/small.json');
    const order: string[] = [];
    const first = loadFeed(url).then(() => {
      order.push('first');
      queueMicrotask(() => order.push("first's microtask"));
    });
    const second = loadFeed(url).then(() => order.push('second'));
    await Promise.all([first, second]);
    // In one task the second caller would run before the first one's microtask (its reaction was
    // queued first): ['first', 'second', "first's microtask"].
    expect(order).to.deep.equal(['first', "first's microtask", 'second']);
  });

  it('three different elements with the same src fetch it once', async () => {
    const path = '/__test/slow/43/test/fixtures/small.json';
    const before = await requestCount(path);
    const src = fresh(path);
    const loaded: string[] = [];
    const el = await fixture(html`
      <div @welcome-feed-load=${(event: Event) => loaded.push((event.target as Element).localName)}>
        <welcome-point-finder src=${src}></welcome-point-finder>
        <offer-list src=${src}></offer-list>
        <district-map src=${src}></district-map>
      </div>
    `);
    await waitUntil(() => loaded.length === 3, 'not every element loaded the feed');
    expect(loaded.sort()).to.deep.equal(['district-map', 'offer-list', 'welcome-point-finder']);
    expect(await requestCount(path)).to.equal(before + 1);
    el.remove();
  });

  // A retry (the widgets' retry button) passes reload: the browser may have kept the error response.
  it('after a failure, a retry goes back to the network and can succeed', async () => {
    const key = `retry-${Date.now()}`;
    const url = `/__test/flaky/1/test/fixtures/small.json?key=${key}`;
    const first = await loadError(loadFeed(url));
    expect(first.kind).to.equal('http');
    expect(first.status).to.equal(503);
    const { feed } = await loadFeed(url, { reload: true });
    expect(feed.welcomePoints).to.have.length(2);
  });

  it('a successful load is reused until the cache is cleared and reloaded', async () => {
    const path = '/__test/slow/47/test/fixtures/small.json';
    const before = await requestCount(path);
    const url = fresh(path);
    await loadFeed(url);
    await loadFeed(url);
    expect(await requestCount(path)).to.equal(before + 1);
    clearFeedCache(url);
    await loadFeed(url, { reload: true });
    expect(await requestCount(path)).to.equal(before + 2);
  });
});
