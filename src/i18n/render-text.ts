// SPDX-License-Identifier: EUPL-1.2
/**
 * Markup helpers for text that may be in another language or direction than the widget around it.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ResolvedText } from '../feed/text.js';
import { languageName } from './languages.js';

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/** Whether a feed text in `textLang` needs an "original language" hint in a `uiLang` UI. */
export function isOtherLanguage(textLang: string, uiLang: string): boolean {
  return base(textLang) !== base(uiLang);
}

/**
 * A resolved feed text in its own language: `<span lang dir="auto">`, so screen readers switch
 * voice and Arabic text inside a German widget (or German inside an Arabic one) keeps its own
 * direction. Where the feed lacks the visitor's language, a small hint names the language the
 * text is in ("Original: Deutsch"). Easy German (`de-x-ls`) falling back to plain German gets no
 * hint: it is the same language.
 * @param uiLang the UI locale the widget shows (`getLocale()`)
 * @param options.hint `false` to leave the hint out (e.g. in a dense table that shows it once)
 */
export function renderText(resolved: ResolvedText, uiLang: string, options: { hint?: boolean } = {}): TemplateResult | typeof nothing {
  if (!resolved.text) return nothing;
  const other = isOtherLanguage(resolved.lang, uiLang);
  const hint =
    other && options.hint !== false
      ? html` <span class="original-language">${msg(str`Original: ${languageName(resolved.lang, uiLang)}`, {
          id: 'i18n.original-language',
          desc: 'Small hint after a text the feed does not have in the reader\'s language; placeholder is a language name like "German"',
        })}</span>`
      : nothing;
  return html`<span lang=${resolved.lang} dir="auto">${resolved.text}</span>${hint}`;
}

/**
 * Latin names, numbers, e-mail addresses, URLs and phone numbers inside right-to-left text:
 * isolated and left to right, so `+49 211 89-21234` never turns into `21234-89 211 49+`.
 */
export function ltr(value: string): TemplateResult {
  return html`<bdi dir="ltr">${value}</bdi>`;
}
