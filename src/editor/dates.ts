// SPDX-License-Identifier: EUPL-1.2
/**
 * Dates as spreadsheets write them. A German Excel or LibreOffice shows `2026-12-24` as
 * `24.12.2026` and saves it that way, so every date of an exported file would come back
 * rejected; the day-first form with a four-digit year is unambiguous, so it is read as meant.
 */

const DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$/;
const SPACE_FOR_T = /^(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2})$/;

const two = (digits: string) => digits.padStart(2, '0');

/**
 * The ISO form (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`) of a date typed day first, or with a space
 * before the time; any other text unchanged, for the validator to judge.
 * @example
 * isoDateOf('24.12.2026')       // '2026-12-24'
 * isoDateOf('1.2.2027 9:30')    // '2027-02-01T09:30'
 * isoDateOf('2026-12-24 10:00') // '2026-12-24T10:00'
 */
export function isoDateOf(text: string): string {
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, day, month, year, hours, minutes] = dayFirst;
    return `${year}-${two(month)}-${two(day)}${hours ? `T${two(hours)}:${minutes}` : ''}`;
  }
  return text.replace(SPACE_FOR_T, '$1T$2');
}
