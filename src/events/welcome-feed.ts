// SPDX-License-Identifier: EUPL-1.2
import type { FeedErrorKind } from '../feed/load.js';

/** The feed loaded; `problems` counts entries that were dropped or repaired. */
export type WelcomeFeedLoadEvent = CustomEvent<{ src: string | null; problems: number }>;
/** The feed could not be loaded; the widget shows an alert with a retry button. */
export type WelcomeFeedErrorEvent = CustomEvent<{ src: string | null; kind: FeedErrorKind | 'unknown'; message: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'welcome-feed-load': WelcomeFeedLoadEvent;
    'welcome-feed-error': WelcomeFeedErrorEvent;
  }
}
