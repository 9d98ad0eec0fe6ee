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
import type { Audience, Category, District, LatLng, Offer, WelcomeFeed, WelcomePoint } from './schema.js';
import { distanceKm } from './geo.js';
import { audiencesMatching, normalizeForSearch, queryVariants } from './search.js';
import type { AudienceTerms } from './search.js';
import {
  addDays,
  appliesOn,
  closureOn,
  compileSlots,
  dayBit,
  openInSlots,
  timeToMinutes,
  weekdayOf,
  zonedDate,
  zonedMoment,
} from './hours.js';
import type { CompiledSlot, ZonedMoment } from './hours.js';

export interface PointFilter {
  /** Words searched in name, description, address, quarter, district, operator, offer titles and categories, in every language. */
  query?: string;
  /** The audiences' names in the visitor's language, so a query finds points with offers for them. */
  audienceTerms?: AudienceTerms;
  /** District id. */
  district?: string;
  /** Quarter id. */
  quarter?: string;
  /** Category id: points holding at least one offer of it. */
  category?: string;
  /** Points with an offer for this audience. */
  audience?: Audience;
  /** BCP 47 tag, matched by base language (`ar-EG` ≈ `ar`) against the point's or its offers' languages. */
  language?: string;
  /** Only points open at `at` by their weekly hours. */
  openNow?: boolean;
  /** Default false: points with status `closed` or outside validFrom/validUntil are hidden. */
  includeClosed?: boolean;
}

export interface OfferFilter {
  /** Words searched in title, description, category labels, point, quarter and district names, in every language. */
  query?: string;
  /** The audiences' names in the visitor's language, so "ev sahibi" finds offers for landlords. */
  audienceTerms?: AudienceTerms;
  /** District id (of the offer's Welcome Point). */
  district?: string;
  /** Welcome Point id. */
  welcomePoint?: string;
  /** Category id. */
  category?: string;
  audience?: Audience;
  /** BCP 47 tag, base match against the offer's languages (else its point's, else the feed's default). */
  language?: string;
  /** Only offers taking place at `at`: a weekly slot, or a dated event running then. */
  openNow?: boolean;
  /** Only offers marked free. */
  cost?: 'free';
  /** Offers with a slot or a date within the next N days (today counts as day 1). */
  upcomingDays?: number;
  /**
   * Default false: offers of Welcome Points that are `closed` (or past their validUntil) are
   * hidden, because they no longer take place.
   */
  includeClosed?: boolean;
  /**
   * Default false: offers with no occurrence left (every dated event over, every weekly slot past
   * its validUntil) are hidden, so a list never presents an ended offer as current.
   */
  includeEnded?: boolean;
}

interface PointEntry {
  point: WelcomePoint;
  hours: CompiledSlot[];
  languages: Set<string>;
  categories: Set<string>;
  audiences: Set<string>;
}

interface OfferEntry {
  offer: Offer;
  point: WelcomePoint;
  schedule: CompiledSlot[];
  languages: Set<string>;
  /** Event dates as absolute [start, end) milliseconds. */
  dates: Array<[number, number]>;
}

/**
 * Word index for search: every distinct normalised word, with the entries containing it.
 * A query word is looked up as a substring of the (few thousand) distinct words instead of
 * scanning every entry's text, and the hits per query word are cached, so typing the next
 * letter or toggling another filter costs a fraction of a millisecond on 10,000 offers.
 */
interface WordIndex {
  size: number;
  vocabulary: string[];
  postings: number[][];
  hits: Map<string, Uint8Array>;
}

interface FeedIndex {
  timeZone: string;
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

/** An event without an end counts as running this long (a typical session). */
const DEFAULT_EVENT_MS = 2 * 3_600_000;

const indexes = new WeakMap<WelcomeFeed, FeedIndex>();

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/** Every language version of a feed text, for search. */
function allTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value as Record<string, string>);
  return [];
}

/**
 * Builds a {@link WordIndex}. Feeds repeat the same texts a lot (category labels, point and
 * district names on every offer), so each distinct text is normalised and split only once and
 * entries are stored as word ids; this keeps indexing 10,000 offers in the tens of milliseconds.
 */
