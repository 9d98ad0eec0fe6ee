// SPDX-License-Identifier: EUPL-1.2
// Feed format v1 fields added for holidays, freshness and corrections, and the validation gaps
// of issue #16: each bad value is one clear problem, and the rest of the feed is kept.
import { expect } from '@open-wc/testing';
import { validateFeed, validateFeedAsync, parseJsonText } from '../../src/feed/validate.js';
import type { FeedProblem } from '../../src/feed/validate.js';
import { feedHolidays } from '../../src/feed/hours.js';
import { filterPoints } from '../../src/feed/query.js';
import { correctionLink } from '../../src/feed/corrections.js';
import { isStale } from '../../src/feed/freshness.js';

/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   these tests edit deliberately broken JSON; typing it would defeat the purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

let small: Json;
const fresh = (): Json => structuredClone(small);
const lines = (problems: FeedProblem[]) => problems.map(p => `${p.path}: ${p.message}`);

before(async () => {
  small = (await (await fetch('/test/fixtures/small.json')).json()) as Json;
});

describe('validate: new optional fields', () => {
  it('accepts every new field and keeps them', async () => {
    const json = fresh();
    json.meta.holidays = 'DE-NW';
    json.meta.corrections = { email: 'daten@example.org', url: 'https://example.org/fehler?art={type}&id={id}&name={name}' };
    Object.assign(json.welcomePoints[0], { openOnHolidays: true, lastVerified: '2026-03-15', formerNames: ['Welcome Point 01', { de: 'Altes Rathaus', ar: 'البلدية القديمة' }] });
    Object.assign(json.offers[0], { openOnHolidays: false, lastVerified: '2025-10-01' });
    json.welcomePoints[1].address = { onRequest: true, note: { de: 'Adresse nach Anruf', en: 'Address after a call' } };
    const { feed, problems } = await validateFeedAsync(json);
    expect(lines(problems)).to.deep.equal([]);
    expect(feed.meta.holidays).to.equal('DE-NW');
    expect(feed.welcomePoints[0].formerNames).to.have.length(2);
    expect(feed.welcomePoints[1].address).to.deep.equal({ onRequest: true, note: { de: 'Adresse nach Anruf', en: 'Address after a call' } });
    expect(feedHolidays(feed)?.('2026-11-01')?.name).to.deep.equal({ de: 'Allerheiligen', en: "All Saints' Day" });
  });

  it('search finds a point by a former name, in any language', () => {
    const json = fresh();
    json.welcomePoints[1].formerNames = ['Urbanes Zentrum Heyestraße', { ar: 'البلدية القديمة' }];
    const { feed } = validateFeed(json);
    expect(filterPoints(feed, { query: 'urbanes zentrum' }).map(p => p.id)).to.deep.equal(['wp-7']);
    expect(filterPoints(feed, { query: 'البلدية' }).map(p => p.id)).to.deep.equal(['wp-7']);
  });
});

describe('validate: bad new fields give a problem and the rest renders', () => {
  it('an unknown region code: a problem, no holidays, everything else kept', async () => {
    const json = fresh();
    json.meta.holidays = 'DE-XY';
    const { feed, problems } = await validateFeedAsync(json);
    expect(lines(problems)).to.deep.equal(['meta.holidays: "DE-XY" is not a region with known public holidays (DE, DE-BW … DE-TH); holidays dropped']);
    expect(feed.meta.holidays).to.equal(undefined);
    expect(feedHolidays(feed)).to.equal(undefined);
    expect(feed.meta.title).to.deep.equal(small.meta.title);
    expect(feed.welcomePoints).to.have.length(2);
  });

  it('lastVerified in the future: dropped from its entry, the entry kept', () => {
    const json = fresh();
    json.welcomePoints[0].lastVerified = '2999-01-01';
    json.offers[1].lastVerified = '2026-02-30';
    const { feed, problems } = validateFeed(json);
    expect(lines(problems)).to.deep.equal([
      'welcomePoints[0].lastVerified: "2999-01-01" is in the future; lastVerified dropped',
      'offers[1].lastVerified: "2026-02-30" is not a date (YYYY-MM-DD); lastVerified dropped',
    ]);
    expect(feed.welcomePoints[0].lastVerified).to.equal(undefined);
    expect(feed.welcomePoints).to.have.length(2);
    expect(feed.offers).to.have.length(2);
  });

  it('a corrections URL with javascript: is dropped; the e-mail stays', () => {
    const json = fresh();
    json.meta.corrections = { email: 'daten@example.org', url: 'javascript:alert(1)//{id}' };
    const { feed, problems } = validateFeed(json);
    expect(lines(problems)).to.deep.equal([
      'meta.corrections.url: "javascript:alert(1)//{id}" is not an allowed link (only http(s):, mailto:, tel:); corrections.url dropped',
    ]);
    expect(feed.meta.corrections).to.deep.equal({ email: 'daten@example.org' });
    expect(feed.offers).to.have.length(2);
  });

  it('formerNames that is not a list: dropped, the point kept', () => {
    const json = fresh();
    json.welcomePoints[0].formerNames = 'Welcome Point 01';
    const { feed, problems } = validateFeed(json);
    expect(lines(problems)).to.deep.equal(['welcomePoints[0].formerNames: must be a list of names; formerNames dropped']);
    expect(problems[0].entry).to.equal('"wp-1" (Welcome Point Mitte)');
    expect(feed.welcomePoints.map(p => p.id)).to.deep.equal(['wp-1', 'wp-7']);
  });
});

