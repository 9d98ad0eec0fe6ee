// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import * as schema from '../../src/feed/schema.js';
import { isSafeUrl } from '../../src/feed/schema.js';
import { FeedFormatError, validateFeed, validateFeedAsync } from '../../src/feed/validate.js';
import type { FeedProblem } from '../../src/feed/validate.js';
import { fastCheck } from '../../src/feed/fast-check.js';
import { generateFeed } from '../../scripts/test/generate-feed.mjs';

/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument --
   these tests edit deliberately broken JSON; typing it would defeat the purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

let small: Json;
const fresh = (): Json => structuredClone(small);
const lines = (problems: FeedProblem[]) => problems.map(p => `${p.path}: ${p.message}`);

before(async () => {
  small = (await (await fetch('/test/fixtures/small.json')).json()) as Json;
});

describe('validate: whole feed', () => {
  it('validating in slices (as widgets do) keeps the same entries and problems as in one go', async () => {
    const big = generateFeed({ points: 500, offers: 10_000, seed: 3 }) as Json & { offers: Array<Record<string, unknown>> };
    big.offers[10] = { ...big.offers[10], id: big.offers[9].id }; // a duplicate, dropped
    big.offers[5000] = { ...big.offers[5000], title: 42 }; // broken, dropped
    big.offers[9999] = { ...big.offers[9999], welcomePointId: 'nowhere' }; // a dangling reference
    const inOneGo = validateFeed(structuredClone(big));
    const inSlices = await validateFeedAsync(structuredClone(big));
    expect(inSlices.feed.offers.length).to.equal(inOneGo.feed.offers.length);
    expect(inSlices.feed.offers.map(o => o.id)).to.deep.equal(inOneGo.feed.offers.map(o => o.id));
    expect(lines(inSlices.problems)).to.deep.equal(lines(inOneGo.problems));
    expect(lines(inOneGo.problems).join('\n')).to.match(/offers\[10\]\.id: duplicate id/).and.match(/offers\[5000\]/).and.match(/offers\[9999\]/);
  });

  it('leaves the page room to answer a tap between parsing, validating and the first render', async () => {
    await validateFeedAsync(fresh()); // the lazy parts are loaded; what remains is the work itself
    const order: string[] = [];
    const validated = validateFeedAsync(fresh()).then(() => order.push('validated'));
    // a task the page queues meanwhile (a tap, a paint): it must not wait for all of the work
    const { port1, port2 } = new MessageChannel();
    const pageTask = new Promise<void>(resolve => (port1.onmessage = () => (order.push('page task'), port1.close(), resolve())));
    port2.postMessage(0);
    await Promise.all([validated, pageTask]);
    expect(order).to.deep.equal(['page task', 'validated']);
  });

  it('the small fixture has no problems', () => {
    const { feed, problems } = validateFeed(fresh());
    expect(lines(problems)).to.deep.equal([]);
    expect(feed.offers).to.have.length(2);
  });

  const fatal: Array<[string, unknown, RegExp]> = [
    ['an array', [], /not a JSON object/],
    ['a string', 'hello', /not a JSON object/],
    ['null', null, /not a JSON object/],
    ['no version', { meta: {} }, /has no "version"/],
    ['version 2', { version: 2 }, /format version 2; this library reads version 1/],
    ['version "1" as a string', { version: '1' }, /format version "1"/],
  ];
  for (const [name, input, message] of fatal) {
    it(`rejects ${name} as a whole with a clear error`, () => {
      expect(() => validateFeed(input)).to.throw(FeedFormatError, message);
    });
  }

  it('treats missing lists as empty, with a warning', () => {
    const { feed, problems } = validateFeed({ version: 1, meta: small.meta });
    expect(feed.offers).to.deep.equal([]);
    expect(lines(problems)).to.include('offers: is missing; treated as empty');
    expect(problems.every(p => p.severity === 'warning')).to.equal(true);
  });

  it('ignores a list that is not a list', () => {
    const input = { ...fresh(), offers: { a: 1 } };
    expect(lines(validateFeed(input).problems)).to.deep.equal(['offers: must be a list, got an object; ignored']);
  });

  it('uses defaults for a broken meta, with warnings', () => {
    const input = fresh();
    input.meta = { title: 5 };
    const { feed, problems } = validateFeed(input);
    expect(feed.meta.timeZone).to.equal('Europe/Berlin');
    expect(problems.every(p => p.severity === 'warning' && p.path.startsWith('meta'))).to.equal(true);
    expect(lines(problems)).to.include('meta.publisher: is missing; defaults used');
  });

  it('drops a bad time zone but keeps the rest of meta', () => {
    const input = fresh();
    input.meta.timeZone = '+01:00';
    const { feed, problems } = validateFeed(input);
    expect(lines(problems)).to.deep.equal(['meta.timeZone: "+01:00" is not an IANA time zone name (e.g. "Europe/Berlin"); timeZone dropped']);
    expect(feed.meta.timeZone).to.equal('Europe/Berlin');
    expect(feed.meta.publisher).to.equal('Test');
  });

  it('does not change the object it was given', () => {
    const input = fresh();
    input.offers[0].categoryIds.push('nope');
    input.offers[0].url = 'javascript:alert(1)';
    input.welcomePoints[0].quarterId = 'q999';
    const before = structuredClone(input);
    validateFeed(input);
    expect(input).to.deep.equal(before);
  });

  it('accepts $schema and x- extension fields silently, warns about other unknown fields', () => {
    const input: Json = { $schema: 'https://example.org/welcome-feed.schema.json', ...fresh() };
    input.offers[0]['x-internal-id'] = 42;
    input.offers[1].tittle = 'typo';
    const { feed, problems } = validateFeed(input);
    expect(lines(problems)).to.deep.equal(['offers[1].tittle: is not a field of this format; ignored; did you mean "title"?']);
    expect(problems[0].severity).to.equal('warning');
    expect(feed.offers[1]).not.to.have.property('tittle');
  });

  it('lists problems in the order of the file', () => {
    const input = fresh();
    input.offers[1].welcomePointId = 'gone';
    input.offers[0].url = 'data:text/html,x';
    input.welcomePoints[1].location = { lat: 100, lng: 6 };
    expect(validateFeed(input).problems.map(p => p.path)).to.deep.equal([
      'welcomePoints[1].location.lat',
      'offers[0].url',
      'offers[1].welcomePointId',
    ]);
  });
});

