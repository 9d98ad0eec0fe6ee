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
