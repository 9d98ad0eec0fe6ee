// SPDX-License-Identifier: EUPL-1.2
/**
 * Today's hours for a Welcome Point's map popup ("Today: 09:00–12:30, 13:30–16:00"), or why it
 * is closed today ("Closed today — public holiday (Christmas Day)"). A chunk of its own, fetched
 * alongside Leaflet, which also says "Address on request" for places without a public street: time formatting is not needed for the first render. (Open or closed now is
 * the marker's shape and name.)
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { feedHolidays, pointOpeningState } from '../../feed/hours.js';
import type { WelcomeFeed, WelcomePoint } from '../../feed/schema.js';
import { resolveText } from '../../feed/text.js';
import { formatTimeRange } from '../../i18n/format-schedule.js';
import { holidayStatus } from '../shared/card-meta.js';
import { addressOnRequestLabel } from '../shared/address-label.js';

export function renderOpening(point: WelcomePoint, feed: WelcomeFeed, locale: string, now = new Date()): TemplateResult | typeof nothing {
  // Here rather than in the popup's address line: this chunk is lazy, the popup's module is in the first render.
  const onRequest = point.address.onRequest ? html`<p class="popup__line">${addressOnRequestLabel()}</p>` : nothing;
  return html`${renderToday(point, feed, locale, now)}${onRequest}`;
}

function renderToday(point: WelcomePoint, feed: WelcomeFeed, locale: string, now: Date): TemplateResult | typeof nothing {
  const state = pointOpeningState(point, now, feed.meta.timeZone, feedHolidays(feed));
  if (state.holiday) {
    return html`<p class="popup__line popup__opening">${holidayStatus(state.holiday, value => resolveText(value, locale, 'de'))}</p>`;
  }
  const hours = state.today.map(slot => formatTimeRange(slot.opens, slot.closes, locale));
  if (!hours.length) return nothing;
  return html`<p class="popup__line popup__opening">
    ${msg(str`Today: ${hours.join(', ')}`, { id: 'district-map.popup-today', desc: "Popup: today's opening hours, e.g. \"Today: 10:00–14:00\"" })}
  </p>`;
}