/**
 * Each bad entry is reported with its JSON path and handled at the smallest sensible level;
 * everything else in the feed stays. `list` + `ids` name what must survive.
 */
const badEntries: Array<{
  name: string;
  change: (feed: Json) => unknown;
  problems: string[];
  list: 'districts' | 'categories' | 'welcomePoints' | 'offers';
  ids: string[];
  check?: (feed: Json) => unknown;
}> = [
  {
    name: 'an invalid opening time drops that slot, the offer stays',
    change: f => f.offers[0].schedule.unshift({ days: ['mo'], opens: '25:00', closes: '26:00' }),
    problems: [
      'offers[0].schedule[0].opens: "25:00" is not a time (HH:MM); schedule[0] dropped',
      'offers[0].schedule[0].closes: "26:00" is not a time (HH:MM); schedule[0] dropped',
    ],
    list: 'offers', ids: ['o-1', 'o-2'],
    check: f => expect(f.offers[0].schedule).to.deep.equal([{ days: ['we'], opens: '15:00', closes: '17:00' }]),
  },
  {
    name: 'closing before opening drops the slot',
    change: f => (f.welcomePoints[1].openingHours[0].closes = '09:00'),
    problems: ['welcomePoints[1].openingHours[0].closes: must be later than "opens"; openingHours[0] dropped'],
    list: 'welcomePoints', ids: ['wp-1', 'wp-7'],
  },
  {
    name: 'an unknown weekday is dropped from the days',
    change: f => f.offers[1].schedule[0].days.push('mon'),
    problems: ['offers[1].schedule[0].days[1]: "mon" is not a weekday (mo, tu, we, th, fr, sa, su); schedule[0].days[1] dropped'],
    list: 'offers', ids: ['o-1', 'o-2'],
    check: f => expect(f.offers[1].schedule[0].days).to.deep.equal(['mo']),
  },
  {
    name: 'a missing title drops the offer',
    change: f => delete f.offers[0].title,
    problems: ['offers[0].title: is missing; entry dropped'],
    list: 'offers', ids: ['o-2'],
  },
  {
    name: 'a title that is neither text nor texts drops the offer',
    change: f => (f.offers[0].title = 42),
    problems: ['offers[0].title: must be text or an object of texts by language; entry dropped'],
    list: 'offers', ids: ['o-2'],
  },
  {
    name: 'a bad language key is dropped from a text',
    change: f => (f.offers[0].title['Arabic!'] = 'x'),
    problems: ['offers[0].title["Arabic!"]: "Arabic!" is not a language tag (BCP 47, e.g. "de", "ar"); title["Arabic!"] dropped'],
    list: 'offers', ids: ['o-1', 'o-2'],
    check: f => expect(Object.keys(f.offers[0].title)).to.deep.equal(['de', 'ar']),
  },
  {
    name: 'a text whose only language is broken drops the offer',
    change: f => (f.offers[1].title = { de: 5 }),
    problems: ['offers[1].title.de: must be text; title.de dropped', 'offers[1].title: needs at least one language; entry dropped'],
    list: 'offers', ids: ['o-1'],
  },
  {
    name: 'an empty id drops the entry',
    change: f => (f.categories[1].id = ''),
    problems: ['categories[1].id: must not be empty; entry dropped', 'offers[0].categoryIds: unknown category "meeting"; ignored'],
    list: 'categories', ids: ['counselling'],
  },
  {
    name: 'a duplicate id drops the second entry',
    change: f => f.offers.push({ ...f.offers[0], title: 'Copy' }),
    problems: ['offers[2].id: duplicate id "o-1" (first used at offers[0]); entry dropped'],
    list: 'offers', ids: ['o-1', 'o-2'],
    check: f => expect(f.offers[0].title).to.deep.equal({ de: 'Sprachcafé', ar: 'مقهى اللغة' }),
  },
  {
    name: 'an entry that is not an object is dropped',
    change: f => f.welcomePoints.splice(1, 0, 'Welcome Point Süd'),
    problems: ['welcomePoints[1]: expected an object, got "Welcome Point Süd"; entry dropped'],
    list: 'welcomePoints', ids: ['wp-1', 'wp-7'],
  },
  {
    name: 'an offer of an unknown Welcome Point is dropped',
    change: f => (f.offers[1].welcomePointId = 'wp-99'),
    problems: ['offers[1].welcomePointId: unknown Welcome Point "wp-99"; entry dropped'],
    list: 'offers', ids: ['o-1'],
  },
  {
    name: 'a point of an unknown district is dropped, and so are its offers',
    change: f => (f.welcomePoints[1].districtId = 'd99'),
    problems: [
      'welcomePoints[1].districtId: unknown district "d99"; entry dropped',
      'offers[1].welcomePointId: unknown Welcome Point "wp-7"; entry dropped',
    ],
    list: 'welcomePoints', ids: ['wp-1'],
  },
  {
    name: 'an unknown category is removed from the offer (warning)',
    change: f => f.offers[0].categoryIds.push('sports'),
    problems: ['offers[0].categoryIds: unknown category "sports"; ignored'],
    list: 'offers', ids: ['o-1', 'o-2'],
    check: f => expect(f.offers[0].categoryIds).to.deep.equal(['meeting']),
  },
  {
    name: 'a quarter of another district is removed from the point (warning)',
    change: f => (f.welcomePoints[0].quarterId = 'q071'),
    problems: ['welcomePoints[0].quarterId: "q071" is not a quarter of district "d1"; ignored'],
    list: 'welcomePoints', ids: ['wp-1', 'wp-7'],
    check: f => expect(f.welcomePoints[0]).not.to.have.property('quarterId'),
  },
  {
    name: 'an unknown audience is dropped from the list',
    change: f => (f.offers[0].audiences = ['women', 'aliens']),
    problems: ['offers[0].audiences[1]: "aliens" is not an audience (newcomers, refugees, neighbours, landlords, volunteers, partners, families, women, children, youth, seniors); audiences[1] dropped'],
    list: 'offers', ids: ['o-1', 'o-2'],
    check: f => expect(f.offers[0].audiences).to.deep.equal(['women']),
  },
  {
    name: 'a bad e-mail address is dropped from the contact',
    change: f => (f.welcomePoints[0].contact.email = 'mitte(at)example.org'),
    problems: ['welcomePoints[0].contact.email: "mitte(at)example.org" is not an e-mail address; contact.email dropped'],
    list: 'welcomePoints', ids: ['wp-1', 'wp-7'],
    check: f => expect(f.welcomePoints[0].contact).to.deep.equal({ phone: '+49 211 1234567' }),
  },
  {
    name: 'a latitude out of range drops the location',
    change: f => (f.welcomePoints[1].location.lat = 151.2),
    problems: ['welcomePoints[1].location.lat: 151.2 is not a latitude (-90…90); location dropped'],
    list: 'welcomePoints', ids: ['wp-1', 'wp-7'],
    check: f => expect(f.welcomePoints[1]).not.to.have.property('location'),
  },
  {
    name: 'a bad status is dropped (the point counts as active)',
    change: f => (f.welcomePoints[1].status = 'open'),
    problems: ['welcomePoints[1].status: "open" is not a status (active, temporarilyClosed, closed); status dropped'],
    list: 'welcomePoints', ids: ['wp-1', 'wp-7'],
  },
  {
    name: 'a closure ending before it starts is dropped',
    change: f => (f.welcomePoints[0].closures = [{ from: '2026-12-31', to: '2026-12-24' }, { from: '2027-01-01', to: '2027-01-01' }]),
    problems: ['welcomePoints[0].closures[0].to: must not be before "from"; closures[0] dropped'],
    list: 'welcomePoints', ids: ['wp-1', 'wp-7'],
    check: f => expect(f.welcomePoints[0].closures).to.deep.equal([{ from: '2027-01-01', to: '2027-01-01' }]),
  },
  {
    name: 'an event date that is not a date-time is dropped',
    change: f => (f.offers[1].dates = [{ start: 'next Monday' }, { start: '2026-11-09T10:00', end: '2026-11-09T12:00' }]),
    problems: ['offers[1].dates[0].start: "next Monday" is not a date-time (YYYY-MM-DDTHH:MM); dates[0] dropped'],
    list: 'offers', ids: ['o-1', 'o-2'],
  },
  {
    name: 'an impossible calendar date is dropped',
    change: f => (f.welcomePoints[0].validFrom = '2026-02-30'),
    problems: ['welcomePoints[0].validFrom: "2026-02-30" is not a date (YYYY-MM-DD); validFrom dropped'],
    list: 'welcomePoints', ids: ['wp-1', 'wp-7'],
  },
  {
    name: 'a date in another format is dropped, with one message (not one per check)',
    change: f => (f.welcomePoints[0].validFrom = '24.12.2026'),
    problems: ['welcomePoints[0].validFrom: "24.12.2026" is not a date (YYYY-MM-DD); validFrom dropped'],
    list: 'welcomePoints', ids: ['wp-1', 'wp-7'],
  },
  {
    name: 'a month 13 and a last check in another format: one message each (no "in the future")',
    change: f => {
      f.welcomePoints[0].validFrom = '2026-13-01';
      f.welcomePoints[0].lastVerified = '2026/10/12';
    },
    problems: [
      'welcomePoints[0].validFrom: "2026-13-01" is not a date (YYYY-MM-DD); validFrom dropped',
      'welcomePoints[0].lastVerified: "2026/10/12" is not a date (YYYY-MM-DD); lastVerified dropped',
    ],
    list: 'welcomePoints', ids: ['wp-1', 'wp-7'],
  },
  {
    name: 'a geometry of the wrong type is dropped, the district stays',
    change: f => (f.districts[0].geometry = { type: 'Point', coordinates: [6.7, 51.2] }),
    problems: ['districts[0].geometry.type: "Point" is not a GeoJSON geometry type here (Polygon or MultiPolygon); geometry dropped'],
    list: 'districts', ids: ['d1', 'd7'],
  },
  {
    name: 'a geometry with one bad position is dropped whole (no distorted shapes)',
    change: f => (f.districts[1].geometry = { type: 'Polygon', coordinates: [[[6.8, 51.2], [6.9, '51.3'], [6.9, 51.2], [6.8, 51.2]]] }),
    problems: ['districts[1].geometry.coordinates[0][1][1]: must be a number; geometry dropped'],
    list: 'districts', ids: ['d1', 'd7'],
    check: f => expect(f.districts[1]).not.to.have.property('geometry'),
  },
  {
    name: 'an unclosed ring drops the geometry',
    change: f => (f.districts[1].geometry = { type: 'Polygon', coordinates: [[[6.8, 51.2], [6.9, 51.3], [6.9, 51.2], [6.85, 51.2]]] }),
    problems: ['districts[1].geometry.coordinates[0]: a ring must end where it starts; geometry dropped'],
    list: 'districts', ids: ['d1', 'd7'],
  },
  {
    name: 'a cost that is neither "free" nor text is dropped',
    change: f => (f.offers[0].cost = 0),
    problems: ['offers[0].cost: must be "free" or a text; cost dropped'],
    list: 'offers', ids: ['o-1', 'o-2'],
  },
];

