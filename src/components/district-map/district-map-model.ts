// SPDX-License-Identifier: EUPL-1.2
/**
 * What a district map shows, worked out from the feed: the districts in order, each with its
 * visible Welcome Points and whether they are open, plus the offer shading. No DOM, no Leaflet.
 */
import { zonedMoment } from '../../feed/hours.js';
import { filterPoints, offersOfPoint } from '../../feed/query.js';
import type { Audience, District, WelcomeFeed, WelcomePoint } from '../../feed/schema.js';
import type { WelcomeFilters } from '../../events/welcome-filter-change.js';
import { feedText } from '../../i18n/feed-text.js';
import type { TextHost } from '../../i18n/feed-text.js';
import type { SharedEvent } from '../../internal/group-controller.js';

/** What the element shows: the districts in order, each with its visible Welcome Points. */
export interface DistrictEntry {
  district: District;
  name: string;
  lang?: string;
  points: WelcomePoint[];
  offers: number;
}

/** Whether a point can be visited: `closed` = ended (status or validity), `paused` = temporarily closed. */
export type PointStatus = 'open' | 'paused' | 'closed';

export interface Model {
  feed: WelcomeFeed;
  status: Map<string, PointStatus>;
  districts: DistrictEntry[];
  /** Visible points whose district is not in the feed. */
  orphans: WelcomePoint[];
  points: WelcomePoint[];
  maxOffers: number;
}

const SHADE_STEPS = 3;

/** What the model depends on besides the feed. */
export interface ModelOptions {
  /** The widget's languages, for names and sorting. */
  text: TextHost;
  /** The embedding finder's results: only these points. */
  pointIds?: readonly string[];
  /** Filters of the widget's group, when no `pointIds`. */
  groupFilters?: WelcomeFilters;
  /** Count offers per district (for `shade="offers"`). */
  countOffers: boolean;
}

export function buildModel(feed: WelcomeFeed, options: ModelOptions): Model {
  const { text } = options;
  const points = visiblePoints(feed, options);
  const today = zonedMoment(new Date(), feed.meta.timeZone).date;
  const status = new Map(points.map(point => [point.id, pointStatus(point, today)]));
  const byDistrict = new Map<string, WelcomePoint[]>();
  for (const point of points) byDistrict.set(point.districtId, [...(byDistrict.get(point.districtId) ?? []), point]);
  const collator = new Intl.Collator(text.contentLanguage);
  // Places one can visit first; ended ones stay findable (people look for the old address).
  const rank = (point: WelcomePoint) => (status.get(point.id) === 'closed' ? 1 : 0);
  const sortPoints = (list: WelcomePoint[]) =>
    list.sort((a, b) => rank(a) - rank(b) || collator.compare(feedText(text, a.name).text, feedText(text, b.name).text));
  const districts = feed.districts
    .map(district => {
      const name = feedText(text, district.name);
      const list = sortPoints(byDistrict.get(district.id) ?? []);
      const offers = options.countOffers ? list.reduce((sum, point) => sum + offersOfPoint(feed, point.id).length, 0) : 0;
      return { district, name: name.text, lang: langIfOther(name.lang, text), points: list, offers };
    })
    .sort((a, b) => (a.district.number ?? Infinity) - (b.district.number ?? Infinity) || collator.compare(a.name, b.name));
  const known = new Set(feed.districts.map(d => d.id));
  const orphans = sortPoints(points.filter(point => !known.has(point.districtId)));
  return { feed, status, districts, orphans, points, maxOffers: Math.max(0, ...districts.map(d => d.offers)) };
}

/** Points to show: the embedding finder's `pointIds`, else the group's filters, else all. */
function visiblePoints(feed: WelcomeFeed, { pointIds, groupFilters = {} }: ModelOptions): WelcomePoint[] {
  if (pointIds) {
    const ids = new Set(pointIds);
    return feed.welcomePoints.filter(point => ids.has(point.id));
  }
  // The district filter selects a district on the map; it does not hide the others. Ended
  // Welcome Points stay on the map, marked as closed: visitors look for the old address.
  const { query, category, audience, language, openNow } = groupFilters;
  return filterPoints(feed, { query, category, audience: audience as Audience | undefined, language, openNow, includeClosed: true });
}

/** A text's language for a `lang` attribute, when it differs from the widget's. */
export function langIfOther(lang: string, text: TextHost): string | undefined {
  return lang.split('-')[0].toLowerCase() === text.contentLanguage.split('-')[0].toLowerCase() ? undefined : lang;
}

function pointStatus(point: WelcomePoint, today: string): PointStatus {
  if (point.status === 'closed' || (point.validUntil && point.validUntil < today) || (point.validFrom && point.validFrom > today)) return 'closed';
  return point.status === 'temporarilyClosed' ? 'paused' : 'open';
}

export function address(point: WelcomePoint): string {
  const { street, postalCode, city } = point.address;
  return [street, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** Shade class 0 (no offers) to SHADE_STEPS for a district's offer count. */
export function shadeOf(count: number, max: number): number {
  if (!count || !max) return 0;
  return Math.max(1, Math.ceil((count / max) * SHADE_STEPS));
}

/** The shade classes in use with their count ranges, for the legend: [[0,0,0],[1,1,2],[2,3,4],[3,5,6]]. */
export function shadeRanges(max: number): Array<[shade: number, from: number, to: number]> {
  const ranges: Array<[number, number, number]> = [[0, 0, 0]];
  let from = 1;
  for (let step = 1; step <= SHADE_STEPS && from <= max; step++) {
    const to = Math.floor((step / SHADE_STEPS) * max);
    if (to >= from) {
      ranges.push([step, from, to]);
      from = to + 1;
    }
  }
  return ranges;
}

/**
 * What a sibling widget's choice (same `group`) means for the map: the district and point to
 * select (`undefined`: keep), and the filters whose points to show.
 */
export function sharedChoice(event: SharedEvent): { district?: string | null; selected?: string | null; filters?: WelcomeFilters } {
  switch (event.type) {
    case 'welcome-district-select':
      return { district: (event as GlobalEventHandlersEventMap['welcome-district-select']).detail.districtId, selected: null };
    case 'welcome-point-select':
    case 'welcome-offer-select':
      return { selected: (event as GlobalEventHandlersEventMap['welcome-point-select']).detail.pointId };
    case 'welcome-filter-change': {
      const { filters } = (event as GlobalEventHandlersEventMap['welcome-filter-change']).detail;
      return { filters, district: filters.district ?? null };
    }
  }
  return {};
}
