// SPDX-License-Identifier: EUPL-1.2
/** How current an entry is, from its `lastVerified` date. Pure; for "Last checked: March 2026". */

/** Entries not checked for longer than this many months get a "may be out of date" hint. */
export const STALE_AFTER_MONTHS = 12;

/**
 * Whether an entry's `lastVerified` lies more than {@link STALE_AFTER_MONTHS} months before
 * `today` (both `YYYY-MM-DD`, today in the feed's zone); false without a date (nothing to say).
 * @example
 * isStale('2025-11-30', '2026-12-04') // true
 * isStale('2026-03-01', '2026-12-04') // false
 */
export function isStale(lastVerified: string | undefined, today: string, months = STALE_AFTER_MONTHS): boolean {
  if (!lastVerified) return false;
  const [year, month, day] = today.split('-').map(Number);
  const back = new Date(Date.UTC(year, month - 1 - months, day)).toISOString().slice(0, 10);
  return lastVerified < back;
}
