// SPDX-License-Identifier: EUPL-1.2
// What a coordinator's spreadsheet does to the exported files, and what the import makes of it:
// German Excel rewrites every date day first, plain "CSV" saves lose Arabic and Cyrillic letters,
// a second download is called "offers (1).csv", people write "ja" and "Mo 10-12". Run after
// `npm run build`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = fileURLToPath(new URL('../../', import.meta.url));
const editor = await import(`${root}dist/editor.js`);
const sample = editor.validateFeed(JSON.parse(readFileSync(`${root}demo/data/duesseldorf.json`, 'utf8'))).feed;

const utf8 = map => [...map].map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));
const errors = problems => problems.filter(p => p.severity === 'error');
/** One table as rows of cells, and back. */
const table = (csv, file) => Papa.parse(csv.get(file).trim()).data;
const setTable = (csv, file, rows) => csv.set(file, Papa.unparse(rows, { newline: '\r\n' }));
/** Windows-1252 as a spreadsheet writes it: letters it lacks become "?". */
const windows1252 = text => Uint8Array.from(text, char => (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f));

describe('spreadsheet habits', () => {
  test('a folder as German Excel saves it (";", dates day first, "24.12.2026 10:00") gives the same feed', () => {
    const csv = editor.exportCsv(sample, { delimiter: ';' });
    assert.match(csv.get('welcome-points.csv'), /;51,\d+;6,\d+;/, 'coordinates with the decimal comma German Excel reads');
    let rewritten = 0;
    for (const [file, text] of csv) {
      if (!file.endsWith('.csv')) continue;
      csv.set(file, text.replace(/(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?(?![\d:+ZT-])/g, (_, y, m, d, time) => (rewritten++, `${d}.${m}.${y}${time ? ` ${time}` : ''}`)));
    }
    assert.ok(rewritten > 100, `dates rewritten: ${rewritten}`);
    const { feed, problems } = editor.importCsv(utf8(csv));
    assert.deepEqual(errors(problems), []);
    assert.deepEqual(feed, editor.importCsv(utf8(editor.exportCsv(sample))).feed);
    const closure = feed.welcomePoints.flatMap(p => p.closures ?? [])[0];
    assert.match(closure.from, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(feed.offers.flatMap(o => o.dates ?? [])[0].start, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  test('Arabic and Cyrillic saved as Windows-1252 ("????") are left out with a message; German and the rest of the row stay', () => {
    const csv = editor.exportCsv(sample);
    const offers = table(csv, 'offers.csv');
    const [title, titleAr, titleUk, titleTr] = ['title', 'title.ar', 'title.uk', 'title.tr'].map(name => offers[0].indexOf(name));
    assert.ok(title >= 0 && titleAr >= 0 && titleUk >= 0 && titleTr >= 0, 'the sample has Arabic, Ukrainian and Turkish titles');
    const row = offers.findIndex((cells, index) => index > 0 && cells[titleAr] && cells[titleUk]);
    const id = offers[row][0];
    offers[row][title] = 'Elterncafé für Mütter';
    offers[row][titleTr] = 'Kadınlar için kahve';
    setTable(csv, 'offers.csv', offers);
    const chosen = utf8(csv).map(file => (file.name === 'offers.csv' ? { name: file.name, bytes: windows1252(csv.get('offers.csv')) } : file));

    const { feed, problems } = editor.importCsv(chosen);
    const lost = errors(problems).filter(p => /letters were replaced by "\?" when the file was saved/.test(p.message));
    const columns = ['title.ar', 'title.uk', 'title.tr'];
    for (const column of columns) assert.equal(lost.filter(p => p.column === column).length, 1, `one error for ${column}, naming its rows`);
    const arabic = lost.find(p => p.column === 'title.ar');
    assert.match(arabic.message, /^title\.ar \(rows [\d–, ]+\): letters were replaced/);
    assert.match(arabic.de.message, /^title\.ar \(Zeilen [\d–, ]+\): Buchstaben wurden beim Speichern durch „\?“ ersetzt/);
    assert.match(arabic.hint, /CSV UTF-8/);
    const offer = feed.offers.find(o => o.id === id);
    assert.ok(offer, 'the offer stays');
    const titles = typeof offer.title === 'string' ? { de: offer.title } : offer.title;
    assert.equal(titles.de, 'Elterncafé für Mütter', 'umlauts survive Windows-1252');
    assert.ok(!JSON.stringify(feed).includes('??'), 'no text of question marks reaches the feed');
    assert.ok(problems.some(p => p.file === 'offers.csv' && /Windows-1252/.test(p.message)), 'and the file-level warning');
  });

  test('a question is no lost letter; "?????" in an Arabic column is, even in a file that reads as UTF-8', () => {
    const csv = editor.exportCsv(sample);
    const categories = table(csv, 'categories.csv');
    const [label, labelAr, description] = ['label', 'label.ar', 'description'].map(name => categories[0].indexOf(name));
    categories[1][labelAr] = 'ما هو؟ ??';
    categories[2][label] = 'Wirklich?? Ja. ?';
    categories[2][description] = 'Anmeldung: https://termine.example.de/termin?dienst=5';
    setTable(csv, 'categories.csv', categories);
    const ascii = text => Uint8Array.from(text, char => char.charCodeAt(0));
    // German without umlauts, saved as Windows-1252, is also valid UTF-8: the Arabic column still gives it away.
    const plain = Papa.unparse([['id', 'label', 'label.ar'], ['sprache', 'Sprache', '?????']], { newline: '\r\n' });
    for (const [file, bytes] of [['categories.csv', windows1252(csv.get('categories.csv'))], ['categories.csv', new TextEncoder().encode(csv.get('categories.csv'))]]) {
      const { feed, problems } = editor.importCsv(utf8(csv).map(f => (f.name === file ? { name: file, bytes } : f)));
      const lost = problems.filter(p => /letters were replaced/.test(p.message));
      assert.deepEqual(lost.filter(p => ['label', 'description'].includes(p.column)), [], 'German questions and links stay');
      assert.equal(feed.categories[1].label.de ?? feed.categories[1].label, 'Wirklich?? Ja. ?');
    }
    const { feed, problems } = editor.importCsv(utf8(csv).map(f => (f.name === 'categories.csv' ? { name: f.name, bytes: ascii(plain) } : f)));
    assert.ok(problems.some(p => p.column === 'label.ar' && /letters were replaced/.test(p.message)));
    assert.equal(feed.categories.find(c => c.id === 'sprache').label, 'Sprache');
    const utf8Feed = editor.importCsv(utf8(csv)).feed;
    assert.equal(utf8Feed.categories[0].label.ar, 'ما هو؟ ??', 'a real Arabic text with question marks stays');
  });

  test('a second download ("offers (1).csv") is offers.csv; a forgotten offers.csv says so', () => {
    const csv = editor.exportCsv(sample);
    const renamed = utf8(csv).map(file => (file.name === 'offers.csv' ? { ...file, name: 'offers (1).csv' } : file));
    const { feed, problems } = editor.importCsv(renamed);
    assert.deepEqual(errors(problems), []);
    assert.equal(feed.offers.length, sample.offers.length);

    const without = editor.importCsv(utf8(csv).filter(file => file.name !== 'offers.csv'));
    const missing = errors(without.problems).find(p => p.file === 'offers.csv');
    assert.match(missing.message, /^is missing/);
    assert.match(missing.de.hint, /alle Dateien des Feeds zusammen/);

    const twice = editor.importCsv([...utf8(csv), { ...utf8(csv).find(file => file.name === 'offers.csv'), name: 'Offers(2).csv' }]);
    assert.ok(twice.problems.some(p => p.file === 'Offers(2).csv' && /is offers\.csv again \(after offers\.csv\); ignored/.test(p.message)));
  });

  test('"ja", "eingeschränkt", "geschlossen" and hours as people write them ("Mo 10-12", "Di 9-12 Uhr bis 31.12.2026")', () => {
    const csv = editor.exportCsv(sample);
    const points = table(csv, 'welcome-points.csv');
    const column = name => points[0].indexOf(name);
    points[1][column('wheelchair')] = 'ja';
    points[2][column('wheelchair')] = 'Eingeschränkt';
    points[3][column('status')] = 'Dauerhaft geschlossen';
    points[4][column('status')] = 'geschlossen';
    points[1][column('hours')] = 'Mo 10-12; Di 9-12 Uhr bis 31.12.2026; Mi 9 bis 12';
    setTable(csv, 'welcome-points.csv', points);
    const { feed, problems } = editor.importCsv(utf8(csv));
    assert.deepEqual(errors(problems).map(p => [p.row, p.column]), [[5, 'status']], 'a bare "geschlossen" (for now or for good?) is refused');
    const byId = id => feed.welcomePoints.find(p => p.id === id);
    assert.equal(byId(points[1][0]).accessibility.wheelchair, 'yes');
    assert.equal(byId(points[2][0]).accessibility.wheelchair, 'limited');
    assert.equal(byId(points[3][0]).status, 'closed');
    assert.deepEqual(byId(points[1][0]).openingHours, [
      { days: ['mo'], opens: '10:00', closes: '12:00' },
      { days: ['tu'], opens: '09:00', closes: '12:00', validUntil: '2026-12-31' },
      { days: ['we'], opens: '09:00', closes: '12:00' },
    ]);
    assert.match(editor.parseHours('Di 9 Uhr').error.de, /ist keine Zeitspanne/, 'a single time is still no range');
  });

  test('what Excel breaks but the import cannot guess says what to do: a quarter id without its leading 0, a date in another form', () => {
    const csv = editor.exportCsv(sample);
    const points = table(csv, 'welcome-points.csv');
    const column = name => points[0].indexOf(name);
    const row = points.findIndex(cells => /^0\d+$/.test(cells[column('quarterId')]));
    points[row][column('quarterId')] = points[row][column('quarterId')].replace(/^0+/, '');
    points[row][column('lastVerified')] = '2026/10/12';
    points[row + 1][column('validUntil')] = '24.13.2026';
    setTable(csv, 'welcome-points.csv', points);
    const { problems } = editor.importCsv(utf8(csv));
    const at = name => problems.find(p => p.row === row + 1 && p.column === name);
    assert.match(at('quarterId').de.hint, /führende 0 entfernt \(052 → 52\)/);
    assert.match(at('lastVerified').hint, /2026-12-24 \(in a spreadsheet also 24\.12\.2026\)/);
    const noMonth13 = problems.find(p => p.row === row + 2 && p.column === 'validUntil');
    assert.match(noMonth13.message, /"24\.13\.2026" is not a date/, 'quoted as the editor wrote it');
  });
});
