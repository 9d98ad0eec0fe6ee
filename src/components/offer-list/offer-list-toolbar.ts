// SPDX-License-Identifier: EUPL-1.2
/**
 * The bar above the offer cards: the chip of a point or district chosen elsewhere, the count
 * ("13 offers", or "Showing 10 of 13 offers" with "Show all" when the page set a `limit`) and
 * "Add all to calendar". The count and the list always agree. Templates; the view owns the state.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/localization.js';

export interface ToolbarOptions {
  compact: boolean;
  chips: TemplateResult | typeof nothing;
  /** Offers matching the filters. */
  matching: number;
  /** Entries listed after the page's `limit`, and how many there were before it (0: no cut). */
  shown: number;
  limitedFrom: number;
  onShowAll: () => void;
  onCalendarAll: () => void;
}

export function formatCount(count: number): string {
  return new Intl.NumberFormat(getLocale()).format(count);
}

export function countText(count: number): string {
  if (count === 0) return msg('No offers', { id: 'offer-list.count-none' });
  if (count === 1) return msg('1 offer', { id: 'offer-list.count-one' });
  return msg(str`${formatCount(count)} offers`, { id: 'offer-list.count', desc: 'Number of offers' });
}

/**
 * "Showing 10 of 13 offers": after "Show more", and while a `limit` cuts the list. Two numbers in
 * one sentence: the count phrase ("Offers: 13" in Arabic or Russian) does not fit inside another.
 */
export function showingText(shown: number, of: number): string {
  return msg(str`Showing ${formatCount(shown)} of ${formatCount(of)} offers`, {
    id: 'offer-list.showing-of',
    desc: 'How many offers are shown of how many (after "Show more", or when the page limits the list), e.g. "Showing 10 of 13 offers"; both are numbers (never 0 or 1 of 1)',
  });
}

export function renderToolbar(options: ToolbarOptions): TemplateResult | typeof nothing {
  const { compact, chips, matching, limitedFrom } = options;
  if (compact && chips === nothing) return nothing;
  return html`<div class="toolbar" part="toolbar">
    ${chips}
    ${compact
      ? nothing
      : html`<p class="toolbar__count" part="count">${limitedFrom ? showingText(options.shown, limitedFrom) : countText(matching)}</p>`}
    ${limitedFrom
      ? html`<button type="button" class="button" part="show-all" @click=${options.onShowAll}>
          ${msg('Show all', { id: 'offer-list.show-all', desc: 'Button that lifts the page’s limit and lists every matching offer' })}
        </button>`
      : nothing}
    ${!compact && matching
      ? html`<button type="button" class="button toolbar__calendar" part="calendar-all" @click=${options.onCalendarAll}>
          ${msg('Add all to calendar', { id: 'offer-list.calendar-all', desc: 'Button that downloads all listed offers as one calendar file (.ics)' })}
        </button>`
      : nothing}
  </div>`;
}
