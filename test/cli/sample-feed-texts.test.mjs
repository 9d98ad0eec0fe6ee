// SPDX-License-Identifier: EUPL-1.2
// The sample feed's texts (demo/data/duesseldorf.json, from scripts/build/sample-feed-texts.mjs):
// every point description and category label in every UI language, offer titles in Arabic,
// Ukrainian and Easy German at least, the glossary's terms, and the findings of issue #19 fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedGlossaryProblems, readGlossary } from '../../scripts/i18n/glossary.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const feed = JSON.parse(readFileSync(`${root}demo/data/duesseldorf.json`, 'utf8'));
const LANGUAGES = ['de-x-ls', 'ar', 'uk', 'fa', 'tr', 'ru'];
const missing = (items, text, languages = LANGUAGES) =>
  items.flatMap(item => languages.filter(lang => !text(item)?.[lang]?.trim()).map(lang => `${item.id} ${lang}`));

test('every point description and category label is in every UI language', () => {
  assert.deepEqual(missing(feed.welcomePoints, point => point.description), []);
  assert.deepEqual(missing(feed.categories, category => category.label), []);
});

test('every offer title is in Arabic, Ukrainian and Easy German', () => {
  assert.deepEqual(missing(feed.offers, offer => offer.title, ['ar', 'uk', 'de-x-ls']), []);
});

test('district names and key terms follow the glossary, with Persian digits in Farsi', () => {
  const glossary = readGlossary(`${root}docs/i18n/glossary.md`);
  assert.deepEqual(feedGlossaryProblems(glossary, feed, ['de', 'de-x-ls', 'ar', 'fa', 'tr', 'uk', 'ru']), []);
  const five = feed.districts.find(d => d.id === '5').name;
  assert.deepEqual([five.ar, five.fa, five.uk, five.ru, five['de-x-ls']], ['المنطقة 5', 'منطقه ۵', 'Округ 5', 'Округ 5', 'Stadt-Bezirk 5']);
});

test('the findings of issue #19 in the sample texts are fixed', () => {
  const nord = feed.welcomePoints.find(p => p.id === 'wp-nord').description;
  // The Arabic description has all three sentences of the German one: opening, what it offers, the 2023/24 name.
  assert.match(nord.ar, /^أول مركز Welcome Point في المدينة، افتُتح في 2 سبتمبر 2015\. .*شمال دوسلدورف\. .*«المركز الحضري للعيش المشترك بين الثقافات»\.$/);
  const title = key => feed.offers.find(o => o.id.endsWith(`-${key}`)).title;
  assert.equal(title('ehrenamt').ar, 'منصة فرص التطوع');
  assert.match(title('gesundheit').ar, /: /);
  assert.match(title('gesundheit').tr, /: /);
  assert.match(title('gesundheit').ru, /: /);
  assert.match(title('digital').ru, /онлайн-запись/);
  assert.doesNotMatch(title('infoabend').ar, /الوصول/);
  assert.match(title('psycho').uk, /^Первинна/);
  assert.match(feed.categories.find(c => c.id === 'counselling').label.fa, /پناهندگان/);
});