describe('validate: each kind of bad entry is reported and handled, the rest stays', () => {
  for (const { name, change, problems, list, ids, check } of badEntries) {
    it(name, () => {
      const input = fresh();
      change(input);
      const { feed, problems: found } = validateFeed(input);
      expect(lines(found)).to.deep.equal(problems);
      expect(feed[list].map(entry => entry.id)).to.deep.equal(ids);
      check?.(feed);
    });
  }
});

describe('validate: links', () => {
  const rejected = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001 javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    ' DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    '/relative/path',
    '//example.org/protocol-relative',
    'www.example.org',
    '',
  ];
  for (const url of rejected) {
    it(`rejects ${JSON.stringify(url)}`, () => {
      expect(isSafeUrl(url.trim())).to.equal(false);
      const input = fresh();
      input.offers[0].url = url;
      input.welcomePoints[0].contact.url = url;
      const { feed, problems } = validateFeed(input);
      expect(problems.map(p => p.path)).to.deep.equal(['welcomePoints[0].contact.url', 'offers[0].url']);
      expect(problems[0].message).to.match(/is not an allowed link \(only http\(s\):, mailto:, tel:\); contact\.url dropped$/);
      expect(feed.offers[0]).not.to.have.property('url');
      expect(feed.offers.map(o => o.id), 'the offer itself stays').to.deep.equal(['o-1', 'o-2']);
    });
  }

  const accepted: Array<[string, string]> = [
    ['https://www.duesseldorf.de/', 'https://www.duesseldorf.de/'],
    ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['HTTPS://EXAMPLE.ORG/', 'HTTPS://EXAMPLE.ORG/'],
    ['mailto:welcome@example.org', 'mailto:welcome@example.org'],
    ['tel:+492111234567', 'tel:+492111234567'],
    ['  https://example.org/trimmed  ', 'https://example.org/trimmed'],
  ];
  for (const [url, kept] of accepted) {
    it(`accepts ${JSON.stringify(url)}`, () => {
      const input = fresh();
      input.offers[0].url = url;
      const { feed, problems } = validateFeed(input);
      expect(problems).to.deep.equal([]);
      expect(feed.offers[0].url).to.equal(kept);
    });
  }
});

