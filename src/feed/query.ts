// SPDX-License-Identifier: EUPL-1.2
/**
 * The query engine the widgets share: filter Welcome Points and offers, look things up by id,
 * sort by distance. Pure functions over a validated feed, no DOM.
 *
 * Every function goes through one prepared index per feed object, built on first use and kept
 * in a WeakMap (so it disappears with the feed): search text is normalised once, ids are in
 * maps, and each keystroke only runs `includes` over precomputed strings. A feed is treated as
 * immutable; pass a new object after changing one.
 */
import type { Category, District, Offer, WelcomeFeed, WelcomePoint } from './schema.js';
export { sortByDistance } from './geo.js';
import { searchHits, wordIndexBuilder } from './word-index.js';
import type { WordIndex } from './word-index.js';
import {
  addDays,
  appliesOn,
  closureOn,
  compileSlots,
  dayBit,
  eventInstant,
  eventSpan,
  stillToCome,
  feedHolidays,
  isCurrentPoint,
  openInSlots,
  weekdayOf,
  zonedDate,
  zonedMoment,
} from './hours.js';
import type { CompiledSlot, HolidayLookup, ZonedMoment } from './hours.js';

export type { OfferFilter, PointFilter } from './filters.js';
import type { OfferFilter, PointFilter } from './filters.js';

interface PointEntry {
  point: WelcomePoint;
  /** Closed on public holidays (not `openOnHolidays`). */
  holidayClosed: boolean;
  hours: CompiledSlot[];
  languages: Set<string>;
  categories: Set<string>;
  audiences: Set<string>;
}

interface OfferEntry {
  offer: Offer;
  point: WelcomePoint;
  /** Its weekly slots pause on public holidays: `openOnHolidays` of the offer, else of its point. */
  holidayClosed: boolean;
  schedule: CompiledSlot[];
  languages: Set<string>;
  /** Event dates as absolute [start, end) milliseconds. */
  dates: Array<[number, number]>;
}

interface FeedIndex {
  timeZone: string;
  holidays: HolidayLookup | undefined;
  points: PointEntry[];
  offers: OfferEntry[];
  /** Built on the first text search only: pages without a search box never pay for it. */
  pointWords: () => WordIndex;
  offerWords: () => WordIndex;
  pointById: Map<string, WelcomePoint>;
  districtById: Map<string, District>;
  categoryById: Map<string, Category>;
  districtOfQuarter: Map<string, District>;
  quarterName: Map<string, string>;
  offersOfPoint: Map<string, Offer[]>;
}

const indexes = new WeakMap<WelcomeFeed, FeedIndex>();

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/** A lazily computed value. */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

/** Memoises a one-argument function for the duration of one index build. */
function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return key => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) cache.set(key, (value = fn(key)));
    return value as T;
  };
}

