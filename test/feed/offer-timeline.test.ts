// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import { hasFutureOccurrence, slotPeriod } from '../../src/feed/offer-timeline.js';
import { todayStillToComeFirst } from '../../src/feed/offer-order.js';
import type { Entry } from '../../src/feed/offer-order.js';
import type { Offer } from '../../src/feed/schema.js';

const base = { id: 'o', welcomePointId: 'wp', title: 'T', categoryIds: [] } as unknown as Offer;
const slot = (validFrom?: string, validUntil?: string) => ({ days: ['mo' as const], opens: '10:00', closes: '12:00', validFrom, validUntil });
const now = new Date('2026-12-04T15:00:00Z');
const today = '2026-12-04';

describe('offer timeline', () => {
  const cases: Array<[string, Partial<Offer>, boolean]> = [
    ['no schedule, no dates: an open-ended listing', {}, true],
    ['a weekly slot without end', { schedule: [slot()] }, true],
    ['a slot valid until today', { schedule: [slot(undefined, today)] }, true],
    ['a slot that ended yesterday', { schedule: [slot(undefined, '2026-12-03')] }, false],
    ['one past event', { dates: [{ start: '2026-11-17T18:00', end: '2026-11-17T20:00' }] }, false],
    ['an event later today', { dates: [{ start: '2026-12-04T18:00' }] }, true],
    ['an event running now (end ahead)', { dates: [{ start: '2026-12-04T15:00', end: '2026-12-04T17:00' }] }, true],
    ['a past event and a future one', { dates: [{ start: '2026-11-01T10:00' }, { start: '2027-01-10T10:00' }] }, true],
    ['an event without end that began an hour ago: still on, as in the list filter', { dates: [{ start: '2026-12-04T15:00' }] }, true],
    ['an event without end that began three hours ago', { dates: [{ start: '2026-12-04T13:00' }] }, false],
    ['an ended slot but a future event', { schedule: [slot(undefined, '2026-01-01')], dates: [{ start: '2027-02-01T10:00' }] }, true],
  ];
  for (const [name, offer, expected] of cases) {
    it(`hasFutureOccurrence: ${name} → ${expected}`, () => {
      expect(hasFutureOccurrence({ ...base, ...offer }, now, today, 'Europe/Berlin')).to.equal(expected);
    });
  }

  it('slotPeriod names a bound only where every slot has one', () => {
    expect(slotPeriod({ ...base, schedule: [slot('2026-01-10', '2026-06-30'), slot('2026-02-01', '2026-07-31')] })).to.deep.equal({ from: '2026-01-10', until: '2026-07-31' });
    expect(slotPeriod({ ...base, schedule: [slot('2026-01-10', '2026-06-30'), slot()] })).to.deep.equal({ from: undefined, until: undefined });
    expect(slotPeriod(base)).to.deep.equal({});
  });

  it('todayStillToComeFirst moves only today’s ended entries behind the others of today', () => {
    const entry = (id: string, day: string) => ({ key: `${day}|${id}`, offer: { ...base, id }, group: day, day }) as Entry;
    const entries = [entry('a', today), entry('b', today), entry('c', today), entry('d', '2026-12-05')];
    const over = new Set(['a', 'd']);
    const ordered = todayStillToComeFirst(entries, today, e => over.has(e.offer.id)).map(e => e.offer.id);
    expect(ordered).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(todayStillToComeFirst(entries, '2027-01-01', () => true)).to.equal(entries);
  });
});
