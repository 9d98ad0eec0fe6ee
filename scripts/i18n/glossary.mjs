// SPDX-License-Identifier: EUPL-1.2
/**
 * The key terms of docs/i18n/glossary.md, read from its tables, and the check that UI strings
 * use them. The glossary says *which word*; `CONCEPTS` here says *where a concept occurs* (in
 * which English sources or translator notes), so translators edit only the Markdown.
 */
import { readFileSync } from 'node:fs';

/**
 * Where each glossary concept occurs in the UI strings. `exclusive` names a concept whose words
 * must not appear instead; `endings` lists the base languages whose grammar may add letters to the
 * term itself ("Welcome Points").
 */
export const CONCEPTS = {
  'welcome-point': { source: /Welcome Point/, caseSensitive: true, endings: ['de', 'en'] },
  district: { source: /\bdistricts?\b/i, exclusive: 'quarter' },
  quarter: { source: /\bquarters?\b/i, exclusive: 'district' },
  offer: { source: /\boffers?\b/i },
  counselling: { source: /\bcounsel/i },
  refugees: { source: /\brefugees?\b/i },
  volunteer: { source: /\bvolunteers?\b/i },
  wheelchair: { source: /\bwheelchair\b/i },
  'open-now': { source: /^open now$/i },
  // The marker and status texts say only "Closed"; their notes say the place no longer exists.
  'closed-permanently': { source: /\bclosed permanently\b/i, note: /\bno longer exists\b/i },
  'temporarily-closed': { source: /\btemporarily closed\b/i },
};

const list = cell => (cell ?? '').split(',').map(form => form.trim()).filter(form => form && form !== '—');

/**
 * `{ concept → { locale → { term, forms[], nouns[] } } }` from the glossary's Markdown tables;
 * `nouns` is the optional column "noun before the name" (مركز, пункт).
 */
export function readGlossary(file) {
  const glossary = {};
  let concept = '';
  let nounColumn = -1;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const heading = /^## .*\(`([a-z-]+)`\)\s*$/.exec(line);
    if (heading) {
      concept = heading[1];
      glossary[concept] = {};
      continue;
    }
    if (line.startsWith('## ')) concept = '';
    const cells = line.split('|').slice(1, -1).map(cell => cell.trim());
    if (cells[0] === 'locale') nounColumn = cells.indexOf('noun before the name');
    if (!concept || cells.length < 3 || cells[0] === 'locale' || /^-+$/.test(cells[0])) continue;
    glossary[concept][cells[0]] = { term: cells[1], forms: list(cells[2]), nouns: nounColumn > 0 ? list(cells[nounColumn]) : [] };
  }
  return glossary;
}

const lower = (text, locale) => text.toLocaleLowerCase(locale.split('-')[0]);

/** Whether `text` contains one of the forms (case-insensitive unless the concept says otherwise). */
function uses(text, forms, locale, caseSensitive) {
  const haystack = caseSensitive ? text : lower(text, locale);
  return forms.some(form => haystack.includes(caseSensitive ? form : lower(form, locale)));
}

/**
 * How a text writes the name "Welcome Point": with no letters added to it where the language's
 * grammar does not do that (no "Welcome Points" in Ukrainian, no "Welcome Pointها"), and right
 * after the glossary's noun where the language has one (مراكز Welcome Point, пунктів Welcome Point).
 * Returns what is wrong, or ''.
 */
export function nameFormProblem(glossary, locale, text) {
  const concept = CONCEPTS['welcome-point'];
  const term = concept.source.source;
  if (!concept.endings.includes(locale.split('-')[0]) && new RegExp(`${term}\\p{L}`, 'u').test(text)) return `adds letters to "${term}"`;
  const nouns = glossary['welcome-point']?.[locale]?.nouns ?? [];
  if (!nouns.length) return '';
  for (const match of text.matchAll(new RegExp(term, 'g'))) {
    const before = /(\S+)\s+$/u.exec(text.slice(0, match.index))?.[1] ?? '';
    if (!uses(before, nouns, locale)) return `has "${term}" without ${nouns.join(' / ')} before it`;
  }
  return '';
}

/**
 * Problems with the glossary terms in one locale's units (`{ id, source, target, note }`):
 * a missing concept word, the word of an exclusive concept instead, district = quarter.
 */
