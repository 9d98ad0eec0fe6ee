// SPDX-License-Identifier: EUPL-1.2
/**
 * The offers inside one Welcome Point's card: those matching what the visitor looks for first,
 * each with when it next takes place. The building's hours ("opens Monday 9:00") are not the
 * offer's: the counselling a visitor filtered for may be on Tuesday, so each offer carries its
 * own next date. Pure functions, no DOM.
 */
import { closureOn, eventInstant, feedHolidays, holidayOn, nextOpening, slotsOn, timeToMinutes, zonedDate, zonedMoment } from './hours.js';
import type { HolidayLookup } from './hours.js';
import { filterOffers, offersOfPoint, pointById } from './query.js';
import type { OfferFilter } from './filters.js';
import type { Offer, WelcomeFeed, WelcomePoint } from './schema.js';

/** The criteria that pick offers within a point (district and "open now" describe the point). */
export type OfferCriteria = Pick<OfferFilter, 'query' | 'audienceTerms' | 'category' | 'audience' | 'language'>;

/** When an offer takes place next: the running occurrence, else the next one to start. */
export interface NextOccurrence {
  start: Date;
  /** Started before `now` and not over yet. */
  running: boolean;
}

export interface PointOffer {
  offer: Offer;
  /** Matches the visitor's criteria (false for every offer when none is set). */
  matches: boolean;
  next?: NextOccurrence;
}

/** An event without an end counts as running this long, as in the query engine. */
const DEFAULT_EVENT_MS = 2 * 3_600_000;

/**
 * The offers matching `criteria` anywhere in the feed, once per render for all cards; undefined
 * when no criterion is set (then no offer is "matching", and cards keep the feed's order).
 * @example
 * matchingOffers(feed, { audience: 'landlords' }, new Date()) // Set of the landlord offers
 */
export function matchingOffers(feed: WelcomeFeed, criteria: OfferCriteria, now: Date): ReadonlySet<Offer> | undefined {
  const { query, category, audience, language } = criteria;
  if (!query?.trim() && !category && !audience && !language) return undefined;
  return new Set(filterOffers(feed, { ...criteria, query: query?.trim() || undefined }, now));
}

/**
 * A point's offers for its card: the matching ones first, soonest first; then the others in
 * feed order. Offers with nothing left to come keep their place (the list hides them anyway).
 * @example
 * pointOffers(feed, 'wp-3', matchingOffers(feed, { audience: 'landlords' }, now), now)[0].offer.audiences // ['landlords']
 */
export function pointOffers(feed: WelcomeFeed, pointId: string, matching: ReadonlySet<Offer> | undefined, now: Date): PointOffer[] {
  const point = pointById(feed, pointId);
  const timeZone = feed.meta.timeZone || 'Europe/Berlin';
  const holidays = feedHolidays(feed);
  return offersOfPoint(feed, pointId)
    .map((offer, index) => ({ offer, index, matches: !!matching?.has(offer), next: nextOccurrence(offer, point, now, timeZone, holidays) }))
    .sort((a, b) => Number(b.matches) - Number(a.matches) || (a.matches ? soonest(a.next, b.next) : 0) || a.index - b.index)
    .map(({ offer, matches, next }) => ({ offer, matches, next }));
}

/** Earlier first; no known date last. */
function soonest(a: NextOccurrence | undefined, b: NextOccurrence | undefined): number {
  return (a?.start.getTime() ?? Infinity) - (b?.start.getTime() ?? Infinity) || 0;
}

/**
 * When an offer takes place next after `now`, in the feed's zone: a dated event not over yet, or
 * its weekly slot (not while its point is closed, on the point's closure days or, unless
 * `openOnHolidays`, on public holidays). Weekly slots are looked up two weeks ahead.
 * @example
 * // Wednesday 2026-03-04 12:00, slot Tuesdays 10:00–12:00 → Tuesday 2026-03-10 10:00 local
 * nextOccurrence(offer, point, new Date('2026-03-04T11:00:00Z'), 'Europe/Berlin') // { start: 2026-03-10T09:00Z, running: false }
 */
export function nextOccurrence(
  offer: Offer,
  point: WelcomePoint | undefined,
  now: Date,
  timeZone: string,
  holidays?: HolidayLookup,
): NextOccurrence | undefined {
  const candidates: NextOccurrence[] = [];
  for (const date of offer.dates ?? []) {
    const start = eventInstant(date.start, timeZone);
    const end = date.end ? eventInstant(date.end, timeZone).getTime() : start.getTime() + DEFAULT_EVENT_MS;
    if (end > now.getTime()) candidates.push({ start, running: start <= now });
  }
  const paused = point?.status === 'closed' || point?.status === 'temporarilyClosed';
  if (offer.schedule?.length && !paused) {
    const dayOff = offer.openOnHolidays ?? point?.openOnHolidays ? undefined : holidays;
    const moment = zonedMoment(now, timeZone);
    const offToday = closureOn(moment.date, point?.closures) || holidayOn(moment.date, dayOff);
    const current = offToday
      ? undefined
      : slotsOn(offer.schedule, moment.date, moment.weekday).find(
          slot => timeToMinutes(slot.opens) <= moment.minutes && moment.minutes < timeToMinutes(slot.closes),
        );
    if (current) candidates.push({ start: zonedDate(moment.date, timeToMinutes(current.opens), timeZone), running: true });
    const next = nextOpening(offer.schedule, now, timeZone, point?.closures, dayOff);
    if (next) candidates.push({ start: next, running: false });
  }
  return candidates.sort((a, b) => a.start.getTime() - b.start.getTime())[0];
}

