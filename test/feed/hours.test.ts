// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import {
  isOpenAt,
  nextOpening,
  pointOpeningState,
  zonedDate,
  zonedMoment,
} from '../../src/feed/hours.js';
import type { Closure, Slot, WelcomePoint } from '../../src/feed/schema.js';

const TZ = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);
const iso = (date: Date | undefined) => date?.toISOString();

// 2026: summer time starts Sun 29 March 01:00 UTC (02:00 CET → 03:00 CEST) and ends
// Sun 25 October 01:00 UTC (03:00 CEST → 02:00 CET).
const sundayMorning: Slot[] = [{ days: ['su'], opens: '09:00', closes: '12:00' }];
const overTheSwitch: Slot[] = [{ days: ['su'], opens: '01:00', closes: '04:00' }];
const weekdays: Slot[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }];
const lunchBreak: Slot[] = [
  { days: ['mo'], opens: '09:00', closes: '12:00' },
  { days: ['mo'], opens: '13:00', closes: '16:00' },
];

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

describe('hours: zonedMoment', () => {
  const cases: Array<[string, string, string, number]> = [
    ['winter, UTC+1', '2026-01-15T08:30:00Z', '2026-01-15', 9 * 60 + 30],
    ['summer, UTC+2', '2026-07-15T08:30:00Z', '2026-07-15', 10 * 60 + 30],
    ['last minute before the spring switch', '2026-03-29T00:59:00Z', '2026-03-29', 1 * 60 + 59],
    ['first minute after the spring switch', '2026-03-29T01:00:00Z', '2026-03-29', 3 * 60],
    ['02:30 the first time in autumn (CEST)', '2026-10-25T00:30:00Z', '2026-10-25', 2 * 60 + 30],
    ['02:30 the second time in autumn (CET)', '2026-10-25T01:30:00Z', '2026-10-25', 2 * 60 + 30],
    ['late evening UTC is already tomorrow locally', '2026-06-30T22:30:00Z', '2026-07-01', 30],
  ];
  for (const [name, instant, date, minutes] of cases) {
    it(name, () => {
      const moment = zonedMoment(at(instant), TZ);
      expect(moment.date).to.equal(date);
      expect(moment.minutes).to.equal(minutes);
    });
  }
  it('gives the local weekday', () => {
    expect(zonedMoment(at('2026-03-29T12:00:00Z'), TZ).weekday).to.equal('su');
    expect(zonedMoment(at('2026-06-30T22:30:00Z'), TZ).weekday).to.equal('we');
  });
});

describe('hours: zonedDate', () => {
  const cases: Array<[string, string, number, string]> = [
    ['winter', '2026-01-15', 9 * 60, '2026-01-15T08:00:00.000Z'],
    ['summer', '2026-07-15', 9 * 60, '2026-07-15T07:00:00.000Z'],
    ['a time skipped in spring moves forward by the gap', '2026-03-29', 2 * 60 + 30, '2026-03-29T01:30:00.000Z'],
    ['the morning after the spring switch', '2026-03-29', 9 * 60, '2026-03-29T07:00:00.000Z'],
    ['a repeated time in autumn takes the first occurrence', '2026-10-25', 2 * 60 + 30, '2026-10-25T00:30:00.000Z'],
    ['the morning after the autumn switch', '2026-10-25', 9 * 60, '2026-10-25T08:00:00.000Z'],
    ['24:00 is the next midnight', '2026-07-15', 24 * 60, '2026-07-15T22:00:00.000Z'],
  ];
  for (const [name, date, minutes, expected] of cases) {
    it(name, () => expect(zonedDate(date, minutes, TZ).toISOString()).to.equal(expected));
  }
  it('works in other zones too', () => {
    expect(zonedDate('2026-07-15', 9 * 60, 'America/New_York').toISOString()).to.equal('2026-07-15T13:00:00.000Z');
    expect(zonedDate('2026-07-15', 9 * 60, 'UTC').toISOString()).to.equal('2026-07-15T09:00:00.000Z');
  });
});

