// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import { filterOffers, filterPoints } from '../../src/feed/query.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { WelcomeFeed } from '../../src/feed/schema.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * The absolute goal (≤ 2 ms per filter on 10,000 offers) is measured by `npm run bench:feed`;
 * test machines are shared and their timings swing tenfold. What a test can check reliably is
 * the design: each filter runs on the prepared index, so it must cost a small fraction of
 * building that index — both slow down alike on a busy machine.
 */
describe('query: filters run on the prepared index (10,000 offers over 500 points)', () => {
  const json = JSON.stringify(generateFeed({ points: 500, offers: 10000, seed: 1 }));
  const fresh = () => validateFeed(JSON.parse(json)).feed;
  const monday = new Date('2026-11-02T09:30:00Z');
  let feed: WelcomeFeed;
  let indexMs: number;

  before(() => {
    // Building the index = the first filter on a new feed object, text search included.
    indexMs = median(
      [fresh(), fresh(), fresh()].map(copy => timed(() => filterOffers(copy, { query: 'x' }, monday))),
    );
    feed = fresh();
    filterOffers(feed, { query: 'x' }, monday);
  });

  const filters: Array<[string, Parameters<typeof filterOffers>[1]]> = [
    ['text search', { query: 'sprachcafe' }],
    ['two words, Arabic', { query: 'مقهى اللغة' }],
    ['category + free + open now', { category: 'language', cost: 'free', openNow: true }],
    ['upcoming this week', { upcomingDays: 7 }],
    ['everything at once', { query: 'beratung', district: '3', audience: 'refugees', language: 'ar', upcomingDays: 7 }],
  ];
  for (const [name, filter] of filters) {
    it(`filterOffers: ${name} costs under a fifth of building the index`, () => {
      expect(filterOffers(feed, filter, monday).length, 'the filter should find something').to.be.greaterThan(0);
      const ms = median(Array.from({ length: 9 }, () => timed(() => filterOffers(feed, filter, monday))));
      expect(ms).to.be.lessThan(indexMs / 5);
    });
  }

  it('filterPoints with a query and open now costs under a fifth of building the index', () => {
    expect(filterPoints(feed, { query: 'welcome', openNow: true }, monday).length).to.be.greaterThan(0);
    const ms = median(Array.from({ length: 9 }, () => timed(() => filterPoints(feed, { query: 'welcome', openNow: true }, monday))));
    expect(ms).to.be.lessThan(indexMs / 5);
  });

  it('the index is kept per feed object: a second feed object gets its own, the first keeps its', () => {
    const other = fresh();
    const first = timed(() => filterOffers(other, { query: 'sprach' }, monday));
    const again = timed(() => filterOffers(other, { query: 'sprach' }, monday));
    expect(again).to.be.lessThan(first);
  });
});
