// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import {
  categoryById,
  districtById,
  districtOfQuarter,
  filterOffers,
  filterPoints,
  offersOfPoint,
  pointById,
  sortByDistance,
} from '../../src/feed/query.js';
import { distanceKm, pointLocation } from '../../src/feed/geo.js';
import type { Offer, WelcomeFeed, WelcomePoint } from '../../src/feed/schema.js';

const address = (street: string) => ({ street, postalCode: '40000', city: 'Düsseldorf' });
const weekdays = [{ days: ['mo', 'tu', 'we', 'th', 'fr'] as const, opens: '09:00', closes: '17:00' }].map(slot => ({
  ...slot,
  days: [...slot.days],
}));

/** A hand-written feed where each fixture exists to make one filter fail or pass. */
function makeFeed(): WelcomeFeed {
  return {
    version: 1,
    meta: { title: 'Test', publisher: 'Test', updated: '2026-11-01', license: 'CC0-1.0', defaultLanguage: 'de', timeZone: 'Europe/Berlin' },
    districts: [
      { id: '1', number: 1, name: { de: 'Stadtbezirk 1', en: 'District 1' }, center: { lat: 51.2415, lng: 6.7785 }, quarters: [{ id: '014', name: 'Pempelfort' }, { id: '011', name: 'Altstadt' }] },
      { id: '3', number: 3, name: 'Stadtbezirk 3', center: { lat: 51.2033, lng: 6.7684 }, quarters: [{ id: '036', name: 'Bilk' }] },
      { id: '7', number: 7, name: 'Stadtbezirk 7', center: { lat: 51.2482, lng: 6.8778 }, quarters: [{ id: '071', name: 'Gerresheim' }] },
    ],
    categories: [
      { id: 'counselling', label: { de: 'Beratung', en: 'Counselling', ar: 'استشارة' } },
      { id: 'language', label: { de: 'Sprachkurse', en: 'Language courses' } },
      { id: 'meeting', label: { de: 'Begegnung', en: 'Meeting' } },
    ],
    welcomePoints: [
      {
        id: 'wp-pempelfort', name: 'Welcome Point 01', districtId: '1', quarterId: '014', status: 'closed',
        address: address('Münsterstraße 6'), location: { lat: 51.2385, lng: 6.7893 }, openingHours: weekdays,
      },
      {
        id: 'wp-gerresheim', name: 'Welcome Point Gerresheim', districtId: '7', quarterId: '071',
        address: address('Heyestraße 1'), location: { lat: 51.2335, lng: 6.8585 }, operator: { name: 'Landeshauptstadt Düsseldorf' },
        openingHours: [{ days: ['mo'], opens: '10:00', closes: '14:00' }], languages: ['de', 'ar', 'fa'],
        closures: [{ from: '2026-11-09', to: '2026-11-09' }],
      },
      {
        id: 'wp-bilk', name: { de: 'Begegnungszentrum Bilk', uk: 'Центр зустрічей Більк' }, districtId: '3', quarterId: '036',
        address: address('Merowinger Straße 24'), openingHours: weekdays, languages: ['de', 'uk-UA'],
      },
      {
        id: 'wp-away', name: 'Welcome Point Altstadt', districtId: '1', quarterId: '011', status: 'temporarilyClosed',
        address: address('Marktplatz 1'), location: { lat: 51.2259, lng: 6.7727 }, openingHours: weekdays,
      },
    ],
    offers: [
      { id: 'o-old', welcomePointId: 'wp-pempelfort', title: 'Alte Sprechstunde', categoryIds: ['counselling'] },
      {
        id: 'o-cafe', welcomePointId: 'wp-gerresheim', title: { de: 'Sprachcafé', ar: 'مَقْهَى اللُّغَة' }, categoryIds: ['meeting', 'language'],
        audiences: ['newcomers', 'women'], cost: 'free', schedule: [{ days: ['mo'], opens: '10:00', closes: '12:00' }],
      },
      {
        id: 'o-asyl', welcomePointId: 'wp-gerresheim', title: 'Asylverfahrensberatung', categoryIds: ['counselling'],
        audiences: ['refugees'], languages: ['de', 'ru'], cost: { de: '5 €' }, schedule: [{ days: ['th'], opens: '14:00', closes: '16:00' }],
      },
      {
        id: 'o-ua', welcomePointId: 'wp-bilk', title: { uk: 'Консультація для біженців', de: 'Beratung für Geflüchtete aus der Ukraine' },
        categoryIds: ['counselling'], audiences: ['refugees', 'families'],
      },
      {
        id: 'o-fest', welcomePointId: 'wp-bilk', title: 'Nachbarschaftsfest', categoryIds: ['meeting'], audiences: ['neighbours'],
        dates: [{ start: '2026-11-14T15:00', end: '2026-11-14T19:00' }],
      },
      { id: 'o-paused', welcomePointId: 'wp-away', title: 'Hausaufgabenhilfe', categoryIds: ['meeting'], audiences: ['children'], schedule: weekdays },
    ],
  };
}

