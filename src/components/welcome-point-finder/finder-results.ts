// SPDX-License-Identifier: EUPL-1.2
/**
 * The finder's query and result cards: rows for the filters, the count sentence, filter options
 * and the card list. Part of the finder's view chunk (see `finder-view.ts`).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { districtOfQuarter, filterPoints, offersOfPoint, sortByDistance } from '../../feed/query.js';
import { distanceKm, pointLocation } from '../../feed/geo.js';
import { pointOpeningState } from '../../feed/hours.js';
import type { Audience, LatLng, WelcomeFeed, WelcomePoint } from '../../feed/schema.js';
import { formatLanguage } from '../../i18n/format-schedule.js';
import { renderPointCard } from '../shared/point-card.js';
import type { PointCardContext } from '../shared/point-card.js';
import { renderEmpty } from '../shared/list-status.js';

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
}

/** The matching points in the order they are shown. */
export function computeRows(feed: WelcomeFeed, { filters, origin, quarter, now }: ResultsQuery): ResultRow[] {
  const points = filterPoints(
    feed,
    {
      query: filters.query.trim() || undefined,
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
    rows = sortByQuarter(feed, points, quarter).map(point => ({ point }));
  } else {
    rows = points.map(point => ({ point }));
  }
  const withState = rows.map(row => ({ ...row, inactive: pointOpeningState(row.point, now, feed.meta.timeZone).state === 'inactive' }));
  // A closed point's weekly hours may still read "open"; "open now" must never show it.
  if (filters.openNow) return withState.filter(r => !r.inactive);
  return [...withState.filter(r => !r.inactive), ...withState.filter(r => r.inactive)];
}

/**
 * "Choose your quarter": the quarter's own points first, then the rest of its district, then
 * everything else by distance from the district's centre (stable where nothing is known).
 */
function sortByQuarter(feed: WelcomeFeed, points: WelcomePoint[], quarterId: string): WelcomePoint[] {
  const district = districtOfQuarter(feed, quarterId);
  if (!district) return points;
  const center = district.center;
  const rank = (point: WelcomePoint) => (point.quarterId === quarterId ? 0 : point.districtId === district.id ? 1 : 2);
  const km = (point: WelcomePoint) => {
    const where = center && pointLocation(feed, point);
    return where && center ? distanceKm(center, where) : Infinity;
  };
  return points
    .map((point, index) => ({ point, index, rank: rank(point), km: km(point) }))
    .sort((a, b) => a.rank - b.rank || (a.km === b.km ? a.index - b.index : a.km - b.km))
    .map(entry => entry.point);
}

/** The sentence in the live region: "13 Welcome Points (2 of them closed). Nearest first." */
export function describeResults(feed: WelcomeFeed, rows: ResultRow[], query: ResultsQuery, locale: string): string {
  const number = new Intl.NumberFormat(locale);
  const count = rows.length;
  const n = number.format(count);
  const found =
    count === 1
      ? msg('1 Welcome Point', { id: 'welcome-point-finder.count-one', desc: 'Result count, exactly one' })
      : msg(str`${n} Welcome Points`, { id: 'welcome-point-finder.count', desc: 'Result count; number formatted for the locale' });
  const inactive = rows.filter(r => r.inactive).length;
  const closed = inactive
    ? ` ${msg(str`(${number.format(inactive)} of them closed)`, {
        id: 'welcome-point-finder.count-closed',
        desc: 'After the count: how many of the results are closed permanently or for now',
      })}`
    : '';
  let order = '';
  if (query.origin) {
    order = msg('Nearest first.', { id: 'welcome-point-finder.order-distance', desc: 'After the count: sorted by distance from the visitor' });
  } else if (query.quarter) {
    const quarter = districtOfQuarter(feed, query.quarter)?.quarters?.find(q => q.id === query.quarter)?.name;
    if (quarter) order = msg(str`Places near ${quarter} first.`, { id: 'welcome-point-finder.order-quarter', desc: 'After the count: sorted by the chosen quarter' });
  }
  return `${found}${closed}. ${order}`.trim();
}

/** Every language spoken at a point or in an offer, named in the UI language and in itself ("Arabic – العربية"). */
export function languageOptions(feed: WelcomeFeed, locale: string): Array<readonly [string, string]> {
  const tags = new Set<string>();
  for (const point of feed.welcomePoints) for (const tag of point.languages ?? []) tags.add(tag.toLowerCase().split('-')[0]);
  for (const offer of feed.offers) for (const tag of offer.languages ?? []) tags.add(tag.toLowerCase().split('-')[0]);
  return [...tags]
    .map(tag => {
      const name = formatLanguage(tag, locale);
      const own = formatLanguage(tag);
      return [tag, own !== name && own !== tag ? `${name} – ${own}` : name] as const;
    })
    .sort((a, b) => a[1].localeCompare(b[1], locale));
}

/** The audiences the feed's offers address, in a stable order, with their labels. */
export function audienceOptions(feed: WelcomeFeed): Array<readonly [string, string]> {
  const present = new Set(feed.offers.flatMap(offer => offer.audiences ?? []));
  const labels: Record<Audience, string> = {
    newcomers: msg('Newcomers', { id: 'audience.newcomers' }),
    refugees: msg('Refugees', { id: 'audience.refugees' }),
    neighbours: msg('Neighbours', { id: 'audience.neighbours' }),
    landlords: msg('Landlords', { id: 'audience.landlords' }),
    volunteers: msg('Volunteers', { id: 'audience.volunteers' }),
    partners: msg('Partner organisations', { id: 'audience.partners' }),
    families: msg('Families', { id: 'audience.families' }),
    women: msg('Women', { id: 'audience.women' }),
    children: msg('Children', { id: 'audience.children' }),
    youth: msg('Young people', { id: 'audience.youth' }),
    seniors: msg('Older people', { id: 'audience.seniors' }),
  };
  return (Object.keys(labels) as Audience[]).filter(a => present.has(a)).map(a => [a, labels[a]] as const);
}

export interface ListOptions {
  selected: string;
  expanded: ReadonlySet<string>;
  onSelect: (pointId: string) => void;
  onToggle: (pointId: string) => void;
  onReset: () => void;
  /** The expanded part of a card: the point's offers. */
  renderOffers: (pointId: string) => unknown;
}

/** Stable per-feed ids for aria references: feed ids may contain anything, element ids must not. */
const cardIds = new WeakMap<WelcomeFeed, Map<string, string>>();

function idsOf(feed: WelcomeFeed): Map<string, string> {
  let ids = cardIds.get(feed);
  if (!ids) {
    ids = new Map(feed.welcomePoints.map((point, i) => [point.id, `p${i}`]));
    cardIds.set(feed, ids);
  }
  return ids;
}

/** The cards as a list, or the "nothing matches" message with a reset button. */
export function renderResults(ctx: PointCardContext, rows: ResultRow[], options: ListOptions): TemplateResult {
  if (!rows.length) {
    return renderEmpty(
      msg('No Welcome Point matches your search.', { id: 'welcome-point-finder.empty', desc: 'Shown when the filters leave no result' }),
      options.onReset,
    );
  }
  const ids = idsOf(ctx.feed);
  return html`<ul class="list" part="list" role="list">
    ${rows.map(
      ({ point, km }) => html`<li class="list__item ${options.expanded.has(point.id) ? 'list__item--expanded' : ''}" data-point=${point.id}>
        ${renderPointCard(ctx, {
          point,
          idPrefix: ids.get(point.id) ?? 'p',
          selected: point.id === options.selected,
          expanded: options.expanded.has(point.id),
          km,
          offerCount: offersOfPoint(ctx.feed, point.id).length,
          onSelect: () => options.onSelect(point.id),
          onToggle: () => options.onToggle(point.id),
          renderMore: () => options.renderOffers(point.id),
        })}
      </li>`,
    )}
  </ul>`;
}