function wordIndexBuilder() {
  const vocabulary: string[] = [];
  const postings: number[][] = [];
  const wordIds = new Map<string, number>();
  const textWords = new Map<string, number[]>();
  // lastEntry[word] = the last entry the word was added for: de-duplicates without a Set per entry.
  const lastEntry: number[] = [];
  let size = 0;

  const wordsOf = (text: string): number[] => {
    let ids = textWords.get(text);
    if (!ids) {
      ids = [];
      for (const word of normalizeForSearch(text).split(' ')) {
        if (!word) continue;
        let id = wordIds.get(word);
        if (id === undefined) {
          id = vocabulary.push(word) - 1;
          wordIds.set(word, id);
          postings.push([]);
        }
        ids.push(id);
      }
      textWords.set(text, ids);
    }
    return ids;
  };

  return {
    /** Adds the next entry with all the texts it should be found by. */
    add(...values: unknown[]): void {
      const entry = size++;
      for (const value of values) {
        for (const text of allTexts(value)) {
          for (const id of wordsOf(text)) {
            if (lastEntry[id] === entry) continue;
            lastEntry[id] = entry;
            postings[id].push(entry);
          }
        }
      }
    },
    done: (): WordIndex => ({ size, vocabulary, postings, hits: new Map() }),
  };
}

/** Entries containing `word` as part of one of their words, as a 0/1 array by entry position. */
function wordHits(index: WordIndex, word: string): Uint8Array {
  const cached = index.hits.get(word);
  if (cached) return cached;
  const hits = new Uint8Array(index.size);
  index.vocabulary.forEach((candidate, id) => {
    if (candidate.includes(word)) for (const entry of index.postings[id]) hits[entry] = 1;
  });
  // Keep the cache small: a session types a few dozen distinct words at most.
  if (index.hits.size > 200) index.hits.clear();
  index.hits.set(word, hits);
  return hits;
}

/** The audiences of each entry, for matching their names in the visitor's language. */
type AudiencesOf = (entry: number) => Iterable<string>;

/** {@link wordHits}, plus the entries for an audience whose name in the visitor's language contains `word`. */
function termHits(index: WordIndex, word: string, terms?: AudienceTerms, audiencesOf?: AudiencesOf): Uint8Array {
  const hits = wordHits(index, word);
  const audiences = terms && audiencesOf && audiencesMatching(terms, word);
  if (!audiences?.size) return hits;
  return hits.map((hit, entry) => (hit || [...audiencesOf!(entry)].some(a => audiences.has(a)) ? 1 : 0));
}

