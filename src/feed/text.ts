// SPDX-License-Identifier: EUPL-1.2
import type { Text } from './schema.js';

/** A resolved feed text and the language it is actually in (for `lang` attributes and "original language" hints). */
export interface ResolvedText {
  text: string;
  lang: string;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * Picks the best language for a feed {@link Text}: the requested tag, its base language,
 * the feed's default language, then whatever comes first.
 * @example
 * resolveText({ de: 'Beratung', ar: 'استشارة' }, 'ar-EG', 'de') // { text: 'استشارة', lang: 'ar' }
 * resolveText('Sprachcafé', 'uk', 'de') // { text: 'Sprachcafé', lang: 'de' }
 */
export function resolveText(value: Text | undefined, requested: string, defaultLanguage: string): ResolvedText {
  if (value === undefined) return { text: '', lang: defaultLanguage };
  if (typeof value === 'string') return { text: value, lang: defaultLanguage };
  const entries = Object.entries(value);
  const find = (match: (tag: string) => boolean) => entries.find(([tag, text]) => text && match(tag));
  const wanted = requested.toLowerCase();
  const hit =
    find(tag => tag.toLowerCase() === wanted) ??
    find(tag => tag.toLowerCase() === base(wanted)) ??
    find(tag => base(tag) === base(wanted) && !tag.toLowerCase().includes('-x-')) ??
    find(tag => tag.toLowerCase() === defaultLanguage.toLowerCase()) ??
    find(() => true);
  return hit ? { text: hit[1], lang: hit[0] } : { text: '', lang: defaultLanguage };
}
