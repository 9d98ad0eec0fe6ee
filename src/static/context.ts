// SPDX-License-Identifier: EUPL-1.2
/** What every page of one language needs: the feed, the language, the clock and the base URL. */
import { eventInstant, feedHolidays, zonedMoment } from '../feed/hours.js';
import type { HolidayLookup } from '../feed/hours.js';
import type { Slot, Text, WelcomeFeed } from '../feed/schema.js';
import { formatLanguage, formatList, formatSlotLines } from '../i18n/format-schedule.js';
import { resolveText } from '../feed/text.js';
import type { ResolvedText } from '../feed/text.js';
import { isRtl } from '../i18n/localization.js';
import { markup } from './escape.js';
import type { SafeHtml } from './escape.js';

export interface SiteOptions {
  /** Absolute http(s) URL the site is published under (ends in `/`); without it links stay relative and there is no sitemap, canonical URL or QR code. */
  baseUrl?: string;
  /** UI locales to render, in the order of the language navigation. */
  locales: readonly string[];
  /** The moment pages call "today" (the build time). */
  now: Date;
}

export interface PageContext extends SiteOptions {
  feed: WelcomeFeed;
  lang: string;
  dir: 'ltr' | 'rtl';
  timeZone: string;
  /** Today in the feed's zone, `YYYY-MM-DD`. */
  today: string;
  /** The feed's public holidays (`meta.holidays`), closed days unless a point is `openOnHolidays`. */
  holidays: HolidayLookup | undefined;
  /** Formatted schedules, times, language lists and states, by input: see {@link remember}. */
  cache: Map<string, unknown>;
}

export function pageContext(feed: WelcomeFeed, lang: string, options: SiteOptions): PageContext {
  const timeZone = feed.meta.timeZone || 'Europe/Berlin';
  return { ...options, feed, lang, dir: isRtl(lang) ? 'rtl' : 'ltr', timeZone, today: zonedMoment(options.now, timeZone).date, holidays: feedHolidays(feed), cache: new Map() };
}

/**
 * `make()` once per key and language. Big feeds repeat the same schedules, times and language
 * lists thousands of times, and every point appears on three pages; `Intl` formatting of each
 * anew was most of a big build's time.
 */
export function remember<T>(ctx: PageContext, key: string, make: () => T): T {
  if (ctx.cache.has(key)) return ctx.cache.get(key) as T;
  const value = make();
  ctx.cache.set(key, value);
  return value;
}

/** Weekly slots as lines in the page's language ("Monday – Friday 09:00–17:00"). */
export function slotLines(ctx: PageContext, slots: readonly Slot[] | undefined): string[] {
  if (!slots?.length) return [];
  return remember(ctx, `slots|${JSON.stringify(slots)}`, () => formatSlotLines(slots, ctx.lang, 'long'));
}

/** Language names in the page's language as one list ("German, Arabic and Persian"). */
export function languageList(ctx: PageContext, tags: readonly string[]): string {
  return remember(ctx, `langs|${tags.join(',')}`, () => formatList(tags.map(tag => formatLanguage(tag, ctx.lang)), ctx.lang));
}

/** A feed text in the page's language (or the best the feed has). */
export function text(ctx: PageContext, value: Text | undefined): ResolvedText {
  return resolveText(value, ctx.lang, ctx.feed.meta.defaultLanguage || 'de');
}

/**
 * A feed text as markup: escaped, and marked with its own language and `dir="auto"` where it is
 * not in the page's language (screen readers switch voice, Arabic inside German reads right).
 */
export function textHtml(ctx: PageContext, value: Text | undefined): SafeHtml {
  const resolved = text(ctx, value);
  const same = resolved.lang.toLowerCase() === ctx.lang.toLowerCase();
  return same ? markup`${resolved.text}` : markup`<span lang="${resolved.lang}" dir="auto">${resolved.text}</span>`;
}

/** The absolute URL of a site path, when the site has a base URL. */
export function absolute(ctx: Pick<SiteOptions, 'baseUrl'>, path: string): string | undefined {
  return ctx.baseUrl ? new URL(path, ctx.baseUrl).href : undefined;
}

/** A feed date-time (`2026-11-11T16:00`, with or without offset) as an instant; the widgets' own reading. */
export function feedInstant(ctx: Pick<PageContext, 'timeZone'>, value: string): Date {
  return eventInstant(value, ctx.timeZone);
}
