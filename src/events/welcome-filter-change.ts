// SPDX-License-Identifier: EUPL-1.2
/** The filters a person set; absent keys mean "no filter". Shared between widgets of one `group`. */
export interface WelcomeFilters {
  query?: string;
  district?: string;
  category?: string;
  audience?: string;
  language?: string;
  openNow?: boolean;
}

type FilterValues = { [K in keyof WelcomeFilters]?: WelcomeFilters[K] | null };

/** The filters as an event carries them: only those set, "open now" only when true. */
export function setFilters(values: FilterValues): WelcomeFilters {
  const filters: WelcomeFilters = {};
  for (const key of ['query', 'district', 'category', 'audience', 'language'] as const) {
    if (values[key]) filters[key] = values[key];
  }
  if (values.openNow) filters.openNow = true;
  return filters;
}

/** A person changed a filter (typed in search, chose a district, toggled "open now"…). */
export type WelcomeFilterChangeEvent = CustomEvent<{ filters: WelcomeFilters }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'welcome-filter-change': WelcomeFilterChangeEvent;
  }
}
