// SPDX-License-Identifier: EUPL-1.2
/**
 * The pure orderings behind the widgets: the offer list's groupings and "this week" agenda
 * (`offer-order.ts`), the finder's result order (`point-order.ts`) and the filter options a feed
 * offers (`feed-options.ts`). Table-driven: each row names what it shows.
 */
import { expect } from '@open-wc/testing';
import { agendaEntries, groupedEntries, groupRuns, limitEntries } from '../../src/feed/offer-order.js';
import type { Entry } from '../../src/feed/offer-order.js';
import { computeRows, sortByQuarter } from '../../src/feed/point-order.js';
import type { FilterState } from '../../src/feed/point-order.js';
import { feedAudiences, feedLanguages } from '../../src/feed/feed-options.js';
import type { Offer, WelcomeFeed, WelcomePoint } from '../../src/feed/schema.js';

const address = { street: 'Straße 1', postalCode: '40000', city: 'Düsseldorf' };

function point(id: string, extra: Partial<WelcomePoint> = {}): WelcomePoint {
  return { id, name: id, districtId: '1', address, ...extra };
}

function offer(id: string, extra: Partial<Offer> = {}): Offer {
  return { id, welcomePointId: 'a', title: id, categoryIds: [], ...extra };
}

/** Monday 2026-03-02 is the first day of the agenda in these tests. */
const MONDAY = '2026-03-02';

function makeFeed(): WelcomeFeed {
  return {
    version: 1,
    meta: { title: 'T', publisher: 'T', updated: '2026-03-01', license: 'CC0-1.0', defaultLanguage: 'de', timeZone: 'Europe/Berlin' },
    districts: [
      { id: '1', number: 1, name: 'Eins', center: { lat: 51.0, lng: 6.0 }, quarters: [{ id: 'q11', name: 'Elf' }, { id: 'q12', name: 'Zwölf' }] },
      { id: '2', number: 2, name: 'Zwei', center: { lat: 51.5, lng: 6.5 }, quarters: [{ id: 'q21', name: 'Einundzwanzig' }] },
    ],
    categories: [
      { id: 'meet', label: 'Begegnung' },
      { id: 'advice', label: 'Beratung' },
    ],
    welcomePoints: [
      point('a', { quarterId: 'q12', location: { lat: 51.01, lng: 6.01 }, languages: ['de', 'ar-EG'] }),
      point('b', { districtId: '2', quarterId: 'q21', location: { lat: 51.5, lng: 6.5 } }),
      point('c', { quarterId: 'q11', location: { lat: 51.3, lng: 6.3 }, closures: [{ from: '2026-03-03', to: '2026-03-03' }] }),
      point('d', { districtId: '2', status: 'closed', location: { lat: 51.0, lng: 6.0 } }),
    ],
    offers: [
      offer('o1', { categoryIds: ['advice'], languages: ['ar', 'de'], audiences: ['women'], schedule: [{ days: ['mo', 'we'], opens: '14:00', closes: '16:00' }] }),
      offer('o2', { welcomePointId: 'c', categoryIds: ['meet'], languages: ['ar'], audiences: ['families', 'newcomers'], schedule: [{ days: ['tu'], opens: '09:00', closes: '10:00' }] }),
      offer('o3', { welcomePointId: 'b', categoryIds: ['unknown', 'meet'], languages: ['AR'], dates: [{ start: '2026-03-02T10:00' }] }),
      offer('o4', { welcomePointId: 'x', categoryIds: [], schedule: [{ days: ['mo'], opens: '08:00', closes: '09:00' }] }),
    ],
  } as unknown as WelcomeFeed;
}

const keys = (entries: Array<{ key: string; group: string }>) => entries.map(e => `${e.group}:${e.key}`);

