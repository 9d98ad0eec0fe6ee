// SPDX-License-Identifier: EUPL-1.2
// The editors' toolkit on the command line (run after `npm run build`): export --format csv,
// import, and what they do with the files editors really produce.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { generateFeed, random } from '../../scripts/test/generate-feed.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = join(root, 'demo/data/duesseldorf.json');
const editor = await import(join(root, 'dist/editor.js'));
const { validateFeed } = editor;

function cli(...args) {
  return new Promise(resolve => {
    execFile(process.execPath, ['bin/welcome-feed.mjs', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

/** Texts as objects by language, so "Beratung" and {"de": "Beratung"} compare equal. */
function normalize(feed) {
  const lang = feed.meta.defaultLanguage;
  const TEXT = new Set(['title', 'description', 'name', 'label', 'note', 'hoursNote', 'cost']);
  const walk = (value, key) => {
    if (typeof value === 'string' && TEXT.has(key) && value !== 'free') return { [lang]: value };
    if (Array.isArray(value)) return value.map(item => walk(item, key === 'formerNames' ? 'name' : undefined));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(feed);
}

/**
 * The generator predates the newer feed fields (and other tests depend on its exact output), so
 * the round trip adds them here, seeded: holidays, corrections, former names in random languages
 * (some without a German one), addresses on request, openOnHolidays and lastVerified.
 */
function withNewerFields(feed, seed) {
  const rnd = random(seed + 1000);
  const chance = p => rnd() < p;
  const pick = list => list[Math.floor(rnd() * list.length)];
  const date = () => `2025-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  const name = index => {
    const text = Object.fromEntries(['de', 'en', 'ar', 'uk'].filter(lang => (lang === 'de' ? chance(0.8) : chance(0.3))).map(lang => [lang, `${lang} Name ${index}, alt`]));
    return Object.keys(text).length ? text : `Welcome Point ${index}`;
  };
  feed.meta.holidays = pick(['DE', 'DE-NW', 'DE-BY', 'DE-BE']);
  feed.meta.corrections = chance(0.5) ? { email: 'fehler@example.org' } : { url: 'https://example.org/melden?was={type}&id={id}', email: 'fehler@example.org' };
  for (const [index, point] of feed.welcomePoints.entries()) {
    if (chance(0.4)) point.formerNames = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, n) => name(index * 10 + n));
    if (chance(0.15)) point.address = chance(0.5) ? { onRequest: true, note: { de: 'Adresse auf Anfrage', en: 'Address on request' }, postalCode: point.address.postalCode, city: point.address.city } : { onRequest: true };
    if (chance(0.3)) point.openOnHolidays = chance(0.5);
    if (chance(0.7)) point.lastVerified = date();
  }
  for (const offer of feed.offers) {
    if (chance(0.2)) offer.openOnHolidays = chance(0.5);
    if (chance(0.5)) offer.lastVerified = date();
  }
  return feed;
}

const files = map => [...map].map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));

let dir;
before(() => (dir = mkdtempSync(join(tmpdir(), 'welcome-editor-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A folder with the sample feed's CSVs, to break one file at a time. */
function csvFolder(name, changes = {}) {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  const { feed } = validateFeed(JSON.parse(readFileSync(sample, 'utf8')));
  for (const [file, text] of editor.exportCsv(feed)) writeFileSync(join(folder, file), text);
  for (const [file, content] of Object.entries(changes)) {
    if (content === null) rmSync(join(folder, file));
    else writeFileSync(join(folder, file), content);
  }
  return folder;
}

describe('hours syntax', () => {
  test('reads what people type, in English and German', () => {
    const { slots } = editor.parseHours('Mo-Fr 9:00-12:30, 13:30 - 16:00; Samstag 10.00–14:00 ab 2026-01-01 bis 2026-06-30');
    assert.deepEqual(slots, [
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:30' },
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '13:30', closes: '16:00' },
      { days: ['sa'], opens: '10:00', closes: '14:00', validFrom: '2026-01-01', validUntil: '2026-06-30' },
    ]);
    assert.deepEqual(editor.parseHours('Di, Do 10:00-12:00').slots[0].days, ['tu', 'th']);
  });
  test('says what is wrong, in English and German', () => {
    assert.deepEqual(editor.parseHours('Mo 25:00-26:00'), { ok: false, error: { en: '25:00 is not a time', de: '25:00 ist keine Uhrzeit' } });
    assert.match(editor.parseHours('Xy 10:00-12:00').error.en, /"Xy" is not a day/);
    assert.match(editor.parseHours('Xy 10:00-12:00').error.de, /"Xy" ist kein Wochentag/);
    assert.match(editor.parseHours('Mo 14:00-10:00').error.en, /10:00 is not later than 14:00/);
    assert.match(editor.parseHours('Mo 14:00-10:00').error.de, /10:00 ist nicht später als 14:00/);
    assert.match(editor.parseHours('10:00-12:00').error.en, /put the days first/);
    assert.match(editor.parseHours('10:00-12:00').error.de, /schreiben Sie die Tage zuerst/);
  });
  test('format gives back the same slots', () => {
    const slots = [
      { days: ['mo', 'tu', 'we'], opens: '09:00', closes: '12:00' },
      { days: ['sa', 'su'], opens: '10:00', closes: '24:00', validUntil: '2026-12-31' },
      { days: ['fr', 'mo'], opens: '08:00', closes: '09:00' },
    ];
    assert.equal(editor.formatHours(slots), 'Mo-We 09:00-12:00; Sa, Su 10:00-24:00 until 2026-12-31; Fr, Mo 08:00-09:00');
    assert.deepEqual(editor.parseHours(editor.formatHours(slots)).slots, slots);
  });
});

describe('round trip export → import', () => {
  test('the sample feed, through the command line', async () => {
    const out = join(dir, 'sample-csv');
    const exported = await cli('export', 'demo/data/duesseldorf.json', '--format', 'csv', '--out', out);
    assert.equal(exported.code, 0, exported.stdout + exported.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['categories.csv', 'closures.csv', 'dates.csv', 'districts.csv', 'districts.geojson', 'meta.csv', 'offers.csv', 'quarters.csv', 'welcome-points.csv']);
    assert.match(readFileSync(join(out, 'welcome-points.csv'), 'utf8'), /Mo-Fr 09:00-17:00; Sa 10:00-14:00/);
    const imported = await cli('import', out, '--out', join(dir, 'sample.json'));
    assert.equal(imported.code, 0, imported.stdout);
    assert.match(imported.stdout, /13 Welcome Points, 167 offers, 10 districts, 11 categories; 0 errors, 0 warnings/);
    const original = validateFeed(JSON.parse(readFileSync(sample, 'utf8'))).feed;
    assert.deepEqual(normalize(JSON.parse(readFileSync(join(dir, 'sample.json'), 'utf8'))), normalize(original));
  });

  test('the sample feed as German Excel saves it (";", BOM, CRLF), through the command line', async () => {
    const out = join(dir, 'excel-csv');
    assert.equal((await cli('export', sample, '--format', 'csv', '--out', out, '--delimiter', ';', '--bom')).code, 0);
    const offers = readFileSync(join(out, 'offers.csv'));
    assert.deepEqual([...offers.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(offers.toString('utf8'), /^\uFEFFid;welcomePointId;title;/);
    assert.match(offers.toString('utf8'), /\r\n/);
    const imported = await cli('import', out, '--out', join(dir, 'excel.json'));
    assert.equal(imported.code, 0, imported.stdout);
    const original = validateFeed(JSON.parse(readFileSync(sample, 'utf8'))).feed;
    assert.deepEqual(normalize(JSON.parse(readFileSync(join(dir, 'excel.json'), 'utf8'))), normalize(original));
  });

  test('20 seeded generated feeds, plain and as German Excel', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { feed, problems } = validateFeed(withNewerFields(generateFeed({ points: 12, offers: 120, districts: 4, seed }), seed));
      assert.deepEqual(problems, [], `seed ${seed}: the enriched feed is valid`);
      for (const options of [{}, { delimiter: ';', bom: true }]) {
        const result = editor.importCsv(files(editor.exportCsv(feed, options)));
        assert.deepEqual(result.problems, [], `seed ${seed}`);
        assert.deepEqual(normalize(result.feed), normalize(feed), `seed ${seed} ${JSON.stringify(options)}`);
      }
    }
  });

  test('the newer fields: holidays, corrections, former names in several languages, addresses on request, lastVerified', () => {
    const { feed } = validateFeed(JSON.parse(readFileSync(sample, 'utf8')));
    feed.meta.corrections = { email: 'korrekturen@example.org', url: 'https://example.org/fehler?typ={type}&id={id}' };
    const [nord, second, third] = feed.welcomePoints;
    nord.formerNames = ['Welcome Point 7', { de: 'Begegnungscafé Nord', en: 'Meeting café North', ar: 'مقهى اللقاء الشمالي' }];
    second.formerNames = [{ en: 'only in English' }, 'Treff, Rath']; // no German first name; a comma inside a name
    third.address = { onRequest: true, note: { de: 'Adresse nach Anmeldung', en: 'Address after registration' }, city: 'Düsseldorf' };
    feed.welcomePoints[3].address = { onRequest: true };
    nord.openOnHolidays = true;
    second.openOnHolidays = false;
    feed.offers[0].openOnHolidays = true;
    feed.offers[0].lastVerified = '2026-11-20';
    const exported = editor.exportCsv(feed, { delimiter: ';', bom: true });
    const points = Papa.parse(exported.get('welcome-points.csv').slice(1), { header: true, delimiter: ';' }).data;
    assert.equal(points[0].formerNames, 'Welcome Point 7 | Begegnungscafé Nord');
    assert.equal(points[0]['formerNames.en'], '| Meeting café North', 'an empty slot keeps the English name second');
    assert.equal(points[1].formerNames, '| Treff, Rath');
    assert.equal(points[2].addressOnRequest, 'yes');
    assert.match(exported.get('meta.csv'), /holidays;correctionsEmail;correctionsUrl/);
    const result = editor.importCsv(files(exported));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(normalize(result.feed), normalize(feed));
    assert.equal(result.feed.welcomePoints[2].address.postalCode, undefined, 'an address on request gets no empty postal code');
  });

  test('a hand-typed cell of former names: spaces and empty names do not matter; "no" on request is a street address', () => {
    const { feed } = validateFeed(JSON.parse(readFileSync(sample, 'utf8')));
    const exported = editor.exportCsv(feed);
    const table = Papa.parse(exported.get('welcome-points.csv'), { header: true });
    table.data[0].formerNames = ' Alter Treff |  | Welcome Point 7 |';
    table.data[0].addressOnRequest = 'nein';
    exported.set('welcome-points.csv', Papa.unparse(table.data));
    const result = editor.importCsv(files(exported));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.feed.welcomePoints[0].formerNames, ['Alter Treff', 'Welcome Point 7']);
    assert.deepEqual(result.feed.welcomePoints[0].address, feed.welcomePoints[0].address);
  });

  test('quoted fields with line breaks, quotes, delimiters and formula-like text survive', () => {
    const { feed } = validateFeed(JSON.parse(readFileSync(sample, 'utf8')));
    feed.offers[0].description = { de: 'Zeile 1\r\nZeile "2"; mit, allem', en: '=HYPERLINK("x")' };
    const exported = editor.exportCsv(feed);
    assert.match(exported.get('offers.csv'), /'=HYPERLINK/, 'a formula gets an apostrophe so a spreadsheet does not run it');
    const result = editor.importCsv(files(exported));
    assert.deepEqual(result.feed.offers[0].description, feed.offers[0].description);
  });
});

describe('import reports problems as file:row and keeps the rest', () => {
  test('a bad hours cell: the row is left out and listed with the issue\'s wording', async () => {
    const offers = Papa.parse(readFileSync(join(csvFolder('probe'), 'offers.csv'), 'utf8').trim()).data;
    const id = offers[16][0];
    offers[16][offers[0].indexOf('schedule')] = 'Mo 25:00-26:00';
    const folder = csvFolder('bad-hours', { 'offers.csv': Papa.unparse(offers) });
    const { code, stdout } = await cli('import', folder, '--out', join(dir, 'bad-hours.json'));
    assert.equal(code, 1);
    assert.match(stdout, /^error {3}offers\.csv:17: schedule "Mo 25:00-26:00": 25:00 is not a time; row left out \(write the days first, then the times, e\.g\. "Mo-Fr 09:00-17:00; Sa 10:00-14:00"\)$/m);
    const feed = JSON.parse(readFileSync(join(dir, 'bad-hours.json'), 'utf8'));
    assert.equal(feed.offers.length, 166);
    assert.ok(!feed.offers.some(offer => offer.id === id));
  });

  test('one bad cell in a point\'s row: one error for it, and one per file for the rows that went with it, naming the row to fix', async () => {
    const read = file => Papa.parse(readFileSync(join(csvFolder('probe-cascade'), file), 'utf8').trim()).data;
    const points = read('welcome-points.csv');
    const id = points[2][0];
    points[2][points[0].indexOf('hours')] = 'Montag 10:00-25:00';
    const closureRows = read('closures.csv').flatMap((row, index) => (row[0] === id ? [index + 1] : []));
    const offerRows = read('offers.csv').flatMap((row, index) => (row[1] === id ? [index + 1] : []));
    assert.ok(closureRows.length > 1 && offerRows.length > 1, 'the sample point has closures and offers');
    const folder = csvFolder('cascade', { 'welcome-points.csv': Papa.unparse(points) });
    const { code, stdout } = await cli('import', folder, '--out', join(dir, 'cascade.json'));
    assert.equal(code, 1);
    const errors = stdout.split('\n').filter(line => line.startsWith('error'));
    assert.equal(errors.length, 3, stdout);
    assert.match(errors[0], /welcome-points\.csv:3: hours "Montag 10:00-25:00"/);
    const span = rows => `${rows[0]}–${rows.at(-1)}`;
    assert.match(stdout, new RegExp(`closures\\.csv:${closureRows[0]}: rows ${span(closureRows)} belong to welcomePointId "${id}", which was left out for an error in row 3 of welcome-points\\.csv; left out with it \\(fix row 3 of welcome-points\\.csv`));
    assert.match(stdout, new RegExp(`offers\\.csv:${offerRows[0]}: rows ${span(offerRows)} belong to welcomePointId "${id}"`));
    const feed = JSON.parse(readFileSync(join(dir, 'cascade.json'), 'utf8'));
    assert.ok(!feed.offers.some(offer => offer.welcomePointId === id));
    assert.equal(feed.welcomePoints.length, points.length - 2, 'the other points stay');
  });

  test('a district left out: its points go with it, and their offers name the district\'s row as the one to fix', () => {
    const csv = editor.exportCsv(validateFeed(JSON.parse(readFileSync(sample, 'utf8'))).feed);
    const districts = Papa.parse(csv.get('districts.csv').trim()).data;
    for (const [index, header] of districts[0].entries()) if (/^name(\.|$)/.test(header)) districts[1][index] = '';
    csv.set('districts.csv', Papa.unparse(districts));
    const { problems } = editor.importCsv(files(csv));
    const offers = problems.filter(p => p.file === 'offers.csv');
    assert.ok(offers.length, 'the district has points with offers');
    for (const problem of offers) assert.match(problem.message, /which was left out for an error in row 2 of districts\.csv; left out with it$/);
    assert.equal(new Set(offers.map(p => p.message.match(/welcomePointId "(.+?)"/)[1])).size, offers.length, 'one error per point, not per offer');
    assert.ok(problems.some(p => p.file === 'welcome-points.csv' && /belongs? to districtId/.test(p.message)));
  });

  test('with lint, its warnings point at the spreadsheet cell: a point\'s row and column, a closure\'s row in closures.csv', () => {
    const { feed } = validateFeed(JSON.parse(readFileSync(sample, 'utf8')));
    const point = feed.welcomePoints.find(p => p.status === 'active' && p.closures?.length);
    point.lastVerified = '2020-01-02';
    point.closures[0] = { from: '2020-03-01', to: '2020-03-02' };
    const csv = editor.exportCsv(feed);
    const rowOf = (file, pattern) => Papa.parse(csv.get(file).trim()).data.findIndex(row => pattern.test(row.join(','))) + 1;
    const { problems } = editor.importCsv(files(csv), { lint: { now: new Date('2026-12-07T10:00:00Z') } });
    const stale = problems.find(p => p.rule === 'stale' && p.message.includes('2020-01-02'));
    assert.deepEqual([stale.file, stale.row, stale.column], ['welcome-points.csv', rowOf('welcome-points.csv', /2020-01-02$/), 'lastVerified']);
    assert.match(stale.message, /^lastVerified: /, 'named by its column, not by a JSON path');
    const closure = problems.find(p => p.rule === 'old-closure' && p.message.includes('2020-03-02'));
    assert.deepEqual([closure.file, closure.row], ['closures.csv', rowOf('closures.csv', /^[^,]+,2020-03-01,2020-03-02/)]);
    assert.equal(editor.importCsv(files(csv)).problems.filter(p => p.rule).length, 0, 'without the option, no lint');
  });

  test('a title left empty and a javascript: link say what to do, not only what was done', async () => {
    const read = file => Papa.parse(readFileSync(join(csvFolder('probe-hints'), file), 'utf8').trim()).data;
    const offers = read('offers.csv');
    for (const [index, header] of offers[0].entries()) if (/^title(\.|$)/.test(header)) offers[3][index] = '';
    const points = read('welcome-points.csv');
    points[2][points[0].indexOf('url')] = 'javascript:alert(1)';
    const folder = csvFolder('hints', { 'offers.csv': Papa.unparse(offers), 'welcome-points.csv': Papa.unparse(points) });
    const { code, stdout } = await cli('import', folder, '--out', join(dir, 'hints.json'));
    assert.equal(code, 1);
    assert.match(stdout, /offers\.csv:4: title: is missing; entry dropped \(fill it in; until then the row stays out of the feed\)$/m);
    assert.match(stdout, /welcome-points\.csv:3: url: "javascript:alert\(1\)" is not an allowed link .*; contact\.url dropped \(write the whole address, beginning with https:\/\/ \(or mailto:, tel:\)\)$/m);
  });

  test('misspelled headers get the nearest known name', async () => {
    const text = readFileSync(join(csvFolder('probe2'), 'offers.csv'), 'utf8').replace(/^id,welcomePointId,title,/, 'id,welcomePointId,titel,');
    const { stdout } = await cli('import', csvFolder('typo', { 'offers.csv': text }), '--out', join(dir, 'typo.json'));
    assert.match(stdout, /offers\.csv:1: unknown column "titel"; ignored \(did you mean "title"\?\)/);
  });

  test('the same id on two rows: the second is left out', async () => {
    const text = 'id,name\ncounselling,A\ncounselling,B\nmeeting,C\n';
    const { code, stdout } = await cli('import', csvFolder('dup', { 'categories.csv': text }), '--out', join(dir, 'dup.json'));
    assert.equal(code, 1);
    assert.match(stdout, /categories\.csv:3: id "counselling" is already used in row 2; row left out/);
  });

  test('wrong headers: the file is left out with the expected columns', async () => {
    const { code, stdout } = await cli('import', csvFolder('wrong', { 'offers.csv': 'Name,Ort,Zeit\nA,B,C\n' }), '--out', join(dir, 'wrong.json'));
    assert.equal(code, 1);
    assert.match(stdout, /offers\.csv:1: has no column "id", "welcomePointId"; file left out/);
  });

  test('an empty file and a header-only file', async () => {
    const { code, stdout } = await cli('import', csvFolder('empty', { 'closures.csv': '', 'dates.csv': 'offerId,start,end\r\n' }), '--out', join(dir, 'empty.json'));
    assert.equal(code, 1);
    assert.match(stdout, /closures\.csv: is empty \(not even a header row\)/);
    assert.doesNotMatch(stdout, /dates\.csv/, 'a header without rows is an empty list, not a problem');
    assert.equal(JSON.parse(readFileSync(join(dir, 'empty.json'), 'utf8')).offers.filter(offer => offer.dates).length, 0);
  });

  test('binary garbage is refused, no stack trace', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const { code, stdout, stderr } = await cli('import', csvFolder('binary', { 'offers.csv': garbage }), '--out', join(dir, 'binary.json'));
    assert.equal(code, 1);
    assert.match(stdout, /offers\.csv: is not a text file \(it contains binary data\)/);
    assert.doesNotMatch(stdout + stderr, /\n\s+at /);
  });

  test('Windows-1252 is converted with a warning', async () => {
    const latin = Buffer.from('id,label\nkurse,Sprachkurse für Mütter\n', 'latin1');
    const { stdout } = await cli('import', csvFolder('ansi', { 'categories.csv': latin }), '--out', join(dir, 'ansi.json'));
    assert.match(stdout, /warning categories\.csv: is not UTF-8 but looks like Windows-1252/);
    const feed = JSON.parse(readFileSync(join(dir, 'ansi.json'), 'utf8'));
    assert.equal(feed.categories.find(c => c.id === 'kurse').label, 'Sprachkurse für Mütter');
  });

  test('a missing file or a folder without CSVs: exit 2 and nothing written', async () => {
    const out = join(dir, 'never.json');
    const missing = await cli('import', join(dir, 'nope.csv'), '--out', out);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*nope\.csv: no such file/);
    mkdirSync(join(dir, 'no-csv'));
    writeFileSync(join(dir, 'no-csv', 'notes.txt'), 'hello');
    const folder = await cli('import', join(dir, 'no-csv'), '--out', out);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /has no \.csv files/);
    assert.equal(existsSync(out), false);
    assert.deepEqual(readdirSync(dir).filter(name => name.includes('.tmp-')), []);
  });

  test('a 100,000-row offers file imports', async () => {
    const rows = ['id,welcomePointId,title,schedule'];
    for (let i = 0; i < 100_000; i++) rows.push(`o${i},wp-nord,Angebot ${i},Mo-Fr 09:00-12:00`);
    const { code, stdout } = await cli('import', csvFolder('big', { 'offers.csv': rows.join('\n'), 'dates.csv': null }), '--out', join(dir, 'big.json'));
    assert.equal(code, 0, stdout.slice(-2000));
    assert.match(stdout, /100,?000 offers/);
  });

  test('usage errors exit 2; every command has --help', async () => {
    assert.equal((await cli('import')).code, 2);
    assert.equal((await cli('export', sample, '--format', 'xlsx', '--out', dir)).code, 2);
    assert.equal((await cli('export', sample, '--out', dir, '--colour')).code, 2);
    for (const command of ['validate', 'lint', 'export', 'import']) {
      const help = await cli(command, '--help');
      assert.equal(help.code, 0);
      assert.match(help.stdout, new RegExp(`^Usage: welcome-feed ${command}`));
    }
  });
});

describe('docs/spreadsheets.md', () => {
  test('its complete example imports without a problem', () => {
    const doc = readFileSync(join(root, 'docs/spreadsheets.md'), 'utf8');
    const blocks = [...doc.matchAll(/^`([\w-]+\.csv)`\n```csv\n([\s\S]*?)```/gm)].map(([, name, text]) => [name, text]);
    assert.equal(blocks.length, 8);
    const result = editor.importCsv(files(new Map(blocks)));
    assert.deepEqual(result.problems, []);
    assert.equal(result.feed.welcomePoints[0].closures[0].note.en, 'Christmas break');
    assert.deepEqual(result.feed.offers[0].dates, [{ start: '2026-12-16T15:00', end: '2026-12-16T17:00' }]);
    assert.equal(result.feed.meta.holidays, 'DE-NW');
    assert.deepEqual(result.feed.welcomePoints[0].formerNames, ['Welcome Point 1', { de: 'Begegnungscafé Altstadt', en: 'Meeting café Old Town' }]);
    assert.deepEqual(result.feed.welcomePoints[2].address, { onRequest: true, city: 'Düsseldorf', note: { de: 'Adresse nach Anruf', en: 'Address when you call' } });
    assert.equal(result.feed.welcomePoints[1].openOnHolidays, true);
  });

  test('every column of every file is documented in the section of its file', () => {
    const sections = readFileSync(join(root, 'docs/spreadsheets.md'), 'utf8').split(/^### /m);
    const { feed } = validateFeed(JSON.parse(readFileSync(sample, 'utf8')));
    for (const [file, text] of editor.exportCsv(feed)) {
      if (!file.endsWith('.csv')) continue;
      const section = sections.find(part => part.split('\n')[0].includes(file));
      assert.ok(section, `a section for ${file}`);
      for (const column of text.split('\r\n')[0].split(',').filter(header => !header.includes('.'))) assert.ok(section.includes(`\`${column}\``), `${file}: ${column}`);
    }
  });
});
