// SPDX-License-Identifier: EUPL-1.2
/**
 * What a feed offers to filter by: the languages and audiences that actually occur in it, so a
 * filter never lists a choice that matches nothing. Computed once per feed. Pure functions, no DOM.
 */
import { AUDIENCES } from './audiences.js';
import type { Audience, WelcomeFeed } from './schema.js';

const languageCache = new WeakMap<WelcomeFeed, Map<string, string[]>>();

/**
 * Language tags of the feed's offers (and, with `points`, of its Welcome Points), most frequent
 * first, ties in order of appearance. With `base`, tags are folded to their language, lower-case
 * (`ar-EG` and `AR` count as `ar`).
 */
export function feedLanguages(feed: WelcomeFeed, { points = false, base = false } = {}): string[] {
  let byOptions = languageCache.get(feed);
  if (!byOptions) languageCache.set(feed, (byOptions = new Map<string, string[]>()));
  const key = `${points}|${base}`;
  let list = byOptions.get(key);
  if (!list) {
    const counts = new Map<string, number>();
    const count = (tags: readonly string[] | undefined) => {
      for (const tag of tags ?? []) {
        const name = base ? tag.toLowerCase().split('-')[0] : tag;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    };
    if (points) for (const point of feed.welcomePoints) count(point.languages);
    for (const offer of feed.offers) count(offer.languages);
    list = [...counts].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
    byOptions.set(key, list);
  }
  return list;
}

const audienceCache = new WeakMap<WelcomeFeed, Audience[]>();

/** Audiences the feed's offers address, in the schema's order. */
export function feedAudiences(feed: WelcomeFeed): Audience[] {
  let list = audienceCache.get(feed);
  if (!list) {
    const present = new Set(feed.offers.flatMap(offer => offer.audiences ?? []));
    list = AUDIENCES.filter(a => present.has(a));
    audienceCache.set(feed, list);
  }
  return list;
}
