// SPDX-License-Identifier: EUPL-1.2
// The finder's formatting helpers as tables: badge texts at set moments, distances, route links.
import { expect } from '@open-wc/testing';
import { pointOpeningState } from '../../src/feed/hours.js';
import type { WelcomeFeed, WelcomePoint } from '../../src/feed/schema.js';
import { formatOpening } from '../../src/i18n/format-opening.js';
import { formatDistance } from '../../src/i18n/format-distance.js';
import { routeUrl } from '../../src/feed/route-url.js';

const TZ = 'Europe/Berlin';
let feed: WelcomeFeed;
const point = (id: string) => feed.welcomePoints.find(p => p.id === id)!;

function badge(p: WelcomePoint, iso: string, locale = 'en-GB') {
  const now = new Date(iso);
  const { status, detail } = formatOpening(p, pointOpeningState(p, now, TZ), now, locale, TZ);
  // Engines' locale data differ on a leading zero in 24-hour British times (Gecko "09:00", Blink
  // and WebKit "9:00"); both are correct, so the comparison ignores it.
  // The space before a day period ("5:00 PM") is a no-break one, of whichever kind the engine writes.
  return `${status} · ${detail}`.replace(/\b0(\d:\d\d)/g, '$1').replace(/[\u00a0\u202f]/g, ' ');
}

before(async () => {
  feed = (await (await fetch('/demo/data/duesseldorf.json')).json()) as WelcomeFeed;
});

describe('<welcome-point-finder> formatting', () => {
  describe('opening badge (Welcome Point Nord: Mon–Fri 09–17, Sat 10–14)', () => {
    const cases: Array<[string, string, string]> = [
      ['Tuesday 11:00', '2026-11-03T10:00:00Z', 'Open now · until 17:00'],
      ['Tuesday 18:00', '2026-11-03T17:00:00Z', 'Closed now · opens tomorrow at 9:00'],
      ['Monday 07:00', '2026-11-02T06:00:00Z', 'Closed now · opens today at 9:00'],
      ['Saturday 15:00', '2026-11-07T14:00:00Z', 'Closed now · opens Monday at 9:00'],
      ['Sunday 22:00', '2026-11-08T21:00:00Z', 'Closed now · opens tomorrow at 9:00'],
      ['Sunday 22:00 on the DST weekend (CEST)', '2026-03-29T20:00:00Z', 'Closed now · opens tomorrow at 9:00'],
    ];
    for (const [when, iso, expected] of cases) {
      it(when, () => expect(badge(point('wp-nord'), iso)).to.equal(expected));
    }
  });

  it('a closure day says so and names the next opening', () => {
    // Welcome Point 08 closes on 18 Nov 2026 (team day); Thursday 19 Nov opens 09:30.
    expect(badge(point('wp-08'), '2026-11-18T10:00:00Z')).to.equal('Closed today · opens tomorrow at 9:30');
  });

  it('closed and temporarily closed points are marked as such', () => {
    expect(badge(point('wp-01'), '2026-11-03T10:00:00Z')).to.equal('Closed permanently · since March 2024');
    expect(badge(point('wp-07'), '2026-11-03T10:00:00Z')).to.match(/^Temporarily closed/);
  });

  it('no hours is "not known", never "closed"', () => {
    const p = { ...point('wp-nord'), openingHours: undefined };
    expect(badge(p, '2026-11-03T10:00:00Z')).to.match(/^Hours not known/);
    expect(badge({ ...p, byAppointment: true }, '2026-11-03T10:00:00Z')).to.match(/^By appointment/);
  });

  it('times follow the locale: 12-hour clock in US English, Persian digits in Persian', () => {
    expect(badge(point('wp-nord'), '2026-11-03T10:00:00Z', 'en-US')).to.equal('Open now · until 5:00 PM');
    expect(badge(point('wp-nord'), '2026-11-03T10:00:00Z', 'fa')).to.contain('۱۷:۰۰');
  });

  describe('distance', () => {
    const cases: Array<[number, string, string]> = [
      [0.004, 'en', '10 m'],
      [0.437, 'de', '440 m'],
      [0.996, 'en', '1 km'],
      [1.26, 'en', '1.3 km'],
      [1.26, 'de', '1,3 km'],
      [12.4, 'en', '12 km'],
    ];
    for (const [km, locale, expected] of cases) {
      it(`${km} km in ${locale} → ${expected}`, () => expect(formatDistance(km, locale).replace(/\s/g, ' ')).to.equal(expected));
    }
    it('Arabic uses its own unit, Persian its own digits', () => {
      expect(formatDistance(1.26, 'ar')).to.contain('كم');
      expect(formatDistance(1.26, 'fa')).to.contain('۱٫۳');
    });
  });

  describe('route link', () => {
    const p = () => point('wp-nord');
    it('OpenStreetMap directions to the coordinates by default', () => {
      expect(routeUrl('osm', p(), p().location)).to.equal(
        'https://www.openstreetmap.org/directions?route=%3B51.2795%2C6.7562#map=17/51.2795/6.7562',
      );
    });
    it('without coordinates, the address is searched', () => {
      expect(routeUrl('google', p(), undefined)).to.equal(
        'https://www.google.com/maps/dir/?api=1&destination=Niederrheinstra%C3%9Fe%2020%2C%2040474%20D%C3%BCsseldorf',
      );
    });
    it('a URL template gets its placeholders filled', () => {
      expect(routeUrl('https://maps.example.org/to?ll={lat},{lng}&q={address}', p(), p().location)).to.equal(
        'https://maps.example.org/to?ll=51.2795,6.7562&q=Niederrheinstra%C3%9Fe%2020%2C%2040474%20D%C3%BCsseldorf',
      );
    });
    it('a template that is not http(s) falls back to OpenStreetMap', () => {
      expect(routeUrl('javascript:alert({lat})', p(), p().location)).to.match(/^https:\/\/www\.openstreetmap\.org\//);
    });
  });
});