describe('validate: the fast path agrees with valibot', () => {
  // fast-check.ts may only say "valid" where valibot says valid *and* returns the same value.
  const schemas = { districts: schema.District, categories: schema.Category, welcomePoints: schema.WelcomePoint, offers: schema.Offer };

  function entriesOf(feed: Json) {
    return (Object.keys(schemas) as Array<keyof typeof schemas>).flatMap(key =>
      (feed[key] as unknown[]).map(entry => [schemas[key], entry] as const),
    );
  }

  it('on the sample, small and generated feeds: every entry is fast-valid and unchanged by valibot', async () => {
    const sample = (await (await fetch('/demo/data/duesseldorf.json')).json()) as Json;
    const generated = generateFeed({ points: 40, offers: 400, seed: 7 });
    for (const [entrySchema, entry] of [...entriesOf(sample), ...entriesOf(fresh()), ...entriesOf(generated)]) {
      expect(fastCheck(entrySchema)(entry), JSON.stringify(entry).slice(0, 80)).to.equal(true);
      expect(v.parse(entrySchema, entry)).to.deep.equal(entry);
    }
  });

  it('on every bad entry above: never fast-valid where valibot fails or changes the value', () => {
    for (const { change } of badEntries) {
      const input = fresh();
      change(input);
      for (const [entrySchema, entry] of entriesOf(input)) {
        if (!fastCheck(entrySchema)(entry)) continue;
        const result = v.safeParse(entrySchema, entry);
        expect(result.success, JSON.stringify(entry)).to.equal(true);
        expect(result.output).to.deep.equal(entry);
      }
    }
  });

  it('sends values valibot would change (unknown keys, untrimmed links, defaults) to valibot', () => {
    expect(fastCheck(schema.Offer)({ id: 'o', welcomePointId: 'p', title: 'T', categoryIds: [], extra: 1 })).to.equal(false);
    expect(fastCheck(schema.Offer)({ id: 'o', welcomePointId: 'p', title: 'T', categoryIds: [], url: ' https://example.org' })).to.equal(false);
    expect(fastCheck(schema.Meta)({ title: 'T', publisher: 'P', updated: '2026-11-01', license: 'CC0-1.0' })).to.equal(false);
    expect(fastCheck(schema.Geometry)({ type: 'Polygon', coordinates: [[[1, 1, 0], [1, 2, 0], [2, 2, 0], [1, 1, 0]]] })).to.equal(false);
  });
});
