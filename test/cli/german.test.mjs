// SPDX-License-Identifier: EUPL-1.2
// The editors' toolkit speaks German to the city's editors (the feed workshop shows `problem.de`):
// every mistake below, one per kind of message the import, the validator and lint can give, must
// come with a German message — none may fall back to English. Run after `npm run build`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = fileURLToPath(new URL('../../', import.meta.url));
const editor = await import(`${root}dist/editor.js`);
const sample = JSON.parse(readFileSync(`${root}demo/data/duesseldorf.json`, 'utf8'));
const NOW = new Date('2026-12-07T10:00:00Z');

const copy = () => structuredClone(sample);
const point = feed => feed.welcomePoints.find(p => p.quarterId && p.closures?.length && p.accessibility);
const offer = feed => feed.offers.find(o => o.schedule?.length);
const event = feed => feed.offers.find(o => o.dates?.length);
const ring = feed => feed.districts[0].geometry.coordinates[0];

/** [what is wrong, how to break the sample feed that way]. */
const BROKEN_FEEDS = [
  ['a list missing', f => delete f.categories],
  ['a list that is no list', f => (f.categories = { a: 1 })],
  ['a duplicate id', f => f.offers.push(structuredClone(f.offers[0]))],
  ['a field with a typo', f => (point(f).adress = 'Marktplatz 1')],
  ['an unknown district', f => (point(f).districtId = 'zz')],
  ['a quarter of another district', f => (point(f).quarterId = 'zz')],
  ['an unknown Welcome Point', f => (offer(f).welcomePointId = 'zz')],
  ['an unknown category', f => (offer(f).categoryIds = ['zz'])],
  ['unknown categories', f => (offer(f).categoryIds = ['zz', 'yy'])],
  ['a required text missing', f => delete offer(f).title],
  ['a list given as text', f => (offer(f).languages = 'de')],
  ['an empty id', f => (offer(f).id = '')],
  ['a long id', f => (offer(f).id = 'x'.repeat(201))],
  ['a bad language tag', f => (offer(f).title = { 'de DE': 'Beratung' })],
  ['a text that is a number', f => (offer(f).title = { de: 5 })],
  ['a text in no language', f => (offer(f).title = {})],
  ['a text that is neither', f => (offer(f).title = 5)],
  ['a script link', f => (point(f).contact = { url: 'javascript:alert(1)' })],
  ['a bad date', f => (point(f).closures[0].from = 'tomorrow')],
  ['a bad date-time', f => (event(f).dates[0].start = 'soon')],
  ['a date in the future', f => (point(f).lastVerified = '2999-01-01')],
  ['a time without its leading zero', f => (offer(f).schedule[0].opens = '9:00')],
  ['a bad weekday', f => (offer(f).schedule[0].days = ['xx'])],
  ['no weekday', f => (offer(f).schedule[0].days = [])],
  ['a slot ending before it starts', f => Object.assign(offer(f).schedule[0], { opens: '12:00', closes: '10:00' })],
  ['a latitude off the globe', f => (point(f).location.lat = 100)],
  ['a longitude off the globe', f => (point(f).location.lng = 500)],
  ['a latitude that is text', f => (point(f).location.lat = 'north')],
  ['a bad phone number', f => (point(f).contact = { phone: 'call us' })],
  ['a bad e-mail address', f => (point(f).contact = { email: 'nope' })],
  ['a closure ending before it starts', f => Object.assign(point(f).closures[0], { from: '2026-12-24', to: '2026-12-20' })],
  ['a date ending before it starts', f => Object.assign(event(f).dates[0], { start: '2026-11-11T16:00', end: '2026-11-10T18:30' })],
  ['an address that is text', f => (point(f).address = 'Marktplatz 1')],
  ['an unknown status', f => (point(f).status = 'open')],
  ['former names as text', f => (point(f).formerNames = 'WP 7')],
  ['an unknown wheelchair value', f => (point(f).accessibility.wheelchair = 'maybe')],
  ['a cost that is a number', f => (offer(f).cost = 5)],
  ['an unknown audience', f => (offer(f).audiences = ['aliens'])],
  ['a district number with a fraction', f => (f.districts[0].number = 1.5)],
  ['a geometry of another type', f => (f.districts[0].geometry = { type: 'Point', coordinates: [6.7, 51.2] })],
  ['a geometry without rings', f => (f.districts[0].geometry.coordinates = [])],
  ['a ring too short', f => ring(f).splice(1, ring(f).length - 2)],
  ['a ring left open', f => ring(f).push([0, 0])],
  ['a position that is no pair', f => (ring(f)[1] = [6.7])],
  ['a position that is text', f => (ring(f)[1] = ['east', 'north'])],
  ['an unknown time zone', f => (f.meta.timeZone = 'Mars/Olympus')],
  ['an unknown holiday region', f => (f.meta.holidays = 'XX')],
];