describe('hours: isOpenAt', () => {
  const cases: Array<[string, Slot[] | undefined, string, boolean | undefined, Closure[]?]> = [
    ['open inside a slot', weekdays, '2026-11-02T09:30:00Z', true],
    ['closed before opening', weekdays, '2026-11-02T07:59:00Z', false],
    ['open at the opening minute', weekdays, '2026-11-02T08:00:00Z', true],
    ['closed at the closing minute', weekdays, '2026-11-02T16:00:00Z', false],
    ['closed on a weekday without slots', weekdays, '2026-11-07T10:00:00Z', false],
    ['closed during the lunch break', lunchBreak, '2026-11-02T11:30:00Z', false],
    ['open again after lunch', lunchBreak, '2026-11-02T12:30:00Z', true],
    ['unknown without hours (not closed)', undefined, '2026-11-02T09:30:00Z', undefined],
    ['unknown with an empty list', [], '2026-11-02T09:30:00Z', undefined],
    // Spring switch: 09:00 local is 07:00 UTC on the Sunday, not 08:00 as the day before.
    ['DST spring: open at 09:30 CEST (07:30 UTC)', sundayMorning, '2026-03-29T07:30:00Z', true],
    ['DST spring: closed at 08:59 CEST (06:59 UTC)', sundayMorning, '2026-03-29T06:59:00Z', false],
    ['DST spring: closed at 12:00 CEST (10:00 UTC)', sundayMorning, '2026-03-29T10:00:00Z', false],
    ['DST spring: open at 01:59 CET, inside a slot over the switch', overTheSwitch, '2026-03-29T00:59:00Z', true],
    ['DST spring: open at 03:00 CEST, inside a slot over the switch', overTheSwitch, '2026-03-29T01:00:00Z', true],
    ['DST spring: closed at 04:00 CEST', overTheSwitch, '2026-03-29T02:00:00Z', false],
    // Autumn switch: 09:00 local is 08:00 UTC on the Sunday.
    ['DST autumn: closed at 08:30 CET (07:30 UTC)', sundayMorning, '2026-10-25T07:30:00Z', false],
    ['DST autumn: open at 09:00 CET (08:00 UTC)', sundayMorning, '2026-10-25T08:00:00Z', true],
    ['DST autumn: open at the repeated 02:30', overTheSwitch, '2026-10-25T01:30:00Z', true],
    ['DST autumn: closed at 04:00 CET', overTheSwitch, '2026-10-25T03:00:00Z', false],
    [
      'a slot before its validFrom does not count',
      [{ days: ['mo'], opens: '09:00', closes: '17:00', validFrom: '2026-11-03' }],
      '2026-11-02T09:30:00Z',
      false,
    ],
    [
      'a slot after its validUntil does not count',
      [{ days: ['mo'], opens: '09:00', closes: '17:00', validUntil: '2026-11-01' }],
      '2026-11-02T09:30:00Z',
      false,
    ],
    [
      'a slot on its last valid day counts',
      [{ days: ['mo'], opens: '09:00', closes: '17:00', validUntil: '2026-11-02' }],
      '2026-11-02T09:30:00Z',
      true,
    ],
    ['a slot closing at 24:00 is open at 23:59', [{ days: ['mo'], opens: '18:00', closes: '24:00' }], '2026-11-02T22:59:00Z', true],
    ['closed on a closure day', weekdays, '2026-12-24T09:00:00Z', false, [{ from: '2026-12-24', to: '2026-12-26' }]],
    ['open the day after a closure', weekdays, '2026-12-28T09:00:00Z', true, [{ from: '2026-12-24', to: '2026-12-26' }]],
    ['a closure day is closed even without hours', undefined, '2026-12-24T09:00:00Z', false, [{ from: '2026-12-24', to: '2026-12-24' }]],
  ];
  for (const [name, slots, instant, expected, closures] of cases) {
    it(name, () => expect(isOpenAt(slots, at(instant), TZ, closures)).to.equal(expected));
  }
});

