// SPDX-License-Identifier: EUPL-1.2
/**
 * "Показати українською?": when the browser's first language is a UI language other than the
 * one the page shows, one widget per page offers it, in that language. Never switches by itself;
 * the answer is kept only in the URL (`welcome-lang`), never in storage. Part of the lazily
 * loaded language-switcher chunk, so pages without `language-switcher` pay nothing.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { isRtl } from '../i18n/localization.js';
import type { UiLocale } from '../i18n/localization.js';
import { LANGUAGE_URL_PARAM, suggestedLanguage } from '../i18n/language-choice.js';

/**
 * The offer in the offered language itself: the page's translations cannot hold it, because the
 * visitor does not read the page's language (that is the point).
 */
const OFFERS: Record<UiLocale, string> = {
  en: 'Show in English?',
  de: 'Auf Deutsch anzeigen?',
  'de-x-ls': 'In Leichter Sprache anzeigen?',
  ar: 'العرض بالعربية؟',
  fa: 'نمایش به فارسی؟',
  tr: 'Türkçe göster?',
  uk: 'Показати українською?',
  ru: 'Показать на русском?',
};

/** Keeps the answer for this page in the URL, without a history entry. */
function remember(locale: string) {
  const url = new URL(location.href);
  url.searchParams.set(LANGUAGE_URL_PARAM, locale);
  history.replaceState(history.state, '', url);
}

/**
 * The offer, or nothing.
 * @param host the widget asking; only one per page shows it
 * @param current the UI locale shown now
 * @param onChoose switches every widget to a language (the switcher's own handler)
 */
export function renderLanguageSuggestion(
  host: HTMLElement & { requestUpdate(): void },
  current: string,
  onChoose: (tag: string) => void,
): TemplateResult | typeof nothing {
  const offered = suggestedLanguage(host);
  if (!offered) return nothing;
  return html`<p class="language-suggestion" part="language-suggestion">
    <button
      type="button"
      class="language-suggestion__yes"
      lang=${offered}
      dir=${isRtl(offered) ? 'rtl' : 'ltr'}
      @click=${() => {
        onChoose(offered);
        remember(offered);
      }}
    >${OFFERS[offered]}</button>
    <button
      type="button"
      class="language-suggestion__no"
      aria-label=${msg('No, keep this language', { id: 'language-suggestion.dismiss', desc: 'Closes the offer to show the widgets in the browser language' })}
      @click=${() => {
        remember(current);
        host.requestUpdate();
      }}
    ><span aria-hidden="true">×</span></button>
  </p>`;
}
