// SPDX-License-Identifier: EUPL-1.2
/**
 * The finder's visitor state — filters, quarter and selected point — which lives in the element's
 * public properties, and how it is written in and read from the page URL (`sync-url`).
 */
import type { UrlState } from '../../internal/url-state.js';
import type { FilterState } from '../../feed/point-order.js';
import type { WelcomePointFinder } from './welcome-point-finder.component.js';

/** Filters plus the quarter order and the selected point: everything a shared link restores. */
export interface FinderState extends FilterState {
  quarter: string;
  selected: string;
}

export const EMPTY_FILTERS: FilterState = { query: '', district: '', category: '', audience: '', language: '', openNow: false };

/** Our parameters in the URL (`finder.district=…`); other widgets' and the page's stay untouched. */
const URL_KEYS = ['q', 'district', 'category', 'audience', 'language', 'open', 'quarter', 'point'];

export function filterStateOf(host: WelcomePointFinder): FilterState {
  // A removed attribute sets its property to null; treat it as "no filter".
  const { query, district, category, audience, language, openNow } = host;
  return {
    query: query ?? '',
    district: district ?? '',
    category: category ?? '',
    audience: audience ?? '',
    language: language ?? '',
    openNow: Boolean(openNow),
  };
}

export function applyFilters(host: WelcomePointFinder, filters: FilterState): void {
  host.query = filters.query;
  host.district = filters.district;
  host.category = filters.category;
  host.audience = filters.audience;
  host.language = filters.language;
  host.openNow = filters.openNow;
}

export function urlStateOf(host: WelcomePointFinder): UrlState {
  return {
    q: host.query,
    district: host.district,
    category: host.category,
    audience: host.audience,
    language: host.language,
    open: host.openNow ? '1' : '',
    quarter: host.quarter,
    point: host.selected,
  };
}

/** The state a URL stands for; with none of our parameters in it, the attribute presets. */
export function stateFromUrl(url: UrlState, presets: FinderState): FinderState {
  const fromUrl = Object.keys(url).some(key => URL_KEYS.includes(key));
  const pick = (key: string, preset: string) => (fromUrl ? (url[key] ?? '') : preset);
  return {
    query: pick('q', presets.query),
    district: pick('district', presets.district),
    category: pick('category', presets.category),
    audience: pick('audience', presets.audience),
    language: pick('language', presets.language),
    openNow: fromUrl ? url.open === '1' : presets.openNow,
    quarter: pick('quarter', presets.quarter),
    selected: pick('point', presets.selected),
  };
}
