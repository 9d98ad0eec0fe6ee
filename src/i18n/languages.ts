// SPDX-License-Identifier: EUPL-1.2
/**
 * The UI languages a visitor can choose, each named in its own language (an endonym), so a
 * newcomer who cannot read the page's German still finds "العربية" or "Українська".
 */
import { isRtl, sourceLocale, targetLocales } from './localization.js';
import type { UiLocale } from './localization.js';

/**
 * Easy German (Leichte Sprache). A private-use BCP 47 tag: there is no registered subtag for it.
 * lit-localize and every `Intl` API accept it (Intl treats it as `de`). Feeds use the same tag
 * for easy-German variants of their texts: `{ "de": "…", "de-x-ls": "…" }`.
 */
export const EASY_GERMAN = 'de-x-ls';

export interface UiLanguage {
  /** The UI locale (BCP 47), e.g. `ar`, `de-x-ls`. */
  tag: UiLocale;
  /** The language's name in that language, e.g. `العربية`, `Leichte Sprache`. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/**
 * Order in the switcher: the city's language and its easy variant first, then English, then the
 * languages newcomers in Düsseldorf read most.
 */
const ORDER: readonly UiLocale[] = ['de', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru'];

/**
 * The UI languages' own names, as `Intl.DisplayNames` gives them (a test holds them equal in each
 * engine). Written out because setting up display names for eight languages blocks a phone's main
 * thread for 100–200 ms while the widgets start, and very old engines have none.
 */
const ENDONYMS: Record<string, string> = {
  de: 'Deutsch',
  [EASY_GERMAN]: 'Leichte Sprache',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
  fa: 'فارسی',
  uk: 'Українська',
  ru: 'Русский',
};

/**
 * The name of a language in the given language (`languageName('de', 'ar')` → `الألمانية`),
 * from the browser's `Intl.DisplayNames`; the tag itself if the browser has no name.
 */
export function languageName(tag: string, inLanguage: string): string {
  if (tag.toLowerCase() === EASY_GERMAN && inLanguage.toLowerCase().startsWith('de')) return 'Leichte Sprache';
  try {
    // Intl does not know private-use tags; name `de-x-ls` like `de`.
    const code = tag.replace(/-x-.*$/i, '');
    return new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' }).of(code) ?? tag;
  } catch {
    return ENDONYMS[tag] ?? tag;
  }
}

/** A language's own name, starting with a capital letter where the script has them (`українська` → `Українська`). */
export function endonym(tag: string): string {
  const name = ENDONYMS[tag] ?? languageName(tag, tag);
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

let languages: readonly UiLanguage[] | undefined;

/** Every UI language, in switcher order. */
export function uiLanguages(): readonly UiLanguage[] {
  if (!languages) {
    const all: UiLocale[] = [sourceLocale, ...targetLocales];
    const ordered = [...ORDER.filter(tag => all.includes(tag)), ...all.filter(tag => !ORDER.includes(tag))];
    languages = ordered.map(tag => ({ tag, name: endonym(tag), dir: isRtl(tag) ? 'rtl' : 'ltr' }));
  }
  return languages;
}
