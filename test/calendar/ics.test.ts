// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import { buildCalendar, escapeText, foldLine, offerEvents } from '../../src/calendar/ics.js';
import { vtimezone } from '../../src/calendar/vtimezone.js';
import { fileNameFor } from '../../src/calendar/download.js';
import type { WelcomeFeed } from '../../src/feed/schema.js';

/** A small RFC 5545 reader: unfolds continuation lines, then splits `NAME;PARAM=V:VALUE`. */
function parseIcs(text: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n').filter(Boolean);
  const events: Array<Record<string, { params: Record<string, string>; value: string }>> = [];
  let current: (typeof events)[number] | undefined;
  const stack: string[] = [];
  for (const line of lines) {
    const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events.push((current = {}));
    } else if (name === 'END') {
      expect(stack.pop(), `END:${value} closes its BEGIN`).to.equal(value);
      if (value === 'VEVENT') current = undefined;
    } else if (current) {
      current[name] = { params: Object.fromEntries(params.map(p => p.split('=') as [string, string])), value };
    }
  }
  expect(stack, 'every BEGIN has its END').to.deep.equal([]);
  return { lines, events };
}

const feed = {
  version: 1,
  meta: { title: 'Test', publisher: 'p', updated: '', license: '', defaultLanguage: 'de', timeZone: 'Europe/Berlin' },
  districts: [],
  categories: [{ id: 'language', label: { de: 'Sprache, Kultur', en: 'Language' } }],
  welcomePoints: [
    {
      id: 'wp-1',
      name: 'Welcome Point Mitte',
      districtId: 'd1',
      address: { street: 'Marktplatz 1', postalCode: '40213', city: 'Düsseldorf' },
      closures: [{ from: '2026-12-23', to: '2027-01-02' }],
    },
  ],
  offers: [
    {
      id: 'o 1',
      welcomePointId: 'wp-1',
      title: { de: 'Sprachcafé; Deutsch, Arabisch', en: 'Language café' },
      description: { de: 'Zeile eins\nZeile zwei mit Backslash \\ und einem langen Text, der gefaltet werden muss: مقهى اللغة العربية والألمانية للجميع' },
      categoryIds: ['language'],
      schedule: [{ days: ['we', 'mo'], opens: '15:00', closes: '17:00', validFrom: '2026-03-10', validUntil: '2027-06-30' }],
      dates: [{ start: '2026-07-01T10:00', end: '2026-07-01T12:00' }, { start: '2026-07-02T10:00:00+02:00' }],
      contact: { phone: '+49 211 1234' },
      url: 'https://example.org/cafe',
    },
  ],
} as unknown as WelcomeFeed;

describe('calendar (.ics)', () => {
  const now = new Date('2026-03-04T09:30:00Z');
  const ics = buildCalendar(offerEvents(feed, feed.offers[0], { lang: 'de', today: '2026-03-04', uidDomain: 'example.org' }), {
    timeZone: 'Europe/Berlin',
    now,
    name: 'Sprachcafé',
  });

  it('uses CRLF line ends only and folds lines at 75 octets without splitting characters', () => {
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(ics).to.match(/\r\n [^\r\n]/); // the description was folded
    expect(ics).not.to.contain('\uFFFD');
  });

  it('a weekly slot becomes a recurring event in Berlin time from validFrom to validUntil', () => {
    const { events } = parseIcs(ics);
    const weekly = events[0];
    expect(weekly.UID.value).to.equal('o_201-w0@example.org');
    expect(weekly.DTSTAMP.value).to.equal('20260304T093000Z');
    expect(weekly.DTSTART).to.deep.equal({ params: { TZID: 'Europe/Berlin' }, value: '20260311T150000' }); // first Wednesday on/after 10 March
    expect(weekly.DTEND).to.deep.equal({ params: { TZID: 'Europe/Berlin' }, value: '20260311T170000' });
    // UNTIL is UTC (RFC 5545 3.3.10): the end of 30 June in summer time.
    expect(weekly.RRULE.value).to.equal('FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270630T215959Z');
    expect(weekly.EXDATE.params.TZID).to.equal('Europe/Berlin');
    expect(weekly.EXDATE.value).to.equal('20261223T150000,20261228T150000,20261230T150000');
  });

  it('escapes text and keeps the place, categories and link', () => {
    const weekly = parseIcs(ics).events[0];
    expect(weekly.SUMMARY.value).to.equal('Sprachcafé\\; Deutsch\\, Arabisch');
    expect(weekly.DESCRIPTION.value).to.match(/^Zeile eins\\nZeile zwei mit Backslash \\\\ und/);
    expect(weekly.DESCRIPTION.value).to.contain('مقهى اللغة العربية');
    expect(weekly.LOCATION.value).to.equal('Welcome Point Mitte\\, Marktplatz 1\\, 40213 Düsseldorf');
    expect(weekly.CATEGORIES.value).to.equal('Sprache\\, Kultur');
    expect(weekly.URL.value).to.equal('https://example.org/cafe');
  });

  it('dated events: wall-clock times with TZID, times with an offset in UTC', () => {
    const [, local, absolute] = parseIcs(ics).events;
    expect(local.DTSTART).to.deep.equal({ params: { TZID: 'Europe/Berlin' }, value: '20260701T100000' });
    expect(local.DTEND.value).to.equal('20260701T120000');
    expect(local.RRULE).to.equal(undefined);
    expect(absolute.DTSTART).to.deep.equal({ params: {}, value: '20260702T080000Z' });
  });

  it('defines Europe/Berlin with the EU summer-time rule', () => {
    const block = ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    expect(block).to.contain('TZID:Europe/Berlin');
    expect(block).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(block).to.contain('TZOFFSETTO:+0200');
    expect(block).to.contain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });

  it('other zones get their real transitions from Intl', () => {
    const ny = vtimezone('America/New_York', 2026, 2026).join('\n');
    expect(ny).to.contain('TZID:America/New_York');
    expect(ny).to.contain('DTSTART:20260308T020000'); // second Sunday in March, 02:00 local
    expect(ny).to.contain('TZOFFSETTO:-0400');
    const tokyo = vtimezone('Asia/Tokyo', 2026, 2026).join('\n');
    expect(tokyo).to.contain('TZOFFSETFROM:+0900\nTZOFFSETTO:+0900');
  });

  it('a slot that ended before today produces no event', () => {
    const old = { ...feed.offers[0], schedule: [{ days: ['mo'], opens: '10:00', closes: '11:00', validUntil: '2025-12-31' }], dates: [] };
    expect(offerEvents(feed, old as WelcomeFeed['offers'][number], { lang: 'de', today: '2026-03-04' })).to.deep.equal([]);
  });

  it('escaping and folding helpers', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    expect(foldLine('short')).to.equal('short');
    const folded = foldLine(`DESCRIPTION:${'ä'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).to.equal(`DESCRIPTION:${'ä'.repeat(60)}`);
    expect(fileNameFor('Sprachcafé: Deutsch & Arabisch', 'ics')).to.equal('Sprachcafé-Deutsch-Arabisch.ics');
    expect(fileNameFor('مقهى اللغة', 'ics')).to.equal('مقهى-اللغة.ics');
  });
});
