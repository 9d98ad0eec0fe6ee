// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import { feedHolidays, isOpenAt, nextOpening, pointOpeningState } from '../../src/feed/hours.js';
import { holidayCalendar } from '../../src/feed/holidays.js';
import { filterOffers, filterPoints } from '../../src/feed/query.js';
import { validateFeedAsync } from '../../src/feed/validate.js';
import { buildCalendar, offerEvents } from '../../src/calendar/ics.js';
import type { Slot, WelcomeFeed, WelcomePoint } from '../../src/feed/schema.js';

const TZ = 'Europe/Berlin';
const NW = holidayCalendar('DE-NW');
const weekdays: Slot[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }];
const iso = (date: Date | undefined) => date?.toISOString();

function point(overrides: Partial<WelcomePoint> = {}): WelcomePoint {
  return {
    id: 'wp',
    name: 'Welcome Point',
    districtId: 'd1',
    address: { street: 'Marktplatz 1', postalCode: '40213', city: 'Düsseldorf' },
    openingHours: weekdays,
    ...overrides,
  };
}

describe('hours: public holidays', () => {
  it('a point is closed on Christmas Day and says why', () => {
    // Friday 25 December 2026, 11:00 in Düsseldorf.
    const state = pointOpeningState(point(), new Date('2026-12-25T10:00:00Z'), TZ, NW);
    expect(state.state).to.equal('closure');
    expect(state.closure).to.equal(undefined);
    expect(state.holiday).to.deep.equal({ date: '2026-12-25', name: { de: '1. Weihnachtstag', en: 'Christmas Day' } });
    // Saturday and Sunday have no hours; Monday 28 December 09:00 CET.
    expect(iso(state.next)).to.equal('2026-12-28T08:00:00.000Z');
  });

  it('without holiday rules, the same moment is open (old feeds keep working)', () => {
    expect(pointOpeningState(point(), new Date('2026-12-25T10:00:00Z'), TZ).state).to.equal('open');
  });

  it('openOnHolidays keeps a point open', () => {
    const state = pointOpeningState(point({ openOnHolidays: true }), new Date('2026-12-25T10:00:00Z'), TZ, NW);
    expect(state.state).to.equal('open');
    expect(state.holiday).to.equal(undefined);
  });

  it('a closures entry wins over a holiday on the same day (the feed says more)', () => {
    const closures = [{ from: '2026-12-24', to: '2026-12-31', note: 'Winterpause' }];
    const state = pointOpeningState(point({ closures }), new Date('2026-12-25T10:00:00Z'), TZ, NW);
    expect(state.closure?.note).to.equal('Winterpause');
    expect(state.holiday).to.equal(undefined);
    // 1 January is a holiday, 2–3 a weekend: Monday 4 January 2027.
    expect(iso(state.next)).to.equal('2027-01-04T08:00:00.000Z');
  });

  it('next opening skips closures and holidays together (Christmas Eve closure, Christmas, the weekend)', () => {
    const closures = [{ from: '2026-12-24', to: '2026-12-24' }];
    // Wednesday 23 December 2026, 18:00.
    expect(iso(nextOpening(weekdays, new Date('2026-12-23T17:00:00Z'), TZ, closures, NW))).to.equal('2026-12-28T08:00:00.000Z');
  });

  it('next opening skips the Easter weekend that is also the switch to summer time (2027)', () => {
    // Thursday 25 March 2027, 18:00 CET. Good Friday 26, Easter Sunday 28 (clocks go forward),
    // Easter Monday 29: the next opening is Tuesday 30 March 09:00 CEST = 07:00 UTC.
    expect(iso(nextOpening(weekdays, new Date('2027-03-25T17:00:00Z'), TZ, undefined, NW))).to.equal('2027-03-30T07:00:00.000Z');
    // Without holidays it would be Friday 09:00 CET.
    expect(iso(nextOpening(weekdays, new Date('2027-03-25T17:00:00Z'), TZ))).to.equal('2027-03-26T08:00:00.000Z');
  });

  it('the holiday is the local date, also in summer time around midnight', () => {
    // 00:30 CEST on Corpus Christi 2026 (Thursday 4 June) is 22:30 UTC the day before.
    const late = [{ days: ['we', 'th'], opens: '00:00', closes: '24:00' }] as Slot[];
    expect(isOpenAt(late, new Date('2026-06-03T22:30:00Z'), TZ, undefined, NW)).to.equal(false);
    expect(isOpenAt(late, new Date('2026-06-03T21:30:00Z'), TZ, undefined, NW)).to.equal(true); // 23:30 on Wednesday
  });
});

