// SPDX-License-Identifier: EUPL-1.2
/**
 * The single place that configures @lit/localize for the page (it may run only once).
 * UI strings come in the locales below; each is its own lazily imported module, so a page
 * pays only for the language it shows.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export { sourceLocale, targetLocales };
export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];

const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  de: () => import('./generated/locales/de.js'),
  'de-x-ls': () => import('./generated/locales/de-x-ls.js'),
  ar: () => import('./generated/locales/ar.js'),
  fa: () => import('./generated/locales/fa.js'),
  tr: () => import('./generated/locales/tr.js'),
  uk: () => import('./generated/locales/uk.js'),
  ru: () => import('./generated/locales/ru.js'),
};

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: locale => loaders[locale as keyof typeof loaders]() as never,
});

/**
 * Whether @lit/localize is fetching a locale right now. A state rendered meanwhile would come
 * out in the previous locale (usually the English source), so fast failures wait for it.
 */
let loadingLocale: string | undefined;
// `globalThis`: the static edition renders pages with these strings in Node, where there is no window.
(globalThis as unknown as Partial<Window>).addEventListener?.(
  'lit-localize-status',
  ({ detail }) => (loadingLocale = detail.status === 'loading' ? detail.loadingLocale : undefined),
);

/** True while a UI locale is being fetched: strings rendered now would be in the wrong language. */
export const isLocaleLoading = (): boolean => loadingLocale !== undefined;

/** The UI locale the page shows, or is about to show while its strings load. */
export const comingLocale = (): string => loadingLocale ?? getLocale();

const allLocales: readonly string[] = [sourceLocale, ...targetLocales];

/** The UI locale we have for a BCP 47 tag (`ar-EG` → `ar`), or `undefined`. */
export function matchUiLocale(tag: string | null | undefined): UiLocale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  const exact = allLocales.find(l => l.toLowerCase() === lower);
  if (exact) return exact as UiLocale;
  const base = lower.split('-')[0];
  return allLocales.find(l => l.toLowerCase() === base) as UiLocale | undefined;
}

/** Scripts written right to left among our locales and feed languages. */
export function isRtl(tag: string): boolean {
  return ['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi'].includes(tag.toLowerCase().split('-')[0]);
}
