// SPDX-License-Identifier: EUPL-1.2
// `npm run i18n:import-review` (a reviewer's corrections from demo/translations.html into the
// xliff) and the glossary check of `npm run i18n:check`, on copies of the real files.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dateCaseProblems } from '../../scripts/i18n/date-case.mjs';
import { readGlossary, glossaryProblems, feedGlossaryProblems } from '../../scripts/i18n/glossary.mjs';
import { readUnitsFile } from '../../scripts/i18n/xliff-units.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts/i18n/import-review.mjs');
let dir;

/** Runs the import in a scratch project (its own lit-localize.json and xliff/); resolves with code and output. */
function importReview(review) {
  const file = join(dir, 'review.json');
  writeFileSync(file, typeof review === 'string' ? review : JSON.stringify(review));
  return new Promise(resolve => {
    execFile(process.execPath, [script, file], { cwd: dir }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
}
const review = (locale, units) => ({ format: 'welcome-widgets-review', version: 1, locale, reviewer: 'Test', native: true, units });
const xliff = locale => readFileSync(join(dir, 'xliff', `${locale}.xlf`), 'utf8');
const unit = (locale, id) => new RegExp(`<trans-unit id="${id.replace(/\./g, '\\.')}">[\\s\\S]*?</trans-unit>`).exec(xliff(locale))[0];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'i18n-review-'));
  mkdirSync(join(dir, 'xliff'));
  cpSync(join(root, 'lit-localize.json'), join(dir, 'lit-localize.json'));
  for (const locale of ['uk', 'ar']) cpSync(join(root, 'xliff', `${locale}.xlf`), join(dir, 'xliff', `${locale}.xlf`));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run i18n:import-review', () => {
  test('writes a correction with its placeholder taken from the source, and nothing else', async () => {
    const before = xliff('uk');
    const { code, stdout } = await importReview(review('uk', [{ id: 'offer-list.showing', target: 'Видно {0} із {1}' }]));
    assert.equal(code, 0);
    assert.match(stdout, /uk: 1 translation\(s\) updated: offer-list\.showing/);
    assert.match(unit('uk', 'offer-list.showing'), /<target>Видно <x id="0" equiv-text="[^"]+"\/> із <x id="1" equiv-text="[^"]+"\/><\/target>/);
    // Every other unit is byte for byte as it was.
    const strip = xml => xml.replace(/<trans-unit id="offer-list\.showing">[\s\S]*?<\/trans-unit>/, '');
    assert.equal(strip(xliff('uk')), strip(before));
  });

  test('escapes XML and keeps "$" literally', async () => {
    const { code } = await importReview(review('ar', [{ id: 'point-card.hours-note', target: 'ملاحظة <مهمة> & $& $1' }]));
    assert.equal(code, 0);
    assert.match(unit('ar', 'point-card.hours-note'), /<target>ملاحظة &lt;مهمة&gt; &amp; \$&amp; \$1<\/target>/);
    assert.equal(readUnitsFile(join(dir, 'xliff', 'ar.xlf')).find(u => u.id === 'point-card.hours-note').target, 'ملاحظة <مهمة> & $& $1');
  });

  test('rejects a correction that drops or invents a placeholder, still writing the valid ones', async () => {
    const { code, stderr } = await importReview(
      review('uk', [
        { id: 'offer-list.chip-district', target: 'Пропозиції округу' },
        { id: 'offer-list.count', target: 'Пропозицій: {0} {1}' },
        { id: 'no.such-id', target: 'x' },
        { id: 'point-card.route', target: 'Як дістатися' },
      ]),
    );
    assert.equal(code, 1);
    assert.match(stderr, /offer-list\.chip-district: placeholders none instead of \{0\}/);
    assert.match(stderr, /offer-list\.count: placeholders \{0\}, \{1\} instead of \{0\}/);
    assert.match(stderr, /no\.such-id: no such unit/);
    assert.match(unit('uk', 'offer-list.chip-district'), /<target>Пропозиції: <x id="0"/);
    assert.match(unit('uk', 'point-card.route'), /<target>Як дістатися<\/target>/);
  });

  test('refuses a file that is not a review, or for a locale we do not have', async () => {
    const before = xliff('uk');
    assert.match((await importReview({ locale: 'uk', units: [] })).stderr, /not a welcome-widgets-review file/);
    const unknown = await importReview(review('xx', [{ id: 'point-card.route', target: 'x' }]));
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /unknown locale "xx"/);
    assert.equal(xliff('uk'), before);
  });
});

