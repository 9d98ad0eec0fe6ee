// SPDX-License-Identifier: EUPL-1.2
/** Where a selection came from, so listeners can e.g. scroll a list but not move a map. */
export type SelectSource = 'list' | 'map' | 'card' | 'offer' | 'group' | 'url';

/** A person chose a Welcome Point (a card, a marker, an offer's place). */
export type WelcomePointSelectEvent = CustomEvent<{ pointId: string; source: SelectSource }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'welcome-point-select': WelcomePointSelectEvent;
  }
}
