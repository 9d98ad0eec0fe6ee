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
/** Before the first update has read the attributes. */
export const NO_PRESETS: FinderState = { ...EMPTY_FILTERS, quarter: '', selected: '' };

/**
 * Our parameters in the URL (`finder.district=…`), per piece of state; other widgets' and the
 * page's stay untouched. `open` (a yes/no) is handled on its own.
 */
const URL_KEYS = { query: 'q', district: 'district', category: 'category', audience: 'audience', language: 'language', quarter: 'quarter', selected: 'point' } as const;
const urlKeys = Object.entries(URL_KEYS) as [keyof typeof URL_KEYS, string][];

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

/** Everything a shared link restores, from the element's properties. */
export function finderStateOf(host: WelcomePointFinder): FinderState {
  return { ...filterStateOf(host), quarter: host.quarter, selected: host.selected ?? '' };
}

/**
 * The URL parameters of a state. What the visitor cleared against a preset is written `-` (read
 * back as empty, see readUrlState), so that a missing parameter means "the preset holds": the
 * widgets of a group share the URL, and a map's `district` must not undo the finder's presets.
 */
export function urlStateOf(state: FinderState, presets: FinderState): UrlState {
  const url: UrlState = { open: state.openNow ? '1' : presets.openNow ? '-' : '' };
  for (const [key, param] of urlKeys) url[param] = state[key] || (presets[key] && '-');
  return url;
}

/** The state a URL stands for; the attribute presets where it has none of our parameters. */
export function stateFromUrl(url: UrlState, presets: FinderState): FinderState {
  const state = { ...presets, openNow: url.open === undefined ? presets.openNow : url.open === '1' };
  for (const [key, param] of urlKeys) state[key] = url[param] ?? presets[key];
  return state;
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
