// SPDX-License-Identifier: EUPL-1.2
/**
 * The words around the offer list's cards: group headings (a category, a Welcome Point with its
 * district, or a day of the agenda), their level in the page's outline, and the chip naming a
 * point or district chosen elsewhere.
 * Templates; the view owns the state.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { categoryById, districtById, pointById } from '../../feed/query.js';
import type { WelcomeFeed } from '../../feed/schema.js';
import type { GroupBy } from '../../feed/offer-order.js';
import { feedText } from '../../i18n/feed-text.js';
import type { TextHost } from '../../i18n/feed-text.js';
import { formatDate, formatRelativeDay } from '../../i18n/format-schedule.js';
import { getLocale } from '../../i18n/localization.js';

/** The heading of one group: `key` is a category id, a point id or a date (`YYYY-MM-DD`). */
export function renderGroupLabel(host: TextHost, feed: WelcomeFeed, groupBy: GroupBy, key: string, today: string): unknown {
  if (groupBy === 'day') {
    const locale = getLocale();
    const relative = capitalize(formatRelativeDay(key, today, locale), locale);
    // "Today" and "Tomorrow" also get their date; later days already read "Friday, 6 March".
    const date = formatDate(new Date(`${key}T12:00:00Z`), locale, 'UTC', 'full');
    return html`<span class="group__label">${relative}</span>${Math.abs(dayDiff(key, today)) <= 1
        ? html`<span class="group__sub">${date}</span>`
        : nothing}`;
  }
  if (groupBy === 'welcome-point') {
    const point = pointById(feed, key);
    if (!point) return msg('Other places', { id: 'offer-list.group-other-point' });
    const name = feedText(host, point.name);
    const district = districtById(feed, point.districtId);
    const districtName = district && feedText(host, district.name);
    return html`<span class="group__label" lang=${name.lang}>${name.text}</span>${districtName
        ? html`<span class="group__sub" lang=${districtName.lang}>${districtName.text}</span>`
        : nothing}`;
  }
  const category = categoryById(feed, key);
  if (!category) return html`<span class="group__label">${msg('Other offers', { id: 'offer-list.group-other-category', desc: 'Group of offers without a known category' })}</span>`;
  const label = feedText(host, category.label);
  return html`<span class="group__label" lang=${label.lang}>${label.text}</span>`;
}

/** A point or district chosen in a sibling widget narrows the list; say so, and offer the way back. */
export function renderSelectionChip(
  host: TextHost,
  feed: WelcomeFeed,
  { welcomePoint, district }: { welcomePoint?: string; district?: string },
  onClear: () => void,
): TemplateResult | typeof nothing {
  const point = welcomePoint ? pointById(feed, welcomePoint) : undefined;
  const area = district ? districtById(feed, district) : undefined;
  if (!point && !area) return nothing;
  const name = point ? feedText(host, point.name) : feedText(host, area!.name);
  return html`<p class="chip">
    <span>
      ${point
        ? msg(html`Offers of <span lang=${name.lang}>${name.text}</span>`, { id: 'offer-list.chip-point', desc: 'The list shows one Welcome Point’s offers' })
        : msg(html`Offers in <span lang=${name.lang}>${name.text}</span>`, { id: 'offer-list.chip-district', desc: 'The list shows one district’s offers' })}
    </span>
    <button type="button" class="chip__clear" @click=${onClear}>
      ${msg('Show all', { id: 'offer-list.chip-clear', desc: 'Removes the Welcome Point or district restriction' })}
    </button>
  </p>`;
}

function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

function dayDiff(date: string, from: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// Moved to shared/heading.ts (the finder infers its level the same way); kept here for importers.
export { inferHeadingLevel } from '../shared/heading.js';