/** Entries matching a query (every word of one variant), or undefined for "no text filter". */
function searchHits(index: WordIndex, query: string | undefined, terms?: AudienceTerms, audiencesOf?: AudiencesOf): Uint8Array | undefined {
  const variants = query ? queryVariants(query) : [];
  if (!variants.length) return undefined;
  const result = new Uint8Array(index.size);
  for (const words of variants) {
    const all = Uint8Array.from(termHits(index, words[0], terms, audiencesOf));
    for (const word of words.slice(1)) {
      const hits = termHits(index, word, terms, audiencesOf);
      for (let entry = 0; entry < index.size; entry++) all[entry] &= hits[entry];
    }
    for (let entry = 0; entry < index.size; entry++) result[entry] |= all[entry];
  }
  return result;
}

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
  const instant = memo(value => parseDateTime(value, timeZone));

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
      schedule: compileSlots(offer.schedule),
      languages: languagesOf((offer.languages ?? point.languages ?? [defaultLanguage]).join(',')),
      dates: (offer.dates ?? []).map(({ start, end }) => {
        const from = instant(start);
        return [from, end ? instant(end) : from + DEFAULT_EVENT_MS];
      }),
    });
  }
  const points = feed.welcomePoints.map((point): PointEntry => {
    const own = offersOfPoint.get(point.id) ?? [];
    return {
      point,
      hours: compileSlots(point.openingHours),
      languages: new Set([...(point.languages ?? []), ...own.flatMap(offer => offer.languages ?? [])].map(base)),
      categories: new Set(own.flatMap(offer => offer.categoryIds)),
      audiences: new Set(own.flatMap(offer => offer.audiences ?? [])),
    };
  });
  index = {
    timeZone,
    points,
    offers,
    pointWords: once(() => {
      const words = wordIndexBuilder();
      for (const entry of points) {
        const { point } = entry;
        words.add(
          point.name,
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

/** A feed date-time: with an offset it is absolute, without one it is wall-clock time in the feed's zone. */
function parseDateTime(value: string, timeZone: string): number {
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(value)) return Date.parse(value);
  return zonedDate(value.slice(0, 10), timeToMinutes(value.slice(11, 16)), timeZone).getTime();
}

/** Active on `date`: not `closed` and inside validFrom/validUntil. `temporarilyClosed` still counts (it comes back). */
function isCurrent(point: WelcomePoint, date: string): boolean {
  return (
    point.status !== 'closed' && !(point.validFrom && date < point.validFrom) && !(point.validUntil && date > point.validUntil)
  );
}

const isOpenPoint = (entry: PointEntry, moment: ZonedMoment, bit: number) =>
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
  const result: WelcomePoint[] = [];
  for (let i = 0; i < index.points.length; i++) {
    const entry = index.points[i];
    const { point } = entry;
    if (hits && !hits[i]) continue;
    if (!filter.includeClosed && !isCurrent(point, moment.date)) continue;
    if (filter.district && point.districtId !== filter.district) continue;
    if (filter.quarter && point.quarterId !== filter.quarter) continue;
    if (filter.category && !entry.categories.has(filter.category)) continue;
    if (filter.audience && !entry.audiences.has(filter.audience)) continue;
    if (language && !entry.languages.has(language)) continue;
    if (filter.openNow && !isOpenPoint(entry, moment, bit)) continue;
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
  const days = filter.upcomingDays ? upcomingDays(moment, filter.upcomingDays) : [];
  const horizon = days.length ? zonedDate(addDays(moment.date, days.length), 0, index.timeZone).getTime() : now;
  const result: Offer[] = [];
  for (let i = 0; i < index.offers.length; i++) {
    const entry = index.offers[i];
    const { offer, point } = entry;
    if (hits && !hits[i]) continue;
    if (!filter.includeClosed && !isCurrent(point, moment.date)) continue;
    if (!filter.includeEnded && !hasFutureOccurrence(entry, moment.date, now)) continue;
    if (filter.welcomePoint && point.id !== filter.welcomePoint) continue;
    if (filter.district && point.districtId !== filter.district) continue;
    if (filter.category && !offer.categoryIds.includes(filter.category)) continue;
    if (filter.audience && !offer.audiences?.includes(filter.audience)) continue;
    if (filter.cost && offer.cost !== filter.cost) continue;
    if (language && !entry.languages.has(language)) continue;
    if (filter.openNow && !isRunning(entry, moment, bit, now)) continue;
    if (days.length && !isUpcoming(entry, days, moment, now, horizon)) continue;
    result.push(offer);
  }
  return result;
}

function isRunning(entry: OfferEntry, moment: ZonedMoment, bit: number, now: number): boolean {
  return (
    entry.dates.some(([start, end]) => start <= now && now < end) ||
    (entry.point.status !== 'temporarilyClosed' &&
      openInSlots(entry.schedule, moment, bit) &&
      !closureOn(moment.date, entry.point.closures))
  );
}

/**
 * Whether an offer still takes place after `now`: a dated event not yet over, or a weekly slot
 * still valid today or later. An offer with neither (no schedule, no dates) is an open-ended
 * listing and counts as current.
 */
function hasFutureOccurrence(entry: OfferEntry, today: string, now: number): boolean {
  if (!entry.schedule.length && !entry.dates.length) return true;
  return entry.dates.some(([, end]) => end > now) || entry.schedule.some(slot => !slot.validUntil || slot.validUntil >= today);
}

interface Day {
  date: string;
  bit: number;
}

function upcomingDays(moment: ZonedMoment, count: number): Day[] {
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, i) => {
    const date = i ? addDays(moment.date, i) : moment.date;
    return { date, bit: dayBit(i ? weekdayOf(date) : moment.weekday) };
  });
}

function isUpcoming(entry: OfferEntry, days: Day[], moment: ZonedMoment, now: number, horizon: number): boolean {
  if (entry.dates.some(([start, end]) => end > now && start < horizon)) return true;
  if (!entry.schedule.length || entry.point.status === 'temporarilyClosed') return false;
  return days.some(
    ({ date, bit }, i) =>
      // Today only counts while a slot is still ahead or running.
      entry.schedule.some(slot => appliesOn(slot, date, bit) && (i > 0 || slot.closes > moment.minutes)) &&
      !closureOn(date, entry.point.closures),
  );
}

/**
 * Pairs each item with its distance from `from` and sorts nearest first; items without a
 * location keep their order at the end (`km: undefined`).
 * @example
 * sortByDistance(points, here, point => pointLocation(feed, point))[0].item // the nearest point
 */
export function sortByDistance<T>(
  items: T[],
  from: LatLng,
  locate: (item: T) => LatLng | undefined,
): Array<{ item: T; km: number | undefined }> {
  return items
    .map(item => {
      const where = locate(item);
      return { item, km: where ? distanceKm(from, where) : undefined };
    })
    // Array#sort is stable, so equal distances and the unlocated tail keep their input order.
    .sort((a, b) => (a.km === b.km ? 0 : (a.km ?? Infinity) - (b.km ?? Infinity)));
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
