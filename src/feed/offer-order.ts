// SPDX-License-Identifier: EUPL-1.2
/**
 * The orders an offer list can be shown in, prepared once per feed (and, for the agenda, per
 * day) so a keystroke only has to keep the entries whose offer matches: a walk over a
 * precomputed array instead of a sort. Pure functions, no DOM.
 */
import { addDays, closureOn, feedHolidays, holidayOn, slotsOn, timeToMinutes, weekdayOf } from './hours.js';
import { offersOfPoint } from './query.js';
import type { Offer, WelcomeFeed } from './schema.js';

export type GroupBy = 'category' | 'welcome-point' | 'day' | 'none';

/** One row of the list: an offer under a group (category id, point id or date `YYYY-MM-DD`). */
export interface Entry {
  /** Unique within the list (an offer appears on several days in the agenda). */
  key: string;
  offer: Offer;
  group: string;
  /** In the agenda: the date the offer is listed under. */
  day?: string;
}

/** Group key for offers without a known category or point. */
export const OTHER_GROUP = '';

/** How many days the agenda covers: "this week", today included. */
export const AGENDA_DAYS = 7;

const grouped = new WeakMap<WelcomeFeed, Map<GroupBy, Entry[]>>();

/**
 * All offers in display order for a grouping: categories and points in the feed's order (the
 * editors' order), offers in feed order within them; an offer is filed under its first category.
 */
export function groupedEntries(feed: WelcomeFeed, groupBy: Exclude<GroupBy, 'day'>): Entry[] {
  let byMode = grouped.get(feed);
  if (!byMode) grouped.set(feed, (byMode = new Map<GroupBy, Entry[]>()));
  let entries = byMode.get(groupBy);
  if (entries) return entries;
  if (groupBy === 'none') {
    entries = feed.offers.map(offer => ({ key: offer.id, offer, group: OTHER_GROUP }));
  } else if (groupBy === 'welcome-point') {
    const known = new Set(feed.welcomePoints.map(p => p.id));
    entries = feed.welcomePoints.flatMap(point => offersOfPoint(feed, point.id).map(offer => ({ key: offer.id, offer, group: point.id })));
    entries.push(...feed.offers.filter(o => !known.has(o.welcomePointId)).map(offer => ({ key: offer.id, offer, group: OTHER_GROUP })));
  } else {
    const order = new Map(feed.categories.map((c, i) => [c.id, i]));
    const rank = (offer: Offer) => order.get(offer.categoryIds.find(id => order.has(id)) ?? '') ?? order.size;
    // Array.prototype.sort is stable, so feed order survives within a category.
    entries = [...feed.offers]
      .map(offer => ({ offer, rank: rank(offer) }))
      .sort((a, b) => a.rank - b.rank)
      .map(({ offer, rank }) => ({ key: offer.id, offer, group: feed.categories[rank]?.id ?? OTHER_GROUP }));
  }
  byMode.set(groupBy, entries);
  return entries;
}

const agendas = new WeakMap<WelcomeFeed, { today: string; entries: Entry[] }>();

/**
 * "This week": for each of the seven days from `today` (in the feed's zone), the offers held that
 * day — weekly slots valid on that date, not on a closure day of their point, not on a public
 * holiday (unless `openOnHolidays`) and not while the point is closed — and dated events starting
 * that day (listed on purpose, so they stay on holidays), sorted by start time.
 */
