// SPDX-License-Identifier: EUPL-1.2
/**
 * Issue #21 item 8: inside a Welcome Point's card the offers matching the visitor's filters come
 * first, soonest first, each with its own next date (`feed/point-offers.ts`). Table-driven: each
 * row names what it shows.
 */
import { expect } from '@open-wc/testing';
import { matchingOffers, nextOccurrence, pointOffers } from '../../src/feed/point-offers.js';
import { idsFirst } from '../../src/feed/offer-order.js';
import type { OfferCriteria } from '../../src/feed/point-offers.js';
import type { Offer, WelcomeFeed, WelcomePoint } from '../../src/feed/schema.js';

const address = { street: 'Straße 1', postalCode: '40000', city: 'Düsseldorf' };
const ZONE = 'Europe/Berlin';
/** Wednesday 2026-03-04, 12:00 in Düsseldorf. */
const NOW = new Date('2026-03-04T11:00:00Z');

function offer(id: string, extra: Partial<Offer> = {}): Offer {
  return { id, welcomePointId: 'a', title: id, categoryIds: ['advice'], ...extra };
}

const point: WelcomePoint = {
  id: 'a',
  name: 'A',
  districtId: '1',
  address,
  // The building opens on Monday; the offers have their own days.
  openingHours: [{ days: ['mo'], opens: '09:00', closes: '12:00' }],
  closures: [{ from: '2026-03-05', to: '2026-03-05' }],
};

function makeFeed(): WelcomeFeed {
  return {
    version: 1,
    meta: { title: 'T', publisher: 'T', updated: '2026-03-01', license: 'CC0-1.0', defaultLanguage: 'de', timeZone: ZONE },
    districts: [{ id: '1', name: 'Eins' }],
    categories: [{ id: 'advice', label: 'Beratung' }, { id: 'meet', label: 'Begegnung' }],
    welcomePoints: [point, { ...point, id: 'b', name: 'B', closures: [] }],
    offers: [
      offer('cafe', { categoryIds: ['meet'], schedule: [{ days: ['we'], opens: '15:00', closes: '17:00' }] }),
      offer('landlords-late', { audiences: ['landlords'], schedule: [{ days: ['fr'], opens: '16:00', closes: '18:00' }] }),
      offer('women', { audiences: ['women'], schedule: [{ days: ['tu'], opens: '10:00', closes: '12:00' }] }),
      offer('landlords-soon', { audiences: ['landlords'], schedule: [{ days: ['we'], opens: '14:00', closes: '15:00' }] }),
      offer('landlords-over', { audiences: ['landlords'], dates: [{ start: '2026-02-01T10:00', end: '2026-02-01T12:00' }] }),
      offer('elsewhere', { welcomePointId: 'b', audiences: ['landlords'] }),
    ],
  };
}

const ids = (rows: Array<{ offer: Offer }>) => rows.map(row => row.offer.id);

describe('feed/point-offers: matching offers first in a card', () => {
  const feed = makeFeed();
  const table: Array<{ name: string; criteria: OfferCriteria; order: string[]; matching: string[] }> = [
    {
      name: 'no criteria: the feed order, nothing marked',
      criteria: {},
      order: ['cafe', 'landlords-late', 'women', 'landlords-soon', 'landlords-over'],
      matching: [],
    },
    {
      name: 'audience landlords: the landlord offers lead, soonest first; the ended one is no match',
      criteria: { audience: 'landlords' },
      order: ['landlords-soon', 'landlords-late', 'cafe', 'women', 'landlords-over'],
      matching: ['landlords-soon', 'landlords-late'],
    },
    {
      name: 'category: the meeting offer leads',
      criteria: { category: 'meet' },
      order: ['cafe', 'landlords-late', 'women', 'landlords-soon', 'landlords-over'],
      matching: ['cafe'],
    },
    {
      name: 'search words: only the offer named so',
      criteria: { query: '  women ' },
      order: ['women', 'cafe', 'landlords-late', 'landlords-soon', 'landlords-over'],
      matching: ['women'],
    },
    {
      name: 'criteria nothing here matches: the feed order',
      criteria: { audience: 'families' },
      order: ['cafe', 'landlords-late', 'women', 'landlords-soon', 'landlords-over'],
      matching: [],
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const matching = matchingOffers(feed, row.criteria, NOW);
      const offers = pointOffers(feed, 'a', matching, NOW);
      expect(ids(offers)).to.deep.equal(row.order);
      expect(ids(offers.filter(entry => entry.matches))).to.deep.equal(row.matching);
    });
  }

  it('no criteria at all gives no matching set (cards keep their order and name nothing)', () => {
    expect(matchingOffers(feed, { query: '   ' }, NOW)).to.equal(undefined);
  });
});

