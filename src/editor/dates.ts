// SPDX-License-Identifier: EUPL-1.2
/**
 * Dates as spreadsheets write them. A German Excel or LibreOffice shows `2026-12-24` as
 * `24.12.2026` and saves it that way, so every date of an exported file would come back
 * rejected; the day-first form with a four-digit year is unambiguous, so it is read as meant.
 */

/** Day and month as a calendar has them (31 February is the validator's to refuse), a time with optional seconds. */
const DAY_FIRST = /^(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(:\d{2})?)?$/;
const SPACE_FOR_T = /^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}):(\d{2}(?::\d{2})?)$/;

const two = (digits: string) => digits.padStart(2, '0');

/**
 * The ISO form (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`) of a date typed day first, or with a space
 * before the time; any other text unchanged, for the validator to judge.
 * @example
 * isoDateOf('24.12.2026')       // '2026-12-24'
 * isoDateOf('1.2.2027 9:30')    // '2027-02-01T09:30'
 * isoDateOf('2026-12-24 9:00')  // '2026-12-24T09:00'
 * isoDateOf('24.13.2026')       // '24.13.2026' (no month 13: left for the validator to name)
 */
export function isoDateOf(text: string): string {
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, day, month, year, hours, minutes, seconds = ''] = dayFirst;
    return `${year}-${two(month)}-${two(day)}${hours ? `T${two(hours)}:${minutes}${seconds}` : ''}`;
  }
  return text.replace(SPACE_FOR_T, (_, date: string, hours: string, rest: string) => `${date}T${two(hours)}:${rest}`);
}
