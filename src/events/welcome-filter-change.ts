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

/** A person changed a filter (typed in search, chose a district, toggled "open now"…). */
export type WelcomeFilterChangeEvent = CustomEvent<{ filters: WelcomeFilters }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'welcome-filter-change': WelcomeFilterChangeEvent;
  }
}