describe('feed/offer-order', () => {
  const cases: Array<[string, 'category' | 'welcome-point' | 'none', string[]]> = [
    ['by category: the feed’s category order, an offer under its first known category, unknown last', 'category', ['meet:o2', 'meet:o3', 'advice:o1', ':o4']],
    ['by Welcome Point: points in feed order, offers of unknown points last', 'welcome-point', ['a:o1', 'b:o3', 'c:o2', ':o4']],
    ['ungrouped: feed order', 'none', [':o1', ':o2', ':o3', ':o4']],
  ];
  for (const [name, groupBy, expected] of cases) {
    it(name, () => {
      expect(keys(groupedEntries(makeFeed(), groupBy))).to.deep.equal(expected);
    });
  }

  const agenda: Array<[string, string, string[]]> = [
    ['Monday: dated event and weekly slots, by start time', MONDAY, [`${MONDAY}:${MONDAY}|o4`, `${MONDAY}:${MONDAY}|o3`, `${MONDAY}:${MONDAY}|o1`]],
    ['Tuesday: nothing, the point of o2 is closed that day', '2026-03-03', []],
    ['Wednesday: the weekly slot again', '2026-03-04', ['2026-03-04:2026-03-04|o1']],
  ];
  for (const [name, day, expected] of agenda) {
    it(`agenda, ${name}`, () => {
      const entries = agendaEntries(makeFeed(), MONDAY).filter(e => e.day === day);
      expect(keys(entries)).to.deep.equal(expected);
    });
  }

  it('agenda covers seven days from today and is cached per feed and day', () => {
    const feed = makeFeed();
    const entries = agendaEntries(feed, MONDAY);
    expect(new Set(entries.map(e => e.day))).to.have.length.at.most(7);
    expect(entries.every(e => e.day! >= MONDAY && e.day! <= '2026-03-08')).to.be.true;
    expect(agendaEntries(feed, MONDAY)).to.equal(entries);
    expect(agendaEntries(feed, '2026-03-03')).to.not.equal(entries);
  });

  /** Entries whose groups read like `'aab'`: a, a, b. */
  const inGroups = (groups: string) => [...groups].map((group, i) => ({ key: `e${i}`, group }) as unknown as Entry);
  const runs: Array<[string, string, string[]]> = [
    ['no entries, no runs', '', []],
    ['one group', 'aaa', ['a@0:3']],
    ['consecutive entries of a group share a run', 'aabbb', ['a@0:2', 'b@2:3']],
    ['a group that comes back starts a new run', 'aba', ['a@0:1', 'b@1:1', 'a@2:1']],
  ];
  for (const [name, groups, expected] of runs) {
    it(`groupRuns: ${name}`, () => {
      expect(groupRuns(inGroups(groups)).map(run => `${run.key}@${run.start}:${run.entries.length}`)).to.deep.equal(expected);
    });
  }

  const limits: Array<[string, string, number | null, string, number, string]> = [
    ['no limit keeps all', 'aab', null, 'aab', 0, 'a2 b1'],
    ['a limit below 1 keeps all', 'aab', 0, 'aab', 0, 'a2 b1'],
    ['a limit at the length keeps all, not cut', 'aab', 3, 'aab', 0, 'a2 b1'],
    ['a limit below the length cuts and says from how many', 'aabb', 3, 'aab', 4, 'a2 b1'],
  ];
  for (const [name, groups, limit, kept, limitedFrom, counts] of limits) {
    it(`limitEntries: ${name}`, () => {
      const result = limitEntries(inGroups(groups), limit);
      expect(result.entries.map(e => e.group).join('')).to.equal(kept);
      expect(result.limitedFrom).to.equal(limitedFrom);
      expect([...result.groupCounts].map(([group, n]) => `${group}${n}`).join(' ')).to.equal(counts);
    });
  }
});

describe('feed/point-order', () => {
  const none: FilterState = { query: '', district: '', category: '', audience: '', language: '', openNow: false };
  const now = new Date('2026-03-02T10:00:00Z');
  const cases: Array<[string, Parameters<typeof computeRows>[1], string[]]> = [
    ['feed order, closed points last', { filters: none, now }, ['a', 'b', 'c', 'd']],
    ['a quarter: its points, its district’s, then by distance from the district’s centre', { filters: none, quarter: 'q11', now }, ['c', 'a', 'b', 'd']],
    ['near me: nearest first, closed still last', { filters: none, origin: { lat: 51.5, lng: 6.5 }, now }, ['b', 'c', 'a', 'd']],
    ['a district filter', { filters: { ...none, district: '2' }, now }, ['b', 'd']],
  ];
  for (const [name, query, expected] of cases) {
    it(name, () => {
      expect(computeRows(makeFeed(), query).map(row => row.point.id)).to.deep.equal(expected);
    });
  }

  it('rows carry the distance after "near me" and mark closed points inactive', () => {
    const rows = computeRows(makeFeed(), { filters: none, origin: { lat: 51.5, lng: 6.5 }, now });
    expect(rows[0].km).to.be.closeTo(0, 0.01);
    expect(rows.map(r => r.inactive)).to.deep.equal([false, false, false, true]);
  });

  const quarters: Array<[string, string, string[]]> = [
    ['its own points first, then the district’s, then by distance from its centre', 'q12', ['a', 'c', 'd', 'b']],
    ['an unknown quarter keeps the order', 'nowhere', ['a', 'b', 'c', 'd']],
  ];
  for (const [name, quarter, expected] of quarters) {
    it(`sortByQuarter: ${name}`, () => {
      const feed = makeFeed();
      expect(sortByQuarter(feed, feed.welcomePoints, quarter).map(p => p.id)).to.deep.equal(expected);
    });
  }

  it('a quarter with its own center: its points first, then the nearest across district borders, with distances from it', () => {
    const feed = makeFeed();
    // q12 lies near district 2's point b, far from its own district's c.
    feed.districts[0].quarters![1].center = { lat: 51.45, lng: 6.45 };
    expect(sortByQuarter(feed, feed.welcomePoints, 'q12').map(p => p.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    const rows = computeRows(feed, { filters: none, quarter: 'q12', now });
    expect(rows.map(r => r.point.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(rows[1].km).to.be.closeTo(6.6, 0.2);
    expect(rows.every(r => typeof r.km === 'number')).to.be.true;
  });
});

describe('feed/feed-options', () => {
  const languages: Array<[string, Parameters<typeof feedLanguages>[1], string[]]> = [
    ['offers only, as written, most frequent first', {}, ['ar', 'de', 'AR']],
    ['offers and points, folded to the language', { points: true, base: true }, ['ar', 'de']],
  ];
  for (const [name, options, expected] of languages) {
    it(`languages: ${name}`, () => {
      expect(feedLanguages(makeFeed(), options)).to.deep.equal(expected);
    });
  }

  it('audiences that occur, in the schema’s order', () => {
    expect(feedAudiences(makeFeed())).to.deep.equal(['newcomers', 'families', 'women']);
  });
});