function feedJson(): Record<string, unknown> {
  return {
    version: 1,
    meta: { title: 'Test', publisher: 'p', updated: '2026-11-01', license: 'CC0-1.0', holidays: 'DE-NW' },
    districts: [{ id: 'd1', name: 'Mitte' }],
    categories: [{ id: 'c', label: 'Beratung' }],
    welcomePoints: [
      { id: 'wp-1', name: 'Welcome Point 1', districtId: 'd1', address: { street: 'A 1', postalCode: '40213', city: 'Düsseldorf' }, openingHours: weekdays },
      { id: 'wp-2', name: 'Notdienst', districtId: 'd1', address: { street: 'B 2', postalCode: '40213', city: 'Düsseldorf' }, openingHours: weekdays, openOnHolidays: true },
    ],
    offers: [
      { id: 'o-1', welcomePointId: 'wp-1', title: 'Beratung', categoryIds: ['c'], schedule: [{ days: ['fr', 'mo'], opens: '10:00', closes: '12:00' }] },
      { id: 'o-2', welcomePointId: 'wp-1', title: 'Feiertagscafé', categoryIds: ['c'], openOnHolidays: true, schedule: [{ days: ['fr'], opens: '10:00', closes: '12:00' }] },
      { id: 'o-3', welcomePointId: 'wp-2', title: 'Notdienst-Beratung', categoryIds: ['c'], schedule: [{ days: ['fr'], opens: '10:00', closes: '12:00' }] },
      { id: 'o-4', welcomePointId: 'wp-1', title: 'Konzert', categoryIds: ['c'], dates: [{ start: '2026-12-25T10:00', end: '2026-12-25T12:00' }] },
    ],
  };
}

describe('query and calendar: public holidays from meta.holidays', () => {
  let feed: WelcomeFeed;
  before(async () => {
    feed = (await validateFeedAsync(feedJson())).feed;
  });
  const christmas = new Date('2026-12-25T10:30:00Z'); // Friday 11:30
  const ids = (items: Array<{ id: string }>) => items.map(item => item.id);

  it('the loader attaches the region\'s holidays to the feed', () => {
    expect(feedHolidays(feed)?.('2026-12-25')?.name).to.deep.equal({ de: '1. Weihnachtstag', en: 'Christmas Day' });
  });

  it('"open now" leaves out points and weekly offers on a holiday, unless openOnHolidays', () => {
    expect(ids(filterPoints(feed, { openNow: true }, christmas))).to.deep.equal(['wp-2']);
    // o-2 is open on holidays itself, o-3 inherits it from its point, o-4 is a dated event.
    expect(ids(filterOffers(feed, { openNow: true }, christmas))).to.deep.equal(['o-2', 'o-3', 'o-4']);
    // The Friday before is an ordinary day.
    expect(ids(filterPoints(feed, { openNow: true }, new Date('2026-12-18T10:30:00Z')))).to.deep.equal(['wp-1', 'wp-2']);
  });

  it('"upcoming" does not count a weekly slot that falls only on holidays', () => {
    // Christmas Day morning (Friday), looking one day ahead: o-1's Friday slot is cancelled.
    expect(ids(filterOffers(feed, { upcomingDays: 1 }, new Date('2026-12-25T07:00:00Z')))).to.deep.equal(['o-2', 'o-3', 'o-4']);
  });

  it('the .ics export lists the holidays of a weekly slot as EXDATEs', () => {
    const events = offerEvents(feed, feed.offers[0], { lang: 'de', today: '2026-12-01' });
    const ics = buildCalendar(events, { timeZone: TZ, now: new Date('2026-12-01T09:00:00Z') });
    const exdate = ics.replace(/\r\n[ \t]/g, '').split('\r\n').find(line => line.startsWith('EXDATE'));
    expect(exdate?.startsWith('EXDATE;TZID=Europe/Berlin:')).to.equal(true);
    const dates = exdate!.slice(exdate!.indexOf(':') + 1).split(',');
    // Fridays and Mondays that are holidays in NRW within the 400-day horizon.
    expect(dates.slice(0, 6)).to.deep.equal([
      '20261225T100000', // Christmas Day (Friday)
      '20270101T100000', // New Year's Day (Friday)
      '20270326T100000', // Good Friday
      '20270329T100000', // Easter Monday
      '20270517T100000', // Whit Monday
      '20271101T100000', // All Saints' Day (Monday)
    ]);
    expect(dates).not.to.include('20261228T100000');
  });

  it('no EXDATEs for holidays when the offer or its point is open on holidays', () => {
    for (const offer of [feed.offers[1], feed.offers[2]]) {
      const ics = buildCalendar(offerEvents(feed, offer, { lang: 'de', today: '2026-12-01' }), { timeZone: TZ, now: new Date('2026-12-01T09:00:00Z') });
      expect(ics).not.to.contain('EXDATE');
    }
  });
});