function indexOf(feed: WelcomeFeed): FeedIndex {
  let index = indexes.get(feed);
  if (index) return index;
  const timeZone = feed.meta.timeZone || 'Europe/Berlin';
  const defaultLanguage = base(feed.meta.defaultLanguage || 'de');
  const districtById = new Map(feed.districts.map(d => [d.id, d]));
  const categoryById = new Map(feed.categories.map(c => [c.id, c]));
  const pointById = new Map(feed.welcomePoints.map(p => [p.id, p]));
  const districtOfQuarter = new Map<string, District>();
  const quarterName = new Map<string, string>();
  for (const district of feed.districts) {
    for (const quarter of district.quarters ?? []) {
      districtOfQuarter.set(quarter.id, district);
      quarterName.set(quarter.id, quarter.name);
    }
  }
  // Shared per build: many offers list the same languages and the same event times.
  const languagesOf = memo(key => new Set(key.split(',').map(base)));
  const instant = memo(value => eventInstant(value, timeZone).getTime());

  const offersOfPoint = new Map<string, Offer[]>();
  const offers: OfferEntry[] = [];
  for (const offer of feed.offers) {
    const point = pointById.get(offer.welcomePointId);
    if (!point) continue;
    let list = offersOfPoint.get(point.id);
    if (!list) offersOfPoint.set(point.id, (list = []));
    list.push(offer);
    offers.push({
      offer,
      point,
      holidayClosed: !(offer.openOnHolidays ?? point.openOnHolidays),
      schedule: compileSlots(offer.schedule),
      languages: languagesOf((offer.languages ?? point.languages ?? [defaultLanguage]).join(',')),
      dates: (offer.dates ?? []).map(date => eventSpan(date, instant)),
    });
  }
  const points = feed.welcomePoints.map((point): PointEntry => {
    const own = offersOfPoint.get(point.id) ?? [];
    return {
      point,
      holidayClosed: !point.openOnHolidays,
      hours: compileSlots(point.openingHours),
      languages: new Set([...(point.languages ?? []), ...own.flatMap(offer => offer.languages ?? [])].map(base)),
      categories: new Set(own.flatMap(offer => offer.categoryIds)),
      audiences: new Set(own.flatMap(offer => offer.audiences ?? [])),
    };
  });
  index = {
    timeZone,
    holidays: feedHolidays(feed),
    points,
    offers,
    pointWords: once(() => {
      const words = wordIndexBuilder();
      for (const entry of points) {
        const { point } = entry;
        words.add(
          point.name,
          ...(point.formerNames ?? []),
          point.description,
          point.address.street,
          point.address.postalCode,
          point.address.city,
          point.quarterId && quarterName.get(point.quarterId),
          districtById.get(point.districtId)?.name,
          point.operator?.name,
          ...(offersOfPoint.get(point.id) ?? []).map(offer => offer.title),
          ...[...entry.categories].map(id => categoryById.get(id)?.label),
        );
      }
      return words.done();
    }),
    offerWords: once(() => {
      const words = wordIndexBuilder();
      for (const { offer, point } of offers) {
        words.add(
          offer.title,
          offer.description,
          ...offer.categoryIds.map(id => categoryById.get(id)?.label),
          point.name,
          point.quarterId && quarterName.get(point.quarterId),
          districtById.get(point.districtId)?.name,
        );
      }
      return words.done();
    }),
    pointById,
    districtById,
    categoryById,
    districtOfQuarter,
    quarterName,
    offersOfPoint,
  };
  indexes.set(feed, index);
  return index;
}


/** `holiday`: today is a public holiday of the feed's region (looked up once per query, not per entry). */
const isOpenPoint = (entry: PointEntry, moment: ZonedMoment, bit: number, holiday: boolean) =>
  !(holiday && entry.holidayClosed) &&
  entry.point.status !== 'temporarilyClosed' &&
  openInSlots(entry.hours, moment, bit) &&
  !closureOn(moment.date, entry.point.closures);

/**
 * Welcome Points matching every given criterion, in feed order. Points with status `closed`
 * are left out unless `includeClosed`.
 * @example
 * filterPoints(feed, { query: 'Flingern', language: 'ar' });
 * filterPoints(feed, { district: '7', openNow: true }, new Date());
 */
export function filterPoints(feed: WelcomeFeed, filter: PointFilter, at: Date = new Date()): WelcomePoint[] {
  const index = indexOf(feed);
  const hits = filter.query
    ? searchHits(index.pointWords(), filter.query, filter.audienceTerms, i => index.points[i].audiences)
    : undefined;
  const language = filter.language && base(filter.language);
  const moment = zonedMoment(at, index.timeZone);
  const bit = dayBit(moment.weekday);
  const holiday = !!index.holidays?.(moment.date);
  const result: WelcomePoint[] = [];
  for (let i = 0; i < index.points.length; i++) {
    const entry = index.points[i];
    const { point } = entry;
    if (hits && !hits[i]) continue;
    if (!filter.includeClosed && !isCurrentPoint(point, moment.date)) continue;
    if (filter.district && point.districtId !== filter.district) continue;
    if (filter.quarter && point.quarterId !== filter.quarter) continue;
    if (filter.category && !entry.categories.has(filter.category)) continue;
    if (filter.audience && !entry.audiences.has(filter.audience)) continue;
    if (language && !entry.languages.has(language)) continue;
    if (filter.openNow && !isOpenPoint(entry, moment, bit, holiday)) continue;
    result.push(point);
  }
  return result;
}

/**
 * Offers matching every given criterion, in feed order.
 * @example
 * filterOffers(feed, { category: 'language', cost: 'free', upcomingDays: 7 });
 * filterOffers(feed, { query: 'مقهى' }); // Arabic search, with or without tashkeel
 */