// Monday 2 November 2026, 10:30 in Düsseldorf.
const MONDAY = new Date('2026-11-02T09:30:00Z');
const ids = (items: Array<WelcomePoint | Offer>) => items.map(item => item.id);

describe('query: filterPoints', () => {
  const feed = makeFeed();
  const cases: Array<[string, Parameters<typeof filterPoints>[1], string[]]> = [
    ['no filter: every current point (closed ones hidden)', {}, ['wp-gerresheim', 'wp-bilk', 'wp-away']],
    ['includeClosed shows closed points too', { includeClosed: true }, ['wp-pempelfort', 'wp-gerresheim', 'wp-bilk', 'wp-away']],
    ['by district', { district: '1' }, ['wp-away']],
    ['by quarter', { quarter: '036' }, ['wp-bilk']],
    ['by category (through the offers)', { category: 'language' }, ['wp-gerresheim']],
    ['by audience (through the offers)', { audience: 'refugees' }, ['wp-gerresheim', 'wp-bilk']],
    ['by language of the point, base match', { language: 'uk' }, ['wp-bilk']],
    ['by language of an offer', { language: 'ru-RU' }, ['wp-gerresheim']],
    ['search by quarter name', { query: 'bilk' }, ['wp-bilk']],
    ['search by street with ß typed as ss', { query: 'heyestrasse' }, ['wp-gerresheim']],
    ['search by operator', { query: 'Landeshauptstadt' }, ['wp-gerresheim']],
    ['search by an offer title in Arabic', { query: 'مقهى' }, ['wp-gerresheim']],
    ['search by a Ukrainian name', { query: 'центр' }, ['wp-bilk']],
    ['search by district name', { query: 'Stadtbezirk 3' }, ['wp-bilk']],
    ['open now (Monday 10:30); temporarily closed points are not open', { openNow: true }, ['wp-gerresheim', 'wp-bilk']],
    ['criteria combine', { query: 'welcome', district: '7', openNow: true }, ['wp-gerresheim']],
    ['nothing matches', { query: 'zzz' }, []],
  ];
  for (const [name, filter, expected] of cases) {
    it(name, () => expect(ids(filterPoints(feed, filter, MONDAY))).to.deep.equal(expected));
  }

  it('open now respects a closure day', () => {
    expect(ids(filterPoints(feed, { openNow: true, district: '7' }, new Date('2026-11-09T09:30:00Z')))).to.deep.equal([]);
  });
});

