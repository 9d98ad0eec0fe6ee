// SPDX-License-Identifier: EUPL-1.2
/**
 * Ukrainian and Russian dates from `Intl` come in the nominative where they start with a month or
 * a weekday ("березень 2026 р.", "пʼятниця, 4 грудня"), so a preposition before them breaks the
 * case: "з березень", "станом на пʼятниця". Issue #19 found this twice. Such a date goes after a
 * colon instead ("дата закриття: {date}", "Сьогодні: {date}"). A date that starts with the day
 * ("4 грудня") is already genitive and may follow "до" or "з".
 *
 * Which placeholder holds such a date is only said in the translator note, so the check applies
 * to units whose note names one: "month and year", a weekday, or an example like "March 2026".
 */
const MONTH_YEAR = /"(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}"/;
const WEEKDAY_FIRST = /\bweekday\b|"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),/;
const NOMINATIVE_DATE = new RegExp(`\\bmonth and year\\b|${MONTH_YEAR.source}|${WEEKDAY_FIRST.source}`, 'i');

/**
 * Prepositions that would need another case. Not "в/у/о": before a time ("о 10:00", "в 10:00")
 * they are right, and a note with a weekday often has a time as well.
 */
const PREPOSITIONS = {
  uk: ['з', 'із', 'зі', 'від', 'до', 'на', 'після', 'протягом'],
  ru: ['с', 'со', 'от', 'до', 'на', 'после', 'по', 'в течение'],
};

/** Units (`{ id, target, note }`) of `locale` whose target puts a preposition before a nominative date. */
export function dateCaseProblems(locale, units) {
  const prepositions = PREPOSITIONS[locale.split('-')[0]];
  if (!prepositions) return [];
  const problems = [];
  for (const unit of units) {
    if (!unit.target || !NOMINATIVE_DATE.test(unit.note)) continue;
    for (const match of unit.target.matchAll(/\{\d+\}/g)) {
      const before = unit.target.slice(0, match.index).toLocaleLowerCase(locale).trimEnd();
      const word = prepositions.find(p => before === p || before.endsWith(` ${p}`));
      if (word) problems.push(`${locale} ${unit.id}: "${unit.target}" puts "${word}" before ${match[0]}, a date in the nominative (${unit.note}); write it after a colon`);
    }
  }
  return problems;
}
