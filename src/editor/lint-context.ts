// SPDX-License-Identifier: EUPL-1.2
/** What every lint rule gets: the validated feed, the raw one (for fields the validator does not know yet) and the clock. */
import { STALE_AFTER_MONTHS } from '../feed/freshness.js';
import type { Text, WelcomeFeed } from '../feed/schema.js';
import { resolveText } from '../feed/text.js';
import type { Bilingual } from './problems.js';

export interface LintOptions {
  /** "Now" for every date rule; default: the current time. */
  now?: Date;
  /**
   * Entries not verified within this time get a warning; default 12 months, the age at which
   * the widgets show "may be out of date" (freshness.ts).
   */
  staleAfter?: StaleAfter;
  /** ISO 3166-2 region for public holidays when the feed does not name one; default `DE-NW`. */
  region?: string;
}

/** A time in whole months (as the widgets count) or days. */
export type StaleAfter = { months: number } | { days: number };

export interface LintWarning {
  rule: string;
  path: string;
  message: Bilingual;
  hint: Bilingual;
  severity?: 'warning' | 'error';
}

export interface LintContext {
  feed: WelcomeFeed;
  /** The feed as parsed, before validation: fields of newer feed versions live only here. */
  raw: Record<string, unknown>;
  /** Today in the feed's time zone, YYYY-MM-DD. */
  today: string;
  now: Date;
  staleAfter: StaleAfter;
  region: string;
  /** The default-language text of a feed Text. */
  text: (value: Text | undefined) => string;
  /** JSON path of an entry in the validated feed, as the raw feed has it (by id). */
  pathOf: (list: 'districts' | 'categories' | 'welcomePoints' | 'offers', id: string) => string;
  /** The raw entry with that id. */
  rawOf: (list: 'districts' | 'categories' | 'welcomePoints' | 'offers', id: string) => Record<string, unknown> | undefined;
}

/** YYYY-MM-DD of an instant in a time zone. */
export function dateIn(instant: Date, timeZone: string): string {
  // formatToParts, because the pattern of a formatted locale date differs between engines.
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find(p => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function createContext(feed: WelcomeFeed, raw: Record<string, unknown>, options: LintOptions): LintContext {
  const lang = feed.meta.defaultLanguage ?? 'de';
  const now = options.now ?? new Date();
  const index = new Map<string, { path: string; entry: Record<string, unknown> }>();
  for (const list of ['districts', 'categories', 'welcomePoints', 'offers'] as const) {
    const entries = Array.isArray(raw[list]) ? (raw[list] as Record<string, unknown>[]) : [];
    entries.forEach((entry, position) => {
      const key = `${list}:${String(entry?.id)}`;
      if (!index.has(key)) index.set(key, { path: `${list}[${position}]`, entry });
    });
  }
  return {
    feed,
    raw,
    now,
    today: dateIn(now, feed.meta.timeZone ?? 'Europe/Berlin'),
    staleAfter: options.staleAfter ?? { months: STALE_AFTER_MONTHS },
    region: options.region ?? 'DE-NW',
    text: value => resolveText(value, lang, lang).text,
    pathOf: (list, id) => index.get(`${list}:${id}`)?.path ?? list,
    rawOf: (list, id) => index.get(`${list}:${id}`)?.entry,
  };
}
