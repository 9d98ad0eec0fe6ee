// SPDX-License-Identifier: EUPL-1.2
/**
 * What the three stories files share: feed URLs that exist both in Storybook (staticDirs) and on
 * the test server, a generic render that turns args into attributes, and the decorators for the
 * narrow, themed and "never answers" stories. Plain functions and Lit templates only, so
 * test/stories/stories.test.ts can render every story without Storybook.
 */
import { html, type TemplateResult } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { generateFeed } from '../scripts/test/generate-feed.mjs';
import { DUESSELDORF, PLUM, SYSTEM_COLOURS, themeStyle } from './themes.js';

/** The bundled Düsseldorf sample feed (10 districts "1"–"10", 13 points, 167 offers). */
export const SAMPLE_FEED = '/demo/data/duesseldorf.json';
/** Two points, two offers, four broken entries the validator drops with a problem each. */
export const PARTIAL_FEED = '/test/fixtures/partial.json';
/** A small valid feed whose Welcome Points have no opening hours (the marker key says "Hours not known"). */
export const NO_HOURS_FEED = '/test/fixtures/district-map.json';
/** A valid feed with districts but no Welcome Points and no offers. */
export const EMPTY_FEED = '/test/fixtures/empty.json';
/** Answers 404 Not Found: see {@link withPendingFeeds}. */
export const MISSING_FEED = '/__story/missing/feed.json';
/** Never answers: see {@link withPendingFeeds}. */
export const PENDING_FEED = '/__story/pending/feed.json';
/**
 * A same-origin stand-in for a tile server: one plain tile for every {z}/{x}/{y}, so the
 * "consent given" stories show a background without asking any third party.
 */
export const STORY_TILES = '/stories/assets/tile.png?z={z}&x={x}&y={y}';
/** A real provider for the consent placeholder: nothing is requested until someone agrees. */
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

export type WidgetTag = 'welcome-point-finder' | 'offer-list' | 'district-map';
export type WidgetArgs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/** What the test harness waits for before running axe (Storybook ignores it). */
export interface WelcomeStoryParameters {
  /** `loading`: the widgets stay in their loading state; default: loaded or failed. */
  settle?: 'loading' | 'done';
  /** The feed has broken entries: the widgets say so, and warn in the console. */
  problems?: boolean;
}

/**
 * Builds the element from args named like its attributes (as custom-elements.json lists them,
 * so the Controls panel edits exactly what an editor would write in HTML) and its `--welcome-*`
 * custom properties (set on the element's style). Function args are
 * Storybook's action handlers for the events (`onWelcomeFeedLoad` → `welcome-feed-load`).
 */
export function renderWidget(tag: WidgetTag, args: WidgetArgs, properties: Record<string, unknown> = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === 'function') {
      if (/^on[A-Z]/.test(name)) element.addEventListener(name.slice(2).replace(/(?<!^)[A-Z]/g, c => `-${c}`).toLowerCase(), value);
      continue;
    }
    if (value === undefined || value === null || value === false || value === '') continue;
    // The Controls panel's --welcome-* entries are custom properties, not attributes.
    if (name.startsWith('--')) element.style.setProperty(name, String(value));
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  Object.assign(element, properties);
  return element;
}

const generated = new Map<number, Record<string, unknown>>();
/**
 * 10 000 offers at `points` Welcome Points (default 500), from the seeded generator the
 * benchmarks use; generated in the browser once per size (about 7 MB, too big to commit).
 */
export function manyOffersFeed(points = 500): Record<string, unknown> {
  let feed = generated.get(points);
  if (!feed) generated.set(points, (feed = generateFeed({ points, offers: 10000, seed: 1, districts: 10 })));
  return feed;
}

let pendingInstalled = false;
/**
 * Wraps `fetch` once so requests under /__story/pending never answer (the widgets stay in
 * their loading state for as long as anyone looks) and requests under /__story/missing get a
 * 404 Not Found, exactly as a server would send, without a request. Works in Storybook, in its
 * static build and in the test page alike.
 */
export function installPendingFetch(): void {
  if (pendingInstalled) return;
  pendingInstalled = true;
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(href, document.baseURI).pathname.startsWith('/__story/pending')) {
      return new Promise<Response>(() => undefined);
    }
    if (new URL(href, document.baseURI).pathname.startsWith('/__story/missing')) {
      return Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } }));
    }
    return original(input, init);
  };
}

export const withPendingFeeds: Decorator<WidgetArgs> = story => {
  installPendingFetch();
  return story();
};

/** The narrowest phone layout the widgets support. */
export const narrow: Decorator<WidgetArgs> = story => html`<div class="story-narrow" style="inline-size: 320px; max-inline-size: 100%; outline: 1px dashed #999">${story()}</div>`;

/** A partner's own colours, set only through the documented --welcome-* custom properties. */
export const themed: Decorator<WidgetArgs> = story => html`<div class="story-theme" style=${themeStyle(PLUM)}>${story()}</div>`;

/** The Düsseldorf theme in the dark scheme (dark-scheme.css is loaded by Storybook and the story test). */
export const dark: Decorator<WidgetArgs> = story =>
  html`<div class="story-dark" style="${themeStyle(DUESSELDORF)}; color-scheme: dark; background: Canvas; padding: 0.5rem">${story()}</div>`;

/**
 * Forced colours (Windows high contrast) as far as a page can show them: every token set to a CSS
 * system colour. The real mode is tested with emulation in test/styles/schemes.test.ts; in
 * Chromium DevTools: Rendering → "Emulate CSS media feature forced-colors".
 */
export const forcedColours: Decorator<WidgetArgs> = story => html`<div class="story-forced" style=${themeStyle(SYSTEM_COLOURS)}>${story()}</div>`;

/** Arabic, right to left, at the narrowest phone width. */
export const rtlNarrow: Decorator<WidgetArgs> = story =>
  html`<div lang="ar" dir="rtl" class="story-narrow" style="inline-size: 320px; max-inline-size: 100%; outline: 1px dashed #999">${story()}</div>`;

/** A heading for stories that show several states side by side. */
export const caption = (text: string): TemplateResult => html`<p class="story-caption">${text}</p>`;
