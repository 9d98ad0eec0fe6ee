// SPDX-License-Identifier: EUPL-1.2
/**
 * Where each page of the static edition lives. This is a public contract: widgets build the link
 * of a point's page from it (the "Share" action), so it is DOM-free, tiny and has no imports.
 *
 *   <base>/                              language choice
 *   <base>/<lang>/                       all Welcome Points by district
 *   <base>/<lang>/districts/<slug>/      one district
 *   <base>/<lang>/points/<slug>/         one Welcome Point
 *   <base>/<lang>/points/<slug>/offers.ics
 *
 * `<lang>` is a UI locale tag as the widgets use it (`de`, `de-x-ls`, `ar`, …); `<slug>` is the
 * feed id made safe for a path segment by {@link slug}.
 */

/**
 * A feed id as a path segment: ids made of `A–Z a–z 0–9 . _ -` stay as they are (lower-cased
 * ids are the norm: `wp-nord`), anything else is replaced and a short hash of the full id keeps
 * two such ids apart. Never empty, never `.` or `..`.
 * @example
 * slug('wp-nord') // "wp-nord"
 * slug('Wp Nord/1') // "wp-nord-1-…" (with a hash)
 */
export function slug(id: string): string {
  if (/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,79}$/.test(id) && id === id.toLowerCase()) return id;
  const base = id
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'id'}-${hash(id)}`;
}

/** FNV-1a, 32 bit, base 36: stable across runs and engines, enough to keep ids apart. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Path of a language's index, relative to the site's base: `de/`. */
export const languagePath = (lang: string): string => `${lang}/`;

/** Path of a district's page, relative to the site's base: `de/districts/5/`. */
export const districtPath = (lang: string, districtId: string): string => `${lang}/districts/${slug(districtId)}/`;

/**
 * Path of a Welcome Point's page, relative to the site's base: `ar/points/wp-nord/`.
 * @example
 * new URL(pointPath('ar', 'wp-nord'), 'https://example.org/welcome/').href
 * // "https://example.org/welcome/ar/points/wp-nord/"
 */
export const pointPath = (lang: string, pointId: string): string => `${lang}/points/${slug(pointId)}/`;

/** Path of the calendar of a point's offers: `de/points/wp-nord/offers.ics`. */
export const pointCalendarPath = (lang: string, pointId: string): string => `${pointPath(lang, pointId)}offers.ics`;

/** A relative link from the page at `from` to `to` (both relative to the base, folders end in `/`). */
export function relativeLink(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth) + to || './';
}
