// SPDX-License-Identifier: EUPL-1.2
/**
 * The finder's results in the order they are shown: the points matching the visitor's filters,
 * sorted by distance ("Near me"), by a chosen quarter, or in feed order, closed ones last.
 * Pure functions, no DOM.
 */
import { districtOfQuarter, filterPoints, sortByDistance } from './query.js';
import { distanceKm, pointLocation } from './geo.js';
import { pointOpeningState } from './hours.js';
import type { Audience, LatLng, WelcomeFeed, WelcomePoint } from './schema.js';
import type { AudienceTerms } from './search.js';

/** The filter values a person can set, as kept in properties, the URL and group events. */
export interface FilterState {
  query: string;
  district: string;
  category: string;
  audience: string;
  language: string;
  openNow: boolean;
}

export interface ResultRow {
  point: WelcomePoint;
  /** Distance from the visitor, when they shared their location. */
  km?: number;
  /** Closed for good or for now: shown after the others. */
  inactive: boolean;
}

export interface ResultsQuery {
  filters: FilterState;
  /** The visitor's position ("Near me"): nearest first. */
  origin?: LatLng;
  /** A chosen quarter: its points first, then its district's, then by distance. */
  quarter?: string;
  now: Date;
  /** The audiences' names in the visitor's language, searched along with the feed's texts. */
  audienceTerms?: AudienceTerms;
}

/** The matching points in the order they are shown. */
export function computeRows(feed: WelcomeFeed, { filters, origin, quarter, now, audienceTerms }: ResultsQuery): ResultRow[] {
  const points = filterPoints(
    feed,
    {
      query: filters.query.trim() || undefined,
      audienceTerms,
      district: filters.district || undefined,
      category: filters.category || undefined,
      // Any string a page sets is passed on; the query engine matches only known audiences.
      audience: (filters.audience || undefined) as Audience | undefined,
      language: filters.language || undefined,
      openNow: filters.openNow,
      // Closed points stay findable (people still look for "their" old Welcome Point), marked and last.
      includeClosed: true,
    },
    now,
  );
  let rows: Array<{ point: WelcomePoint; km?: number }>;
  if (origin) {
    rows = sortByDistance(points, origin, point => pointLocation(feed, point)).map(({ item, km }) => ({ point: item, km }));
  } else if (quarter) {
    // Distances as with "Near me", measured from the quarter's own position when the feed has one.
    const from = quarterCenter(feed, quarter);
    rows = sortByQuarter(feed, points, quarter).map(point => {
      const where = from && pointLocation(feed, point);
      return { point, km: where && from ? distanceKm(from, where) : undefined };
    });
  } else {
    rows = points.map(point => ({ point }));
  }
  const withState = rows.map(row => ({ ...row, inactive: pointOpeningState(row.point, now, feed.meta.timeZone).state === 'inactive' }));
  // A closed point's weekly hours may still read "open"; "open now" must never show it.
  if (filters.openNow) return withState.filter(r => !r.inactive);
  return [...withState.filter(r => !r.inactive), ...withState.filter(r => r.inactive)];
}

/** Where a quarter is: its own `center` from the feed, else undefined. */
export function quarterCenter(feed: WelcomeFeed, quarterId: string): LatLng | undefined {
  return districtOfQuarter(feed, quarterId)?.quarters?.find(q => q.id === quarterId)?.center;
}

/**
 * "Choose your quarter": the quarter's own points first, then everything else by distance from
 * the quarter's position (so a neighbour across a district border comes before a point on the
 * far side of the city). A quarter without a position falls back to its district: the rest of
 * the district next, then the others by distance from the district's centre.
 */
export function sortByQuarter(feed: WelcomeFeed, points: WelcomePoint[], quarterId: string): WelcomePoint[] {
  const district = districtOfQuarter(feed, quarterId);
  if (!district) return points;
  const own = quarterCenter(feed, quarterId);
  const center = own ?? district.center;
  const rank = (point: WelcomePoint) => (point.quarterId === quarterId ? 0 : own || point.districtId === district.id ? 1 : 2);
  const km = (point: WelcomePoint) => {
    const where = center && pointLocation(feed, point);
    return where && center ? distanceKm(center, where) : Infinity;
  };
  return points
    .map((point, index) => ({ point, index, rank: rank(point), km: km(point) }))
    .sort((a, b) => a.rank - b.rank || (a.km === b.km ? a.index - b.index : a.km - b.km))
    .map(entry => entry.point);
}
