// SPDX-License-Identifier: EUPL-1.2
/**
 * Where a page-wide language change came from: the visitor's language switcher in a widget,
 * the URL (`?welcome-lang=`, a shared link or Back/Forward), or the host page's code
 * (`setLanguage()` or @lit/localize's `setLocale()`).
 */
export type LanguageChangeSource = 'switcher' | 'url' | 'page';

/**
 * The language of all widgets on the page changed; `lang` is the UI locale now shown
 * (`de`, `de-x-ls`, `en`, `ar`, `fa`, `tr`, `uk`, `ru`). Dispatched from the widget whose switcher
 * was used, otherwise on the document; it bubbles and is composed.
 */
export type WelcomeLanguageChangeEvent = CustomEvent<{ lang: string; source: LanguageChangeSource }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'welcome-language-change': WelcomeLanguageChangeEvent;
  }
}
