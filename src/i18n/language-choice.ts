// SPDX-License-Identifier: EUPL-1.2
/**
 * The page-wide language: @lit/localize has ONE active locale per page, so all widgets show
 * their buttons and labels in the same language. This module decides which one.
 *
 * 1. The visitor's choice (language switcher, `?welcome-lang=` with `sync-url`, or the page
 *    calling `setLanguage()` / `setLocale()`) wins and applies to every widget.
 * 2. Otherwise a widget with its own `lang` attribute beats widgets that only inherit a language.
 * 3. Among equals, the most recent request wins (a widget's first render, or its language changing).
 *
 * Feed texts are still resolved per widget (a widget inheriting `tr` shows Turkish feed texts even
 * while the buttons are German); see docs/i18n.md.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { comingLocale, getLocale, matchUiLocale, setLocale } from './localization.js';
import type { UiLocale } from './localization.js';
import type { LanguageChangeSource } from '../events/welcome-language-change.js';

/**
 * The query parameter that keeps the visitor's language in the URL (`sync-url`). No dot in it:
 * widgets keep their own state under `<group>.` prefixes and clear those, whatever the group name.
 */
export const LANGUAGE_URL_PARAM = 'welcome-lang';

/** How strongly a widget's request for a UI locale holds against other widgets' requests. */
export const Weight = { inherited: 0, own: 1 } as const;
export type Weight = (typeof Weight)[keyof typeof Weight];

let choice: UiLocale | undefined;
/** What each connected widget would like; the strongest, then the most recent, wins. */
const requests = new Map<object, { locale: UiLocale; weight: Weight; order: number }>();
let requestCount = 0;
/** Set only while we call setLocale ourselves, to tell our calls from the page's. */
let requesting: string | undefined;
const subscribers = new Set<() => void>();
const urlSyncers = new Set<Element>();
let listening = false;

function listen() {
  if (listening) return;
  listening = true;
  // The page may call @lit/localize's setLocale directly (it is exported); treat that as a choice.
  window.addEventListener('lit-localize-status', event => {
    const { detail } = event;
    if (detail.status !== 'loading' || detail.loadingLocale === requesting) return;
    const locale = matchUiLocale(detail.loadingLocale);
    if (locale && locale !== choice) apply(locale, 'page', document);
  });
  window.addEventListener('popstate', () => {
    if (urlSyncers.size === 0) return;
    const fromUrl = languageFromUrl();
    if (fromUrl === choice) return;
    if (fromUrl) apply(fromUrl, 'url', document);
    else clearChoice();
  });
}

function languageFromUrl(): UiLocale | undefined {
  return matchUiLocale(new URLSearchParams(location.search).get(LANGUAGE_URL_PARAM));
}

function writeUrl(locale: UiLocale) {
  const url = new URL(location.href);
  url.searchParams.set(LANGUAGE_URL_PARAM, locale);
  if (url.href !== location.href) history.pushState(history.state, '', url);
}

function requestFromLocalize(locale: UiLocale) {
  requesting = locale;
  try {
    void setLocale(locale);
  } finally {
    requesting = undefined;
  }
}

function notify() {
  for (const subscriber of [...subscribers]) subscriber();
}

function apply(locale: UiLocale, source: LanguageChangeSource, origin: EventTarget) {
  choice = locale;
  // Only the visitor's own action makes a history entry; a page driving the language keeps its URL.
  if (source === 'switcher' && urlSyncers.size > 0) writeUrl(locale);
  if (locale !== getLocale()) requestFromLocalize(locale);
  notify();
  origin.dispatchEvent(
    new CustomEvent('welcome-language-change', { detail: { lang: locale, source }, bubbles: true, composed: true }),
  );
}

function clearChoice() {
  choice = undefined;
  applyPageLocale();
  // Every widget asks again for its own language.
  notify();
}

/** Shows the visitor's choice, else what the strongest, most recent widget request asks for. */
function applyPageLocale() {
  let wanted: UiLocale | undefined = choice;
  if (!wanted) {
    let best: { locale: UiLocale; weight: Weight; order: number } | undefined;
    for (const request of requests.values()) {
      if (!best || request.weight > best.weight || (request.weight === best.weight && request.order > best.order)) best = request;
    }
    wanted = best?.locale;
  }
  if (wanted) requestFromLocalize(wanted);
}

/** The visitor's language choice on this page, if any. */
export function visitorLanguage(): UiLocale | undefined {
  return choice;
}

/** The one widget per page offering the browser's language; another takes over when it leaves. */
let suggestionOwner: Element | undefined;

/**
 * The visitor's first browser language we have a UI for, when the page shows another one, nobody
 * has chosen yet, and `host` is the page's one widget to offer it. In the shell, so a widget can
 * hold the offer's place before the language menu's code arrives (nothing below it moves).
 */
export function suggestedLanguage(host: Element): UiLocale | undefined {
  if (choice || languageFromUrl()) return undefined;
  const first = navigator.languages.map(tag => matchUiLocale(tag)).find(Boolean);
  // The locale on its way, not the one still shown: the offer must not come and go while it loads.
  if (!first || first === comingLocale()) return undefined;
  if (!suggestionOwner?.isConnected) suggestionOwner = host;
  return suggestionOwner === host ? first : undefined;
}

/**
 * Shows every widget on the page in this language (a UI locale, or a tag matching one such as
 * `ar-EG`). Returns `false` for a language we have no UI for.
 * @param origin where the `welcome-language-change` event starts (a widget, or the document)
 */
export function chooseLanguage(tag: string, source: LanguageChangeSource = 'page', origin: EventTarget = document): boolean {
  listen();
  const locale = matchUiLocale(tag);
  if (!locale) return false;
  if (locale !== choice) apply(locale, source, origin);
  return true;
}

/**
 * For host pages: shows every widget in this language, as if the visitor had chosen it
 * (`setLanguage('uk')`). Returns `false` for a language the widgets have no UI for.
 */
export function setLanguage(tag: string): boolean {
  return chooseLanguage(tag, 'page', document);
}

/**
 * A widget asks for the UI locale it would like. The page shows it unless a stronger request
 * (visitor's choice, a widget's own `lang`) is in place.
 */
export function requestLocale(widget: object, locale: UiLocale, weight: Weight): void {
  listen();
  requests.set(widget, { locale, weight, order: ++requestCount });
  applyPageLocale();
}

/** A widget left the page: its wish no longer counts. */
export function withdrawLocaleRequest(widget: object): void {
  if (requests.delete(widget)) applyPageLocale();
}

/** Keeps the visitor's language in the URL while a `sync-url` widget is on the page, and adopts it from there. */
export function syncLanguageWithUrl(widget: Element, on: boolean): void {
  listen();
  if (!on) {
    urlSyncers.delete(widget);
    return;
  }
  urlSyncers.add(widget);
  const fromUrl = languageFromUrl();
  if (fromUrl && fromUrl !== choice) apply(fromUrl, 'url', document);
}

/**
 * Re-renders its widget when the page-wide language choice changes (the widget then asks for
 * its language again).
 */
export class LanguageChoiceController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  private readonly listener = () => {
    this.onChange();
    this.host.requestUpdate();
  };

  hostConnected(): void {
    subscribers.add(this.listener);
  }

  hostDisconnected(): void {
    subscribers.delete(this.listener);
  }
}

/** @internal For tests: forget the visitor's choice and what was requested. */
export function resetLanguageChoice(): void {
  choice = undefined;
  requests.clear();
  urlSyncers.clear();
  notify();
}