describe('German messages for the feed workshop', () => {
  for (const [what, breakIt] of BROKEN_FEEDS) {
    test(what, () => {
      const feed = copy();
      breakIt(feed);
      const { problems } = editor.lintFeed(feed, { now: NOW });
      const validation = problems.filter(p => p.rule === 'validate');
      assert.ok(validation.length, 'the mistake gives a problem');
      for (const problem of validation) assert.ok(problem.de, `no German for: ${problem.message}`);
    });
  }

  test('a feed that cannot be read at all', () => {
    for (const input of [[], { meta: {} }, { version: 2 }]) {
      assert.throws(() => editor.validateFeed(input), error => editor.validationInGerman(error.message)?.startsWith('Der Feed '));
    }
  });

  test('says it as an editor would read it', () => {
    assert.equal(
      editor.validationInGerman('"9:00" is not a time (HH:MM); did you mean "09:00"?; entry dropped'),
      '"9:00" ist keine Uhrzeit (HH:MM); meinten Sie "09:00"?; Eintrag nicht übernommen',
    );
    assert.equal(editor.validationInGerman('is missing; entry dropped'), 'fehlt; Eintrag nicht übernommen');
    assert.equal(editor.validationInGerman('"a; b" is not a phone number; contact.phone dropped'), '"a; b" ist keine Telefonnummer; contact.phone nicht übernommen');
    assert.equal(editor.validationInGerman('something nobody wrote a German form for; ignored'), undefined);
  });

  test('every lint rule, with its hint', () => {
    const feed = copy();
    const first = feed.welcomePoints[0];
    Object.assign(first, { validUntil: '2026-01-01', status: 'active', lastVerified: '2020-01-01' });
    first.contact = { phone: '0211 123456' };
    first.closures = [{ from: '2025-01-01', to: '2025-01-02' }];
    first.openingHours = [{ days: ['mo'], opens: '09:00', closes: '12:00', validUntil: '2025-01-01' }];
    feed.offers[0].title = { de: 'x'.repeat(100) };
    feed.offers[3].title = { en: 'German course' };
    feed.offers[1].title = feed.offers[2].title;
    feed.offers[1].welcomePointId = feed.offers[2].welcomePointId;
    delete feed.meta.holidays;
    const rules = new Set();
    for (const problem of editor.lintFeed(feed, { now: NOW }).problems.filter(p => p.rule !== 'validate')) {
      rules.add(problem.rule);
      assert.ok(problem.de?.message && problem.de.hint, `no German for: ${problem.message}`);
      assert.doesNotMatch(problem.de.message, / is | the | has /, `English left in: ${problem.de.message}`);
    }
    for (const rule of ['expired', 'stale', 'old-closure', 'phone-format', 'long-text', 'duplicate-name', 'holidays', 'default-language']) assert.ok(rules.has(rule), `${rule} never fired`);
  });

  test('the spreadsheet import, with the mistakes editors make', () => {
    const csv = editor.exportCsv(editor.validateFeed(copy()).feed, { delimiter: ';' });
    const table = name => Papa.parse(csv.get(name), { delimiter: ';' }).data;
    const offers = table('offers.csv');
    const column = name => offers[0].indexOf(name);
    const weekly = offers.findIndex((row, index) => index && row[column('schedule')]);
    offers[weekly][column('schedule')] = 'Mo 25:00-26:00';
    offers[weekly + 1][column('id')] = '';
    offers[weekly + 2][column('id')] = offers[weekly + 3][column('id')];
    offers[0][column('title')] = 'titel';
    const points = table('welcome-points.csv');
    points[1][points[0].indexOf('districtId')] = 'zz';
    const edited = { 'offers.csv': offers, 'welcome-points.csv': points };
    const files = [
      ...[...csv].map(([name, text]) => ({ name, bytes: new TextEncoder().encode(edited[name] ? Papa.unparse(edited[name], { delimiter: ';' }) : text) })),
      { name: 'notes.csv', bytes: new TextEncoder().encode('a;b\r\n1;2') },
      { name: 'binary.csv', bytes: new Uint8Array([0, 1, 2, 3]) },
    ];
    const { problems } = editor.importCsv(files);
    assert.ok(problems.length >= 4);
    for (const problem of problems) assert.ok(problem.de, `no German for: ${problem.message}`);
    const german = problems.map(p => p.de.message).join('\n');
    assert.match(german, /unbekannte Spalte "titel"; nicht übernommen/);
    assert.match(german, /schedule: "Mo 25:00-26:00": 25:00 ist keine Uhrzeit; Zeile nicht übernommen/);
    assert.match(german, /id ist leer; Zeile nicht übernommen/);
    assert.match(german, /districtId: unbekannter Stadtbezirk "zz"; Eintrag nicht übernommen/);
    assert.match(german, /ist keine der Feed-Dateien; nicht übernommen/);
    assert.match(german, /^Zeilen? [\d–, ]+ gehör(t|en) zu welcomePointId ".+", das wegen eines Fehlers in Zeile 2 von welcome-points\.csv nicht übernommen wurde; ebenfalls nicht übernommen$/m);
    const noCsv = editor.importCsv([{ name: 'notes.txt', bytes: new Uint8Array([65]) }]);
    assert.match(noCsv.fatalDe, /^keine CSV-Dateien des Feeds gefunden/);
  });
});
