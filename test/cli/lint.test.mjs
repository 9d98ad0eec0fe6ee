// SPDX-License-Identifier: EUPL-1.2
// welcome-feed lint and export --format hsds (run after `npm run build`).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = join(root, 'demo/data/duesseldorf.json');
const sampleFeed = () => JSON.parse(readFileSync(sample, 'utf8'));

function cli(...args) {
  return new Promise(resolve => {
    execFile(process.execPath, ['bin/welcome-feed.mjs', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

let dir;
before(() => (dir = mkdtempSync(join(tmpdir(), 'welcome-lint-'))));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content, null, 2));
  return path;
};

describe('welcome-feed lint', () => {
  test('finds each kind of editorial problem, with path, line and hint', async () => {
    const feed = sampleFeed();
    delete feed.meta.holidays; // holidays are not closed days: the lint names those on opening days
    const dropRussian = value => {
      if (Array.isArray(value)) value.forEach(dropRussian);
      else if (value && typeof value === 'object') {
        delete value.ru;
        Object.values(value).forEach(dropRussian);
      }
    };
    dropRussian(feed);
    const [nord, second] = feed.welcomePoints;
    nord.contact.phone = '0211 555 0100';
    nord.location = { lat: 51.1, lng: 6.9 }; // far south-east of district 5
    nord.closures = [{ from: '2025-01-01', to: '2025-01-02' }];
    second.name = nord.name;
    feed.welcomePoints.push({ ...structuredClone(second), id: 'wp-lonely', name: 'Einsam' });
    // closed by its date: its offer shows nowhere any more (the offer list and the static edition leave it out)
    feed.welcomePoints.push({ ...structuredClone(second), id: 'wp-ended', name: 'Vorbei', validUntil: '2026-06-30' });
    feed.offers.push({ ...structuredClone(feed.offers[2]), id: 'ended-talk', title: { de: 'Sprechstunde am alten Ort' }, welcomePointId: 'wp-ended' });
    const endedOffer = feed.offers.length - 1;
    // (one closed by its date without offers is not asked for any)
    feed.welcomePoints.push({ ...structuredClone(second), id: 'wp-gone', name: 'Fort', validUntil: '2026-03-31' });
    feed.offers[0].title = { de: 'x'.repeat(120) };
    feed.offers[1].dates = [{ start: '2026-01-10T10:00' }];
    delete feed.offers[1].schedule;
    const { code, stdout } = await cli('lint', file('editorial.json', feed), '--now', '2026-12-01');
    assert.equal(code, 0, 'warnings alone exit 0');
    const rules = [
      [/welcomePoints\[0\]\.contact\.phone: "0211 555 0100" cannot be dialled from abroad .*\(write it with the country code/],
      [/welcomePoints\[0\]\.location: lies outside the outline of its district/],
      [/welcomePoints\[0\]\.closures\[0\]: closure 2025-01-01 to 2025-01-02 ended long ago \(delete it/],
      [/welcomePoints\[1\]: has the same name as "wp-nord"/],
      [/welcomePoints\[13\]: Welcome Point "wp-lonely" has no offers/],
      [/welcomePoints\[14\]\.validUntil: validUntil 2026-06-30 has passed, but the point is still active/],
      [new RegExp(`offers\\[${endedOffer}\\]\\.welcomePointId: offer "ended-talk" belongs to a closed Welcome Point`)],
      [/offers\[0\]\.title\.de: is 120 characters long/],
      [/offers\[1\]\.dates: every date of offer "nord-asyl" is in the past|offers\[1\]\.dates: every date/],
      [/meta: 2026-12-25 is a public holiday in DE-NW \(Christmas Day\)/],
      [/offers\[27\]\.welcomePointId: offer "03-asyl" belongs to a closed Welcome Point/],
    ];
    for (const [pattern] of rules) assert.match(stdout, pattern);
    assert.doesNotMatch(stdout, /"wp-gone" has no offers/);
    assert.match(stdout, /^warning .*editorial\.json:\d+: welcomePoints\[0\]\.contact\.phone/m, 'each problem has its line');
    assert.match(stdout, /Translation coverage \(\d+ texts\):\n {2}de +\d+ %/);
    for (const lang of ['de-x-ls', 'en', 'ar', 'fa', 'tr', 'uk', 'ru']) assert.match(stdout, new RegExp(`^ {2}${lang} +\\d+ %`, 'm'), `a row for ${lang}`);
    assert.match(stdout, /^ {2}ru +0 %/m, 'a widget language the feed lacks still gets its row, at 0 %');
  });

  test('set meta.holidays (as the sample feed does) and the holiday warnings go', async () => {
    const feed = sampleFeed();
    assert.equal(feed.meta.holidays, 'DE-NW');
    const { stdout } = await cli('lint', sample, '--now', '2026-12-01');
    assert.doesNotMatch(stdout, /public holiday/);
    delete feed.meta.holidays;
    const bavaria = await cli('lint', file('no-holidays.json', feed), '--now', '2026-07-01', '--region', 'DE-BY');
    assert.match(bavaria.stdout, /meta: 2026-08-15 is a public holiday in DE-BY \(Assumption Day\)/, 'the region flag picks the rules');
    const points = feed.welcomePoints.map(point => ({ ...point, openOnHolidays: true }));
    const open = await cli('lint', file('open-on-holidays.json', { ...feed, welcomePoints: points }), '--now', '2026-12-01');
    assert.doesNotMatch(open.stdout, /public holiday/, 'points open on holidays on purpose are no surprise');
  });

  test('a title whose German text was emptied (title.en kept) is named, not published silently in English', async () => {
    const feed = sampleFeed();
    const offer = feed.offers.find(o => typeof o.title === 'object' && o.title.en);
    const index = feed.offers.indexOf(offer);
    offer.title = { en: offer.title.en };
    const { stdout } = await cli('lint', file('emptied-title.json', feed), '--now', '2026-12-01');
    assert.match(stdout, new RegExp(`offers\\[${index}\\]\\.title: has no text in the feed's language "de" \\(add the "de" text \\(in a spreadsheet: the column title\\)\\)`));
    const clean = await cli('lint', sample, '--now', '2026-12-01');
    assert.doesNotMatch(clean.stdout, /has no text in the feed's language/, 'the sample names everything in German');
  });

  test('--stale-after: entries by lastVerified, counted in months as the widgets do; meta.updated without any', async () => {
    const year = await cli('lint', sample, '--now', '2026-12-01');
    const staleIn = stdout => [...stdout.matchAll(/(welcomePoints|offers)\[(\d+)\]\.lastVerified: last verified (\S+), more than (.+?) ago/g)].map(m => `${m[1]}[${m[2]}] ${m[3]} ${m[4]}`);
    // wp-06 and wp-07 (temporarily closed) are over a year old; closed wp-01 and wp-03 are not reported.
    assert.deepEqual(staleIn(year.stdout), ['welcomePoints[6] 2025-09-15 12 months', 'welcomePoints[11] 2025-07-02 12 months']);
    const quarter = await cli('lint', sample, '--now', '2026-12-01', '--stale-after', '3m');
    assert.deepEqual(staleIn(quarter.stdout).map(line => line.split(' ')[0]), ['welcomePoints[5]', 'welcomePoints[6]', 'welcomePoints[8]', 'welcomePoints[10]', 'welcomePoints[11]']);
    const days = await cli('lint', sample, '--now', '2026-12-01', '--stale-after', '50d');
    assert.match(days.stdout, /welcomePoints\[1\]\.lastVerified: last verified 2026-09-28, more than 50 days ago/);
    assert.doesNotMatch(days.stdout, /welcomePoints\[0\]\.lastVerified/, 'wp-nord was checked on 2026-10-12');

    const feed = sampleFeed();
    for (const point of feed.welcomePoints) delete point.lastVerified;
    const unverified = file('unverified.json', feed);
    const stale = await cli('lint', unverified, '--now', '2027-06-01', '--stale-after', '90d');
    assert.match(stale.stdout, /meta\.updated: the feed was last updated 2026-11-01T09:00:00\+01:00, more than 90 days ago/);
    const fresh = await cli('lint', unverified, '--now', '2026-12-01', '--stale-after', '12m');
    assert.doesNotMatch(fresh.stdout, /last updated/);
  });

  test('errors exit 1; warnings exit 1 only with --strict', async () => {
    const feed = sampleFeed();
    feed.offers[0].url = 'javascript:alert(1)';
    assert.equal((await cli('lint', file('error.json', feed), '--now', '2026-12-01')).code, 1);
    assert.equal((await cli('lint', sample, '--now', '2026-12-01')).code, 0);
    assert.equal((await cli('lint', sample, '--now', '2026-12-01', '--strict')).code, 1);
  });

  test('--format json is for CI: problems with rule, path, line and hint, and the coverage', async () => {
    const { stdout } = await cli('lint', sample, '--now', '2026-12-01', '--format', 'json');
    const report = JSON.parse(stdout);
    assert.equal(report.errors, 0);
    const stale = report.problems.find(p => p.rule === 'stale');
    assert.equal(stale.path, 'welcomePoints[6].lastVerified');
    assert.equal(stale.severity, 'warning');
    const lines = readFileSync(sample, 'utf8').split('\n');
    assert.match(lines[stale.row - 1], /"lastVerified": "2025-09-15"/, 'row is the line of the field');
    assert.match(stale.hint, /update lastVerified/);
    assert.ok(report.coverage.find(c => c.lang === 'ar').share > 0.2);
  });

  test('usage and unreadable input exit 2', async () => {
    assert.equal((await cli('lint', sample, '--format', 'xml')).code, 2);
    assert.equal((await cli('lint', sample, '--now', 'soon')).code, 2);
    assert.equal((await cli('lint', sample, '--stale-after', 'a year')).code, 2);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1,}');
    const result = await cli('lint', broken);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /is not valid JSON: .*line 1, column 15/);
  });
});

describe('welcome-feed export --format hsds', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // The formats HSDS uses, checked as ajv-formats would (without another dependency).
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri', value => URL.canParse(value));
  ajv.addFormat('date-time', value => !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const schemas = join(root, 'test/fixtures/hsds/schema');
  for (const name of readdirSync(schemas)) ajv.addSchema(JSON.parse(readFileSync(join(schemas, name), 'utf8')), name);

  test('every exported object validates against the HSDS 3.0 schemas', async () => {
    const out = join(dir, 'hsds');
    const { code } = await cli('export', sample, '--format', 'hsds', '--out', out);
    assert.equal(code, 0);
    const read = name => JSON.parse(readFileSync(join(out, name), 'utf8'));
    for (const [name, schema, count] of [['services.json', 'service.json', 167], ['locations.json', 'location.json', 13], ['organizations.json', 'organization.json', undefined]]) {
      const objects = read(name);
      if (count) assert.equal(objects.length, count);
      const validate = ajv.getSchema(schema);
      for (const object of objects) assert.ok(validate(object), `${name} ${object.id}: ${ajv.errorsText(validate.errors)}`);
    }
    const service = read('services.json').find(s => s.name === 'Asylverfahrensberatung');
    assert.equal(service.service_at_locations[0].location.name, 'Welcome Point Nord');
    assert.deepEqual(service.schedules.map(s => [s.freq, s.byday, s.opens_at, s.closes_at]), [['WEEKLY', 'TU', '09:30', '12:30']]);
    assert.ok(service.phones[0].number.startsWith('+49'));
    const csv = readFileSync(join(out, 'schedules.csv'), 'utf8');
    assert.match(csv, /^id,/);
    const datapackage = read('datapackage.json');
    assert.ok(datapackage.resources.some(r => r.path === 'service_at_location.csv'));
  });

  test('lastVerified, former names and addresses on request carry over where HSDS has a field', async () => {
    const feed = sampleFeed();
    const [nord, second] = feed.welcomePoints;
    nord.formerNames = ['Welcome Point 7', { de: 'Begegnungscafé Nord', en: 'Meeting café North' }];
    second.address = { onRequest: true, note: { de: 'Adresse nach Anruf' } };
    feed.offers.find(offer => offer.welcomePointId === nord.id).lastVerified = '2026-11-20';
    const out = join(dir, 'hsds-newer');
    assert.equal((await cli('export', file('newer.json', feed), '--format', 'hsds', '--out', out)).code, 0);
    const read = name => JSON.parse(readFileSync(join(out, name), 'utf8'));
    const services = read('services.json');
    const validate = ajv.getSchema('service.json');
    for (const service of services) assert.ok(validate(service), `${service.id}: ${ajv.errorsText(validate.errors)}`);
    const ofNord = services.filter(service => service.service_at_locations[0].location.external_identifier === nord.id);
    assert.deepEqual(ofNord.map(service => service.assured_date).sort(), [...ofNord.slice(1).map(() => nord.lastVerified), '2026-11-20'].sort(), 'the offer\'s own date, else its point\'s');
    const locations = read('locations.json');
    assert.equal(locations.find(l => l.external_identifier === nord.id).alternate_name, 'Welcome Point 7; Begegnungscafé Nord');
    const validLocation = ajv.getSchema('location.json');
    for (const location of locations) assert.ok(validLocation(location), `${location.id}: ${ajv.errorsText(validLocation.errors)}`);
    assert.equal(locations.find(l => l.external_identifier === second.id).addresses?.length ?? 0, 0, 'no address to publish');
    assert.equal(locations.find(l => l.external_identifier === nord.id).addresses.length, 1);
    assert.ok(!readFileSync(join(out, 'addresses.csv'), 'utf8').includes(second.id));
  });

  test('ids are UUID v5 of the feed ids: a re-export gives the same ids', async () => {
    const [a, b] = [join(dir, 'hsds-a'), join(dir, 'hsds-b')];
    await cli('export', sample, '--format', 'hsds', '--out', a);
    const feed = sampleFeed();
    feed.offers.reverse();
    await cli('export', file('reordered.json', feed), '--format', 'hsds', '--out', b);
    const ids = out => new Set(JSON.parse(readFileSync(join(out, 'services.json'), 'utf8')).map(s => s.id));
    assert.deepEqual(ids(a), ids(b));
    assert.match([...ids(a)][0], /^[0-9a-f]{8}-[0-9a-f]{4}-5/);
  });
});