export function filterOffers(feed: WelcomeFeed, filter: OfferFilter, at: Date = new Date()): Offer[] {
  const index = indexOf(feed);
  const hits = filter.query
    ? searchHits(index.offerWords(), filter.query, filter.audienceTerms, i => index.offers[i].offer.audiences ?? [])
    : undefined;
  const language = filter.language && base(filter.language);
  const moment = zonedMoment(at, index.timeZone);
  const bit = dayBit(moment.weekday);
  const now = at.getTime();
  const holiday = !!index.holidays?.(moment.date);
  const days = filter.upcomingDays ? upcomingDays(moment, filter.upcomingDays, index.holidays) : [];
  const horizon = days.length ? zonedDate(addDays(moment.date, days.length), 0, index.timeZone).getTime() : now;
  const result: Offer[] = [];
  for (let i = 0; i < index.offers.length; i++) {
    const entry = index.offers[i];
    const { offer, point } = entry;
    if (hits && !hits[i]) continue;
    if (!filter.includeClosed && !isCurrentPoint(point, moment.date)) continue;
    if (!filter.includeEnded && !stillToCome(entry.schedule, entry.dates, moment.date, now)) continue;
    // A point lies in one district: a district beside a chosen point could only hide its offers.
    if (filter.welcomePoint ? point.id !== filter.welcomePoint : filter.district && point.districtId !== filter.district) continue;
    if (filter.category && !offer.categoryIds.includes(filter.category)) continue;
    if (filter.audience && !offer.audiences?.includes(filter.audience)) continue;
    if (filter.cost && offer.cost !== filter.cost) continue;
    if (language && !entry.languages.has(language)) continue;
    if (filter.openNow && !isRunning(entry, moment, bit, now, holiday)) continue;
    if (days.length && !isUpcoming(entry, days, moment, now, horizon)) continue;
    result.push(offer);
  }
  return result;
}

/** Dated events are listed on purpose, so they run on holidays too; weekly slots pause. */
function isRunning(entry: OfferEntry, moment: ZonedMoment, bit: number, now: number, holiday: boolean): boolean {
  return (
    entry.dates.some(([start, end]) => start <= now && now < end) ||
    (!(holiday && entry.holidayClosed) &&
      entry.point.status !== 'temporarilyClosed' &&
      openInSlots(entry.schedule, moment, bit) &&
      !closureOn(moment.date, entry.point.closures))
  );
}

interface Day {
  date: string;
  bit: number;
  holiday: boolean;
}

function upcomingDays(moment: ZonedMoment, count: number, holidays: HolidayLookup | undefined): Day[] {
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, i) => {
    const date = i ? addDays(moment.date, i) : moment.date;
    return { date, bit: dayBit(i ? weekdayOf(date) : moment.weekday), holiday: !!holidays?.(date) };
  });
}

function isUpcoming(entry: OfferEntry, days: Day[], moment: ZonedMoment, now: number, horizon: number): boolean {
  if (entry.dates.some(([start, end]) => end > now && start < horizon)) return true;
  if (!entry.schedule.length || entry.point.status === 'temporarilyClosed') return false;
  return days.some(
    ({ date, bit, holiday }, i) =>
      !(holiday && entry.holidayClosed) &&
      // Today only counts while a slot is still ahead or running.
      entry.schedule.some(slot => appliesOn(slot, date, bit) && (i > 0 || slot.closes > moment.minutes)) &&
      !closureOn(date, entry.point.closures),
  );
}

/** The district a quarter belongs to (for "choose your quarter"). */
export function districtOfQuarter(feed: WelcomeFeed, quarterId: string): District | undefined {
  return indexOf(feed).districtOfQuarter.get(quarterId);
}

/** The offers of one Welcome Point, in feed order (indexed). */
export function offersOfPoint(feed: WelcomeFeed, pointId: string): Offer[] {
  return indexOf(feed).offersOfPoint.get(pointId)?.slice() ?? [];
}

/** A Welcome Point by id (indexed). */
export function pointById(feed: WelcomeFeed, id: string): WelcomePoint | undefined {
  return indexOf(feed).pointById.get(id);
}

/** A district by id (indexed). */
export function districtById(feed: WelcomeFeed, id: string): District | undefined {
  return indexOf(feed).districtById.get(id);
}

/** A category by id (indexed). */
export function categoryById(feed: WelcomeFeed, id: string): Category | undefined {
  return indexOf(feed).categoryById.get(id);
}

/** The name of a quarter by id (indexed). */
export function quarterName(feed: WelcomeFeed, quarterId: string): string | undefined {
  return indexOf(feed).quarterName.get(quarterId);
}