export function agendaEntries(feed: WelcomeFeed, today: string): Entry[] {
  const cached = agendas.get(feed);
  if (cached?.today === today) return cached.entries;
  const points = new Map(feed.welcomePoints.map(p => [p.id, p]));
  const holidays = feedHolidays(feed);
  const entries: Entry[] = [];
  for (let i = 0; i < AGENDA_DAYS; i++) {
    const date = addDays(today, i);
    const weekday = weekdayOf(date);
    const day: Array<{ start: number; offer: Offer }> = [];
    for (const offer of feed.offers) {
      const point = points.get(offer.welcomePointId);
      let start = Infinity;
      if (offer.schedule && point?.status !== 'temporarilyClosed' && point?.status !== 'closed' && !closureOn(date, point?.closures) && !holidayOn(date, holidays, offer.openOnHolidays ?? point?.openOnHolidays)) {
        const first = slotsOn(offer.schedule, date, weekday)[0];
        if (first) start = timeToMinutes(first.opens);
      }
      for (const event of offer.dates ?? []) {
        if (event.start.slice(0, 10) === date) start = Math.min(start, timeToMinutes(event.start.slice(11, 16)));
      }
      if (start !== Infinity) day.push({ start, offer });
    }
    day.sort((a, b) => a.start - b.start);
    for (const { offer } of day) entries.push({ key: `${date}|${offer.id}`, offer, group: date, day: date });
  }
  agendas.set(feed, { today, entries });
  return entries;
}

/**
 * Today's agenda with what is still to come first: entries of `today` for which `isOver` holds
 * move behind the others of that day (stable within both parts); other days keep their order.
 * @example
 * todayStillToComeFirst(entries, '2026-12-04', entry => endedIds.has(entry.offer.id))
 */
export function todayStillToComeFirst(entries: Entry[], today: string, isOver: (entry: Entry) => boolean): Entry[] {
  const first = entries.findIndex(entry => entry.day === today);
  if (first < 0) return entries;
  let end = first;
  while (end < entries.length && entries[end].day === today) end++;
  const day = entries.slice(first, end);
  const over = day.filter(isOver);
  if (!over.length) return entries;
  return [...entries.slice(0, first), ...day.filter(entry => !isOver(entry)), ...over, ...entries.slice(end)];
}

/** Consecutive entries of one group, and the index of the first in the whole list. */
export interface GroupRun {
  key: string;
  entries: Entry[];
  start: number;
}

/**
 * Splits entries into runs of the same group, in order: what the list shows under one heading.
 * @example
 * groupRuns(entries) // [{ key: 'meeting', entries: [a, b], start: 0 }, { key: 'advice', entries: [c], start: 2 }]
 */
export function groupRuns(entries: readonly Entry[]): GroupRun[] {
  const runs: GroupRun[] = [];
  entries.forEach((entry, index) => {
    const last = runs.at(-1);
    if (last && last.key === entry.group) last.entries.push(entry);
    else runs.push({ key: entry.group, entries: [entry], start: index });
  });
  return runs;
}

/**
 * Cuts entries at `limit` (none when unset or below 1): the entries kept, how many there were when
 * cut (0 when not; the count then says "10 of 13"), and the number kept per group.
 */
export function limitEntries(entries: Entry[], limit: number | null): { entries: Entry[]; limitedFrom: number; groupCounts: Map<string, number> } {
  const cut = !!limit && limit > 0 && entries.length > limit;
  const kept = cut ? entries.slice(0, limit) : entries;
  const groupCounts = new Map<string, number>();
  for (const entry of kept) groupCounts.set(entry.group, (groupCounts.get(entry.group) ?? 0) + 1);
  return { entries: kept, limitedFrom: cut ? entries.length : 0, groupCounts };
}

/**
 * The entries whose offer id is in `first` lead, in that order; the rest keep theirs.
 * @example
 * idsFirst(entries, ['o-7']) // o-7's entry, then the others as before
 */
export function idsFirst<T extends { offer: Offer }>(entries: T[], first: readonly string[]): T[] {
  if (!first.length) return entries;
  const rank = new Map(first.map((id, i) => [id, i]));
  const leading = entries.filter(entry => rank.has(entry.offer.id)).sort((a, b) => rank.get(a.offer.id)! - rank.get(b.offer.id)!);
  return [...leading, ...entries.filter(entry => !rank.has(entry.offer.id))];
}
