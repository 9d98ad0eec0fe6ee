// SPDX-License-Identifier: EUPL-1.2
/**
 * Finds fields valibot would silently strip, at any depth (`contact.website`,
 * `address.houseNumber`, `meta.contact.web`), and suggests the field that was probably meant.
 * Without this, a misspelt field makes a button disappear with "0 problems" reported.
 */
import type { FeedProblem } from './validate.js';
import { pickBranch, unwrap } from './schema-walk.js';
import type { SchemaNode } from './schema-walk.js';

const isObject = (data: unknown): data is Record<string, unknown> => data !== null && typeof data === 'object' && !Array.isArray(data);

/** Names people write for a field of this format (from other formats, in German); typos are found by distance. */
const SYNONYMS: Record<string, string> = {
  website: 'url',
  web: 'url',
  homepage: 'url',
  link: 'url',
  tel: 'phone',
  telephone: 'phone',
  mail: 'email',
  housenumber: 'street',
  zip: 'postalCode',
  postcode: 'postalCode',
  plz: 'postalCode',
};

/** Edit distance with swaps of neighbours ("emial"), case-insensitive (optimal string alignment). */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    [before, previous] = [previous, row];
  }
  return previous[t.length];
}

/**
 * The known field most likely meant by `key`: a synonym, else the nearest name within a third
 * of its length in edits.
 * @example
 * nearestField('website', ['phone', 'email', 'url']) // 'url'
 * nearestField('adress', ['address', 'contact'])      // 'address'
 */
export function nearestField(key: string, known: readonly string[]): string | undefined {
  const synonym = SYNONYMS[key.toLowerCase().replace(/[-_\s]/g, '')];
  if (synonym && known.includes(synonym)) return synonym;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const name of known) {
    const d = distance(key, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/**
 * Warns about every field of `value` (and of the objects inside it) that `schema` does not
 * know. `$…` and `x-…` are extensions and stay silent; texts keyed by language are not fields.
 */
export function reportUnknownFields(
  schema: SchemaNode,
  value: unknown,
  base: string,
  problems: FeedProblem[],
  formatKey: (key: string | number) => string,
  extra: readonly string[] = [],
): void {
  const current = pickBranch(unwrap(schema), value);
  if (current.type === 'object' && isObject(value) && current.entries) {
    const known = [...Object.keys(current.entries), ...extra];
    for (const key in value) {
      const at = base + formatKey(key);
      const child = current.entries[key];
      if (child) {
        reportUnknownFields(child, value[key], at, problems, formatKey);
      } else if (!known.includes(key) && !key.startsWith('$') && !key.startsWith('x-')) {
        const near = nearestField(key, known);
        const hint = near ? `; did you mean "${near}"?` : '';
        problems.push({ path: at, message: `is not a field of this format; ignored${hint}`, severity: 'warning' });
      }
    }
  } else if (current.type === 'array' && Array.isArray(value) && current.item) {
    value.forEach((item, index) => reportUnknownFields(current.item!, item, base + formatKey(index), problems, formatKey));
  }
}
