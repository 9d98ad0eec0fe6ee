// SPDX-License-Identifier: EUPL-1.2
/**
 * Text that a narrow column must not break inside: time ranges ("09:00–13:00 Uhr", an Arabic
 * range with its dash), weekday ranges ("Mo – Fr") and e-mail addresses. Lines break between
 * the pieces, at the locale's own list words, never inside one (`.nowrap` in
 * `card-action.styles.ts`, which both cards include).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDateTimeRangeParts, formatListParts, slotLineParts } from '../../i18n/format-schedule.js';
import type { Slot } from '../../feed/schema.js';

/** One piece that stays on one line. */
export const whole = (text: string): TemplateResult => html`<span class="nowrap">${text}</span>`;

/** "09:00–12:00 Uhr und 13:00–16:00 Uhr": the locale's list, each item whole. */
export function wholeList(items: readonly string[], locale: string, style: Intl.ListFormatStyle = 'long'): unknown[] {
  return formatListParts(items, locale, style).map(part => (part.type === 'element' ? whole(part.value) : part.value));
}

/** Weekly slots as lines ("Mo – Fr 09:00–12:00 Uhr und 13:00–16:00 Uhr"), days and ranges whole. */
export function slotLines(slots: readonly Slot[] | undefined, locale: string): TemplateResult[] {
  return slotLineParts(slots, locale).map(line => html`${wholeList(line.days, locale, 'narrow')} ${wholeList(line.ranges, locale)}`);
}

/**
 * An e-mail address that wraps after its "@" and before a ".", where a reader expects it
 * ("wp-stadtmitte@" / "example.org"), never inside a later name ("example.o" / "rg"). Its first
 * name may also wrap where a narrow card has no room for it
 * ("welcomepoint-gerresheim-" / "sued.beratung@…").
 */
export function emailAddress(address: string): unknown[] {
  return address.split(/(?<=@)|(?=\.)/).flatMap((piece, i): unknown[] => (i ? [html`<wbr>`, whole(piece)] : [piece]));
}

/**
 * An event on one day, "Do., 14. Jan. 2027, 18:00–20:00 Uhr": the date may wrap, the times
 * from the start to the end (with their "Uhr", "م") stay together. An event over several days
 * differs in its date too and wraps as usual.
 */
export function dateTimeRange(start: Date, end: Date | undefined, locale: string, timeZone: string): unknown {
  const parts = formatDateTimeRangeParts(start, end, locale, timeZone);
  const first = parts.findIndex(part => part.source !== 'shared');
  const text = (from: number, to?: number) => parts.slice(from, to).map(part => part.value).join('');
  if (first < 0 || parts.some(part => part.source !== 'shared' && /^(day|month|year|weekday)$/.test(part.type))) return text(0);
  return html`${text(0, first)}${whole(text(first))}`;
}