describe('glossary check', () => {
  const glossary = readGlossary(join(root, 'docs/i18n/glossary.md'));
  const units = list => list.map(([id, source, target, note = '']) => ({ id, source, target, note }));

  test('the committed translations follow the glossary', () => {
    for (const locale of ['de', 'de-x-ls', 'ar', 'fa', 'tr', 'uk', 'ru']) {
      assert.deepEqual(glossaryProblems(glossary, locale, readUnitsFile(join(root, 'xliff', `${locale}.xlf`))), [], locale);
    }
  });

  test('finds the kinds of error issue #19 found', () => {
    const problems = [
      ...glossaryProblems(glossary, 'uk', units([
        ['welcome-point-finder.district-all', 'All districts', 'Усі райони'],
        ['point-card.wheelchair-yes', 'Wheelchair accessible', 'Доступно для візків'],
      ])),
      ...glossaryProblems(glossary, 'ar', units([['welcome-point-finder.search-name', 'Find a Welcome Point', 'ابحث عن نقطة ترحيب']])),
      ...glossaryProblems(glossary, 'fa', units([['district-map.point-button-closed', '{0}, {1} (closed)', '{0}، {1} (بسته شده)', 'Marker of a Welcome Point that no longer exists']])),
    ];
    assert.equal(problems.length, 5, problems.join('\n'));
    assert.match(problems[0], /district-all: .* lacks the glossary term for district/);
    assert.match(problems[1], /district-all: .* uses the quarter word \(район\) for the district/);
    assert.match(problems[2], /wheelchair-yes: .* wheelchair \(крісел колісних\)/);
    assert.match(problems[3], /search-name: .* welcome-point/);
    assert.match(problems[4], /point-button-closed: .* closed-permanently/);
  });

  test('the name "Welcome Point" takes no endings and keeps the noun before it', () => {
    const problems = [
      ...glossaryProblems(glossary, 'ar', units([
        ['district-map.keyboard-help', 'Arrow keys move between the districts and Welcome Points in view', 'التنقل بين المناطق ونقاط Welcome Point الظاهرة'],
        ['static.no-offers', 'No offers are listed for this Welcome Point.', 'لا توجد خدمات مسجلة لهذا الـ Welcome Point.'],
        ['static.all-points', 'All Welcome Points', 'كل مراكز Welcome Point'],
      ])),
      ...glossaryProblems(glossary, 'fa', units([['static.all-points', 'All Welcome Points', 'همه Welcome Pointها']])),
      ...glossaryProblems(glossary, 'uk', units([
        ['static.all-points', 'All Welcome Points', 'Усі Welcome Points'],
        ['static.district-entry', '{0} (Welcome Points: {1})', '{0} (пунктів Welcome Point: {1})'],
      ])),
      ...glossaryProblems(glossary, 'tr', units([['static.district-entry', '{0} (Welcome Points: {1})', '{0} (Welcome Points: {1})']])),
      ...glossaryProblems(glossary, 'de', units([['static.all-points', 'All Welcome Points', 'Alle Welcome Points']])),
    ];
    assert.deepEqual(problems.map(problem => problem.replace(/: "[^"]*" (?=adds|has)/, ': ')), [
      'ar district-map.keyboard-help: has "Welcome Point" without مركز / مراكز before it',
      'ar static.no-offers: has "Welcome Point" without مركز / مراكز before it',
      'fa static.all-points: adds letters to "Welcome Point"',
      'uk static.all-points: adds letters to "Welcome Point"',
      'tr static.district-entry: adds letters to "Welcome Point"',
    ]);
    const feed = { welcomePoints: [{ id: 'wp-1', description: { de: 'Welcome Point in Eller.', uk: 'Welcome Point у районі Eller.', ar: 'مركز Welcome Point في حيّ Eller.' } }] };
    assert.deepEqual(feedGlossaryProblems(glossary, feed, ['ar', 'uk']), ['feed: description of wp-1 in uk has "Welcome Point" without пункт before it']);
  });

  test('no Ukrainian or Russian preposition before a date that Intl writes in the nominative', () => {
    const monthYear = 'After "Closed permanently": month and year like "June 2024"';
    const weekdayFirst = 'Static page: the date the page was made; date like "Friday, 4 December 2026"';
    const problems = [
      ...dateCaseProblems('uk', units([
        ['opening.closed-since', 'since {0}', 'з {0}', monthYear],
        ['static.built-on', 'Today’s hours as of {0}', 'Години роботи на сьогодні, станом на {0}', weekdayFirst],
        ['opening.closed-until', 'closed until {0}', 'зачинено до {0}', 'Last day of an exceptional closure, like "6 January"'],
        ['card-meta.last-checked', 'Last checked: {0}', 'Остання перевірка: {0}', 'month and year like "March 2026"'],
      ])),
      ...dateCaseProblems('ru', units([
        ['opening.opens-on', 'opens {0} at {1}', 'откроется: {0}, в {1}', 'weekday (or weekday and date, in the nominative) and time'],
        ['static.built-on', 'Today’s hours as of {0}', 'Часы работы на сегодня. Сегодня: {0}', weekdayFirst],
      ])),
      ...dateCaseProblems('de', units([['opening.closed-since', 'since {0}', 'seit {0}', monthYear]])),
    ];
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems[0], /^uk opening\.closed-since: .* puts "з" before \{0\}/);
    assert.match(problems[1], /^uk static\.built-on: .* puts "на" before \{0\}/);
  });

  test('the committed Ukrainian and Russian strings put nominative dates after a colon', () => {
    for (const locale of ['uk', 'ru']) assert.deepEqual(dateCaseProblems(locale, readUnitsFile(join(root, 'xliff', `${locale}.xlf`))), [], locale);
  });

  test('district and quarter must differ within a locale', () => {
    const same = structuredClone(glossary);
    same.quarter.ru = { term: 'Округ', forms: ['округ'] };
    assert.match(glossaryProblems(same, 'ru', []).join('\n'), /ru: the district and the quarter share a word/);
  });

  test('finds the same kinds of error in a feed’s texts', () => {
    const feed = {
      districts: [{ id: '1', name: { de: 'Stadtbezirk 1', ar: 'الدائرة 1', fa: 'منطقه 1', uk: 'Округ 1' } }],
      categories: [{ id: 'counselling', label: { en: 'Counselling for refugees', fa: 'مشاوره برای پناهجویان', uk: 'Консультації для біженців' } }],
      offers: [{ id: 'o1', title: { en: 'Volunteer exchange', ar: 'بورصة التطوع', tr: 'Gönüllülük fırsatları' } }],
      welcomePoints: [{ id: 'wp-nord', description: { de: 'Der erste Welcome Point.', ar: 'أول نقطة ترحيب.', uk: 'Перший пункт Welcome Point.' } }],
    };
    const problems = feedGlossaryProblems(glossary, feed, ['ar', 'fa', 'tr', 'uk']);
    assert.deepEqual(problems, [
      'feed: district 1 in ar: "الدائرة 1" lacks the glossary term (منطقة / مناطق)',
      'feed: district 1 in fa: "منطقه 1" has Latin digits; the UI writes Persian digits',
      'feed: category counselling in fa: "مشاوره برای پناهجویان" lacks the glossary term for refugees (پناهند)',
      'feed: description of wp-nord in ar lacks "Welcome Point" in Latin letters',
    ]);
  });
});