describe('hours: nextOpening', () => {
  const cases: Array<[string, Slot[] | undefined, string, string | undefined, Closure[]?]> = [
    ['later today', weekdays, '2026-11-02T06:00:00Z', '2026-11-02T08:00:00.000Z'],
    ['after the lunch break', lunchBreak, '2026-11-02T11:15:00Z', '2026-11-02T12:00:00.000Z'],
    ['over the weekend', weekdays, '2026-11-06T17:00:00Z', '2026-11-09T08:00:00.000Z'],
    ['while open: the next opening, not the current one', weekdays, '2026-11-02T09:00:00Z', '2026-11-03T08:00:00.000Z'],
    // Saturday evening before the spring switch → Monday 09:00 CEST = 07:00 UTC.
    ['across the spring switch', weekdays, '2026-03-28T19:00:00Z', '2026-03-30T07:00:00.000Z'],
    ['across the autumn switch', weekdays, '2026-10-24T19:00:00Z', '2026-10-26T08:00:00.000Z'],
    ['skips closure days', weekdays, '2026-12-23T17:00:00Z', '2026-12-28T08:00:00.000Z', [{ from: '2026-12-24', to: '2026-12-27' }]],
    ['none without slots', undefined, '2026-11-02T06:00:00Z', undefined],
    ['none when everything is closed for weeks', weekdays, '2026-11-02T06:00:00Z', undefined, [{ from: '2026-11-01', to: '2026-12-31' }]],
  ];
  for (const [name, slots, from, expected, closures] of cases) {
    it(name, () => expect(iso(nextOpening(slots, at(from), TZ, closures))).to.equal(expected));
  }
});

describe('hours: pointOpeningState', () => {
  it('open, with the end of the current slot', () => {
    const state = pointOpeningState(point(), at('2026-11-02T09:30:00Z'), TZ);
    expect(state.state).to.equal('open');
    expect(iso(state.closesAt)).to.equal('2026-11-02T16:00:00.000Z');
    expect(state.today).to.have.length(1);
  });

  it('touching slots count as one opening for closesAt', () => {
    const hours: Slot[] = [
      { days: ['mo'], opens: '12:00', closes: '14:00' },
      { days: ['mo'], opens: '10:00', closes: '12:00' },
    ];
    const state = pointOpeningState(point({ openingHours: hours }), at('2026-11-02T09:30:00Z'), TZ);
    expect(iso(state.closesAt)).to.equal('2026-11-02T13:00:00.000Z');
    expect(state.today.map(slot => slot.opens), 'sorted by time').to.deep.equal(['10:00', '12:00']);
  });

  it('closed in the lunch break, with the next opening and today\'s slots', () => {
    const state = pointOpeningState(point({ openingHours: lunchBreak }), at('2026-11-02T11:30:00Z'), TZ);
    expect(state.state).to.equal('closed');
    expect(iso(state.next)).to.equal('2026-11-02T12:00:00.000Z');
    expect(state.today.map(slot => `${slot.opens}–${slot.closes}`)).to.deep.equal(['09:00–12:00', '13:00–16:00']);
  });

  it('closure day: names the closure and the first opening after it', () => {
    const closures: Closure[] = [{ from: '2026-12-24', to: '2026-12-26', note: { de: 'Weihnachten' } }];
    const state = pointOpeningState(point({ closures }), at('2026-12-24T09:00:00Z'), TZ);
    expect(state.state).to.equal('closure');
    expect(state.closure).to.equal(closures[0]);
    expect(iso(state.next)).to.equal('2026-12-28T08:00:00.000Z');
  });

  it('unknown without hours', () => {
    expect(pointOpeningState(point({ openingHours: undefined }), at('2026-11-02T09:30:00Z'), TZ).state).to.equal('unknown');
  });

  const inactive: Array<[string, Partial<WelcomePoint>]> = [
    ['status closed', { status: 'closed' }],
    ['status temporarilyClosed', { status: 'temporarilyClosed' }],
    ['before validFrom', { validFrom: '2027-01-01' }],
    ['after validUntil', { validUntil: '2024-06-30' }],
  ];
  for (const [name, overrides] of inactive) {
    it(`inactive: ${name}`, () => {
      expect(pointOpeningState(point(overrides), at('2026-11-02T09:30:00Z'), TZ).state).to.equal('inactive');
    });
  }
});
