// SPDX-License-Identifier: EUPL-1.2
/** Date and time stamps in the forms iCalendar writes them. */

export const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYYMMDDTHHMMSSZ`; `shiftSeconds` moves it (−1: the last second before an instant). */
export function utcStamp(date: Date, shiftSeconds = 0): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000 + shiftSeconds * 1000).toISOString().replace(/[-:]|\.\d{3}/g, '');
}
