// SPDX-License-Identifier: EUPL-1.2
/**
 * The finder's visitor state — filters, quarter and selected point — which lives in the element's
 * public properties, and how it is written in and read from the page URL (`sync-url`).
 */
import type { UrlState } from '../../internal/url-state.js';
import type { FilterState } from '../../feed/point-order.js';
import type { Audience } from '../../feed/schema.js';
import type { SharedEvent } from '../../internal/group-controller.js';
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

/** Sets the filter properties; an empty filter is `null`, as when the attribute is absent. */
export function applyFilters(host: WelcomePointFinder, filters: FilterState): void {
  host.query = filters.query;
  host.district = filters.district || null;
  host.category = filters.category || null;
  host.audience = (filters.audience || null) as Audience | null;
  host.language = filters.language || null;
  host.openNow = filters.openNow;
}

export function urlStateOf(host: WelcomePointFinder): UrlState {
  return {
    q: host.query ?? '',
    district: host.district ?? '',
    category: host.category ?? '',
    audience: host.audience ?? '',
    language: host.language ?? '',
    open: host.openNow ? '1' : '',
    quarter: host.quarter ?? '',
    point: host.selected ?? '',
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

/** Applies a sibling widget's choice (same `group`); true when a point was chosen, so the view shows it. */
export function applySharedEvent(host: WelcomePointFinder, event: SharedEvent): boolean {
  switch (event.type) {
    case 'welcome-filter-change': {
      const { filters } = (event as GlobalEventHandlersEventMap['welcome-filter-change']).detail;
      applyFilters(host, { ...EMPTY_FILTERS, ...filters, openNow: filters.openNow === true });
      return false;
    }
    case 'welcome-district-select':
      host.district = (event as GlobalEventHandlersEventMap['welcome-district-select']).detail.districtId;
      return false;
    case 'welcome-point-select':
    case 'welcome-offer-select':
      host.selected = (event as GlobalEventHandlersEventMap['welcome-point-select']).detail.pointId;
      return true;
  }
  return false;
}
