// SPDX-License-Identifier: EUPL-1.2
import type { Offer, WelcomeFeed } from '../feed/schema.js';
import { buildCalendar, offerEvents } from './ics.js';
import { downloadText, fileNameFor } from './download.js';

/**
 * Saves offers as one calendar file (.ics) named `name`. Widgets import this module on first
 * use, so the calendar code is one chunk most visitors never download.
 * @param root where the download link is briefly placed (the widget's shadow root)
 * @param options `lang` of the texts, `today` (`YYYY-MM-DD` in the feed's zone) where recurring offers start
 */
export function saveOffers(
  feed: WelcomeFeed,
  offers: Offer[],
  name: string,
  root: Node & ParentNode,
  options: { lang: string; today: string; timeZone: string },
): void {
  const eventOptions = { lang: options.lang, today: options.today, uidDomain: location.hostname || undefined };
  const events = offers.flatMap(offer => offerEvents(feed, offer, eventOptions));
  const ics = buildCalendar(events, { timeZone: options.timeZone, now: new Date(), name });
  downloadText(ics, fileNameFor(name, 'ics'), 'text/calendar', root);
}
