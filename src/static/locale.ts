// SPDX-License-Identifier: EUPL-1.2
/**
 * UI strings in Node: the widgets' own lit-localize setup (`src/i18n/localization.ts`, the one
 * `configureLocalization` call) with the generated locale modules, switched per language with
 * `setLocale` before that language's pages are rendered. `msg()` in the shared formatters
 * (format-opening.ts, …) and in this folder then returns the same translations as in the browser.
 *
 * lit-localize announces locale changes with `window.dispatchEvent(new CustomEvent(…))`; Node
 * has `EventTarget` and `CustomEvent` but no `window`, so a bare `EventTarget` stands in for it
 * while nothing else of the browser is faked. See README.md in this folder for the alternatives.
 */
import { getLocale, setLocale } from '../i18n/localization.js';

/** Switches `msg()` to `locale` (a UI locale tag) and waits until its strings are loaded. */
export async function useLocale(locale: string): Promise<void> {
  // Only setLocale touches `window`; configureLocalization itself runs fine in Node.
  const scope = globalThis as { window?: unknown };
  scope.window ??= new EventTarget();
  await setLocale(locale);
  if (getLocale() !== locale) throw new Error(`welcome-feed render: could not switch to locale ${locale}`);
}
