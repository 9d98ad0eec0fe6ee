// SPDX-License-Identifier: EUPL-1.2
import type { Offer, WelcomeFeed } from '../feed/schema.js';

/**
 * Saves offers as one calendar file (.ics) named `name`. The calendar code is loaded on first
 * use: most visitors never download a file.
 * @param root where the download link is briefly placed (the widget's shadow root)
 * @param options `lang` of the texts, `today` (`YYYY-MM-DD` in the feed's zone) where recurring offers start
 */
export async function saveOffers(
  feed: WelcomeFeed,
  offers: Offer[],
  name: string,
  root: Node & ParentNode,
  options: { lang: string; today: string; timeZone: string },
): Promise<void> {
  const [{ buildCalendar, offerEvents }, { downloadText, fileNameFor }] = await Promise.all([import('./ics.js'), import('./download.js')]);
  const eventOptions = { lang: options.lang, today: options.today, uidDomain: location.hostname || undefined };
  const events = offers.flatMap(offer => offerEvents(feed, offer, eventOptions));
  const ics = buildCalendar(events, { timeZone: options.timeZone, now: new Date(), name });
  downloadText(ics, fileNameFor(name, 'ics'), 'text/calendar', root);
}