export function glossaryProblems(glossary, locale, units) {
  const problems = [];
  for (const key of Object.keys(CONCEPTS)) {
    if (!glossary[key]?.[locale]?.forms.length) problems.push(`${locale}: docs/i18n/glossary.md has no checked forms for "${key}"`);
  }
  const district = glossary.district?.[locale];
  const quarter = glossary.quarter?.[locale];
  if (district && quarter && (lower(district.term, locale) === lower(quarter.term, locale) || district.forms.some(f => uses(f, quarter.forms, locale)) || quarter.forms.some(f => uses(f, district.forms, locale)))) {
    problems.push(`${locale}: the district and the quarter share a word ("${district.term}", "${quarter.term}")`);
  }
  for (const unit of units) {
    if (!unit.target) continue;
    const nameProblem = nameFormProblem(glossary, locale, unit.target);
    if (nameProblem) problems.push(`${locale} ${unit.id}: "${unit.target}" ${nameProblem}`);
    for (const [key, concept] of Object.entries(CONCEPTS)) {
      const entry = glossary[key]?.[locale];
      if (!entry?.forms.length) continue;
      const applies = concept.source.test(unit.source) || (concept.note?.test(unit.note) ?? false);
      if (!applies) continue;
      if (!uses(unit.target, entry.forms, locale, concept.caseSensitive)) {
        problems.push(`${locale} ${unit.id}: "${unit.target}" lacks the glossary term for ${key} (${entry.forms.join(' / ')})`);
      }
      const other = concept.exclusive && glossary[concept.exclusive]?.[locale];
      if (other && !CONCEPTS[concept.exclusive].source.test(unit.source) && uses(unit.target, other.forms, locale)) {
        problems.push(`${locale} ${unit.id}: "${unit.target}" uses the ${concept.exclusive} word (${other.term}) for the ${key}`);
      }
    }
  }
  return problems;
}

/**
 * The same terms in a feed's texts: district names use the district word (and Persian digits in
 * Farsi, as the UI writes numbers); category labels and offer titles use the concept words
 * wherever their English text does; "Welcome Point" stays in Latin letters in every translation
 * of a point description that has it in German.
 */
export function feedGlossaryProblems(glossary, feed, locales) {
  const problems = [];
  const inLocales = text => Object.entries(typeof text === 'object' && text ? text : {}).filter(([lang]) => locales.includes(lang));
  for (const district of feed.districts ?? []) {
    for (const [lang, name] of inLocales(district.name)) {
      const forms = glossary.district?.[lang]?.forms ?? [];
      if (forms.length && !uses(name, forms, lang)) problems.push(`feed: district ${district.id} in ${lang}: "${name}" lacks the glossary term (${forms.join(' / ')})`);
      if (lang === 'fa' && /[0-9]/.test(name)) problems.push(`feed: district ${district.id} in fa: "${name}" has Latin digits; the UI writes Persian digits`);
    }
  }
  const texts = [
    ...(feed.categories ?? []).map(category => [`category ${category.id}`, category.label]),
    ...(feed.offers ?? []).map(offer => [`offer ${offer.id}`, offer.title]),
  ];
  const seen = new Set();
  for (const [where, text] of texts) {
    if (typeof text !== 'object' || !text?.en || seen.has(JSON.stringify(text))) continue;
    seen.add(JSON.stringify(text));
    for (const [lang, value] of inLocales(text)) {
      for (const [key, concept] of Object.entries(CONCEPTS)) {
        const forms = glossary[key]?.[lang]?.forms ?? [];
        if (forms.length && concept.source.test(text.en) && !uses(value, forms, lang, concept.caseSensitive)) {
          problems.push(`feed: ${where} in ${lang}: "${value}" lacks the glossary term for ${key} (${forms.join(' / ')})`);
        }
      }
    }
  }
  for (const point of feed.welcomePoints ?? []) {
    if (!point.description?.de?.includes('Welcome Point')) continue;
    for (const [lang, value] of inLocales(point.description)) {
      if (!value.includes('Welcome Point')) problems.push(`feed: description of ${point.id} in ${lang} lacks "Welcome Point" in Latin letters`);
      const nameProblem = nameFormProblem(glossary, lang, value);
      if (nameProblem) problems.push(`feed: description of ${point.id} in ${lang} ${nameProblem}`);
    }
  }
  return problems;
}