describe('feed/point-offers: nextOccurrence', () => {
  const local = (iso: string) => new Date(`${iso}+01:00`).toISOString();
  const table: Array<{ name: string; offer: Offer; point?: WelcomePoint; start?: string; running?: boolean }> = [
    { name: 'a weekly slot later today', offer: offer('x', { schedule: [{ days: ['we'], opens: '14:00', closes: '15:00' }] }), start: '2026-03-04T14:00', running: false },
    { name: 'a weekly slot running now', offer: offer('x', { schedule: [{ days: ['we'], opens: '11:00', closes: '13:00' }] }), start: '2026-03-04T11:00', running: true },
    { name: 'a slot over for today: next week', offer: offer('x', { schedule: [{ days: ['we'], opens: '09:00', closes: '10:00' }] }), start: '2026-03-11T09:00', running: false },
    { name: 'the closure day of the point is skipped', offer: offer('x', { schedule: [{ days: ['th'], opens: '10:00', closes: '11:00' }] }), start: '2026-03-12T10:00', running: false },
    { name: 'the sooner of a dated event and a slot', offer: offer('x', { schedule: [{ days: ['fr'], opens: '10:00', closes: '11:00' }], dates: [{ start: '2026-03-04T18:00' }] }), start: '2026-03-04T18:00', running: false },
    { name: 'a dated event running now', offer: offer('x', { dates: [{ start: '2026-03-04T11:30', end: '2026-03-04T13:00' }] }), start: '2026-03-04T11:30', running: true },
    { name: 'only past dates: none', offer: offer('x', { dates: [{ start: '2026-03-01T10:00', end: '2026-03-01T12:00' }] }) },
    { name: 'a slot past its validUntil: none', offer: offer('x', { schedule: [{ days: ['fr'], opens: '10:00', closes: '11:00', validUntil: '2026-03-01' }] }) },
    {
      name: 'a temporarily closed point: its weekly slots pause',
      offer: offer('x', { schedule: [{ days: ['fr'], opens: '10:00', closes: '11:00' }] }),
      point: { ...point, status: 'temporarilyClosed' },
    },
    { name: 'no times at all: none', offer: offer('x') },
  ];
  for (const row of table) {
    it(row.name, () => {
      const next = nextOccurrence(row.offer, row.point ?? point, NOW, ZONE);
      if (!row.start) {
        expect(next).to.equal(undefined);
        return;
      }
      expect(next?.start.toISOString()).to.equal(local(row.start));
      expect(next?.running).to.equal(row.running);
    });
  }

  it('a public holiday is skipped unless the offer is open on holidays', () => {
    const holidays = (date: string) => (date === '2026-03-06' ? { date, name: 'Feiertag' } : undefined);
    const friday = offer('x', { schedule: [{ days: ['fr'], opens: '10:00', closes: '11:00' }] });
    expect(nextOccurrence(friday, point, NOW, ZONE, holidays)?.start.toISOString()).to.equal(local('2026-03-13T10:00'));
    expect(nextOccurrence({ ...friday, openOnHolidays: true }, point, NOW, ZONE, holidays)?.start.toISOString()).to.equal(local('2026-03-06T10:00'));
  });
});

describe('feed/offer-order: idsFirst', () => {
  const entries = ['a', 'b', 'c', 'd'].map(id => ({ offer: offer(id), key: id }));
  const table: Array<[string, string[], string[]]> = [
    ['no ids: unchanged', [], ['a', 'b', 'c', 'd']],
    ['the given ids lead, in their order', ['d', 'b'], ['d', 'b', 'a', 'c']],
    ['unknown ids are ignored', ['x', 'c'], ['c', 'a', 'b', 'd']],
  ];
  for (const [name, first, order] of table) {
    it(name, () => expect(ids(idsFirst(entries, first))).to.deep.equal(order));
  }
});