describe('query: filterOffers', () => {
  const feed = makeFeed();
  const cases: Array<[string, Parameters<typeof filterOffers>[1], string[]]> = [
    ['no filter: offers of closed points hidden', {}, ['o-cafe', 'o-asyl', 'o-ua', 'o-fest', 'o-paused']],
    ['includeClosed', { includeClosed: true }, ['o-old', 'o-cafe', 'o-asyl', 'o-ua', 'o-fest', 'o-paused']],
    ['by point', { welcomePoint: 'wp-bilk' }, ['o-ua', 'o-fest']],
    ['by district', { district: '7' }, ['o-cafe', 'o-asyl']],
    ['by point in another district than the district filter: the point wins', { welcomePoint: 'wp-bilk', district: '7' }, ['o-ua', 'o-fest']],
    ['by category', { category: 'counselling' }, ['o-asyl', 'o-ua']],
    ['by audience', { audience: 'women' }, ['o-cafe']],
    ['free only', { cost: 'free' }, ['o-cafe']],
    ['by language of the offer', { language: 'ru' }, ['o-asyl']],
    ['by language inherited from the point', { language: 'uk' }, ['o-ua', 'o-fest']],
    ['by the feed language when neither says', { language: 'de', district: '1' }, ['o-paused']],
    ['search in German', { query: 'sprachcafe' }, ['o-cafe']],
    ['search in Arabic without tashkeel', { query: 'اللغة' }, ['o-cafe']],
    ['search in Ukrainian', { query: 'консультація' }, ['o-ua']],
    ['search by category label in any language', { query: 'counselling' }, ['o-asyl', 'o-ua']],
    ['search by quarter and title', { query: 'gerresheim asyl' }, ['o-asyl']],
    ['running now: weekly slot', { openNow: true }, ['o-cafe']],
    ['upcoming in 7 days: slots and the dated fest', { upcomingDays: 7 }, ['o-cafe', 'o-asyl']],
    ['upcoming in 14 days includes the fest', { upcomingDays: 14, category: 'meeting' }, ['o-cafe', 'o-fest']],
  ];
  for (const [name, filter, expected] of cases) {
    it(name, () => expect(ids(filterOffers(feed, filter, MONDAY))).to.deep.equal(expected));
  }

  it('a dated event is running during its time, in local wall-clock time', () => {
    const during = new Date('2026-11-14T15:30:00Z'); // 16:30 local
    const after = new Date('2026-11-14T18:00:00Z'); // 19:00 local
    expect(ids(filterOffers(feed, { openNow: true }, during))).to.deep.equal(['o-fest']);
    expect(ids(filterOffers(feed, { openNow: true }, after))).to.deep.equal([]);
  });

  it('today counts for upcoming only while a slot is still ahead', () => {
    const mondayEvening = new Date('2026-11-02T17:00:00Z');
    expect(ids(filterOffers(feed, { upcomingDays: 1 }, MONDAY))).to.deep.equal(['o-cafe']);
    expect(ids(filterOffers(feed, { upcomingDays: 1 }, mondayEvening))).to.deep.equal([]);
  });
});

describe('query: lookups', () => {
  const feed = makeFeed();
  it('finds by id', () => {
    expect(pointById(feed, 'wp-bilk')?.quarterId).to.equal('036');
    expect(pointById(feed, 'nope')).to.equal(undefined);
    expect(districtById(feed, '7')?.number).to.equal(7);
    expect(categoryById(feed, 'language')?.label).to.deep.equal({ de: 'Sprachkurse', en: 'Language courses' });
  });
  it('finds the district of a quarter', () => {
    expect(districtOfQuarter(feed, '014')?.id).to.equal('1');
    expect(districtOfQuarter(feed, '999')).to.equal(undefined);
  });
  it('lists the offers of a point in feed order', () => {
    expect(ids(offersOfPoint(feed, 'wp-gerresheim'))).to.deep.equal(['o-cafe', 'o-asyl']);
    expect(offersOfPoint(feed, 'nope')).to.deep.equal([]);
  });
  it('indexes each feed object separately', () => {
    const other = makeFeed();
    other.welcomePoints = other.welcomePoints.slice(0, 1);
    expect(pointById(other, 'wp-bilk')).to.equal(undefined);
    expect(pointById(feed, 'wp-bilk')).to.exist;
  });
});

describe('geo', () => {
  it('distanceKm is the haversine distance', () => {
    // Düsseldorf Hbf → Köln Hbf is about 33 km as the crow flies.
    const km = distanceKm({ lat: 51.2201, lng: 6.7942 }, { lat: 50.9430, lng: 6.9589 });
    expect(km).to.be.within(32.5, 33.5);
    expect(distanceKm({ lat: 51, lng: 6 }, { lat: 51, lng: 6 })).to.equal(0);
  });

  it('pointLocation falls back to the district centre', () => {
    const feed = makeFeed();
    expect(pointLocation(feed, pointById(feed, 'wp-gerresheim')!)).to.deep.equal({ lat: 51.2335, lng: 6.8585 });
    expect(pointLocation(feed, pointById(feed, 'wp-bilk')!)).to.deep.equal({ lat: 51.2033, lng: 6.7684 });
  });

  it('sortByDistance puts the nearest first and unlocated items last, stably', () => {
    const feed = makeFeed();
    const gerresheimStation = { lat: 51.2245, lng: 6.8627 };
    const items = [...feed.welcomePoints, { ...feed.welcomePoints[3], id: 'nowhere', location: undefined, districtId: 'x' }];
    const sorted = sortByDistance(items, gerresheimStation, point => pointLocation(feed, point));
    expect(sorted.map(entry => entry.item.id)).to.deep.equal(['wp-gerresheim', 'wp-pempelfort', 'wp-away', 'wp-bilk', 'nowhere']);
    expect(sorted[0].km).to.be.within(0.9, 1.1);
    expect(sorted.at(-1)!.km).to.equal(undefined);
  });
});