describe('validate: gaps found while writing a feed by hand (#16)', () => {
  it('unknown fields inside nested objects get a warning with the field that was meant', async () => {
    const json = fresh();
    json.welcomePoints[0].contact = { phone: '+49 211 1234567', website: 'https://example.org' };
    json.welcomePoints[1].address.houseNumber = '12';
    json.meta.contact = { web: 'https://example.org', emial: 'a@example.org' };
    const { problems } = await validateFeedAsync(json);
    expect(lines(problems)).to.deep.equal([
      'meta.contact.web: is not a field of this format; ignored; did you mean "url"?',
      'meta.contact.emial: is not a field of this format; ignored; did you mean "email"?',
      'welcomePoints[0].contact.website: is not a field of this format; ignored; did you mean "url"?',
      'welcomePoints[1].address.houseNumber: is not a field of this format; ignored; did you mean "street"?',
    ]);
    expect(problems.every(p => p.severity === 'warning')).to.equal(true);
  });

  it('"9:00" asks "did you mean 09:00?"', () => {
    const json = fresh();
    json.offers[0].schedule[0].opens = '9:00';
    const { problems } = validateFeed(json);
    expect(lines(problems)).to.deep.equal(['offers[0].schedule[0].opens: "9:00" is not a time (HH:MM); did you mean "09:00"?; schedule[0] dropped']);
  });

  it('problems name the entry by id and name, also for broken references', () => {
    const json = fresh();
    json.offers[1].welcomePointId = 'wp-9';
    json.offers[0].schedule[0].closes = '25:00';
    const { problems } = validateFeed(json);
    expect(problems.map(p => p.entry)).to.deep.equal(['"o-1" (Sprachcafé)', '"o-2" (Asylverfahrensberatung)']);
  });

  it('an address without street is dropped with a clear message unless it is on request', () => {
    const json = fresh();
    json.welcomePoints[1].address = { postalCode: '40625', city: 'Düsseldorf' };
    const { feed, problems } = validateFeed(json);
    expect(lines(problems)[0]).to.equal('welcomePoints[1].address.street: is missing; entry dropped');
    expect(feed.welcomePoints).to.have.length(1);
  });

  it('a JSON syntax error says line and column (where the engine tells the position)', () => {
    let error: Error | undefined;
    try {
      parseJsonText('{\n  "version": 1,\n  "meta": {},\n}');
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.name).to.equal('FeedFormatError');
    expect(error?.message).to.match(/^The feed is not valid JSON: /);
    // V8 and SpiderMonkey give a position; JavaScriptCore does not.
    if (!/AppleWebKit/.test(navigator.userAgent) || /Chrome/.test(navigator.userAgent)) expect(error?.message).to.match(/line 4,? column 1\b/);
  });
});

describe('corrections links and freshness', () => {
  const target = { type: 'welcomePoint' as const, id: 'wp 1', name: 'Café & Beratung', page: 'https://partner.example/seite' };

  it('fills {type}, {id} and {name} URL-encoded into the form URL', () => {
    expect(correctionLink({ url: 'https://example.org/fehler?art={type}&id={id}&name={name}' }, target)).to.deep.equal({
      kind: 'url',
      href: 'https://example.org/fehler?art=welcomePoint&id=wp%201&name=Caf%C3%A9%20%26%20Beratung',
    });
  });

  it('builds a mailto with subject and body naming the entry and the page', () => {
    const link = correctionLink({ email: 'daten@example.org' }, target, { subject: 'Fehler melden', intro: 'Was stimmt nicht?' });
    expect(link?.kind).to.equal('email');
    const url = new URL(link!.href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('daten@example.org');
    expect(url.searchParams.get('subject')).to.equal('Fehler melden');
    expect(url.searchParams.get('body')).to.equal('Was stimmt nicht?\r\n\r\n\r\n---\r\nwelcomePoint: wp 1 (Café & Beratung)\r\nhttps://partner.example/seite');
  });

  it('nothing without meta.corrections', () => {
    expect(correctionLink(undefined, target)).to.equal(undefined);
  });

  it('entries older than 12 months are stale', () => {
    expect(isStale('2025-12-03', '2026-12-04')).to.equal(true);
    expect(isStale('2025-12-04', '2026-12-04')).to.equal(false);
    expect(isStale(undefined, '2026-12-04')).to.equal(false);
  });
});
