// SPDX-License-Identifier: EUPL-1.2
/**
 * When an offer takes place next, in the words of a card. Apart from `format-opening.ts` so it
 * travels with the one lazy chunk that needs it (the finder's matching offers).
 */
import { msg, str } from '@lit/localize';
import { addDays, zonedMoment } from '../feed/hours.js';
import { dateTimeFormat } from './format-schedule.js';

/**
 * When an offer takes place next, as a visitor reads it on a card: "now", or "next: Tue 10:00"
 * within the coming week and "next: Tue, 15 Dec, 10:00" beyond; in the feed's zone.
 */
export function formatNextOccurrence(next: { start: Date; running: boolean }, now: Date, locale: string, timeZone: string): string {
  if (next.running) return msg('now', { id: 'point-card.offer-now', desc: 'After an offer’s title in a place’s card: it is taking place right now' });
  const soon = zonedMoment(next.start, timeZone).date <= addDays(zonedMoment(now, timeZone).date, 6);
  const when = dateTimeFormat(locale, {
    weekday: 'short',
    ...(soon ? {} : { day: 'numeric', month: 'short' }),
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(next.start);
  return msg(str`next: ${when}`, { id: 'point-card.offer-next', desc: 'After an offer’s title in a place’s card: when it next takes place, e.g. "next: Tue 10:00"' });
}
