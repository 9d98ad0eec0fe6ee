// SPDX-License-Identifier: EUPL-1.2
/**
 * Turns a Welcome Point's opening state into the short badge text a visitor reads first:
 * "Open now · until 17:00", "Closed · opens Tuesday at 10:00", "Closed today · public holiday".
 * Times are always shown in the feed's time zone (Düsseldorf time, even for a visitor whose
 * phone is set elsewhere) and formatted by `Intl` for the UI locale.
 */
import { msg, str } from '@lit/localize';
import { addDays, zonedMoment } from '../feed/hours.js';
import { dateTimeFormat, formatRelativeDay, formatTime, formatWeekday } from './format-schedule.js';
import type { OpeningState } from '../feed/hours.js';
import type { WelcomePoint } from '../feed/schema.js';

/** How the badge looks: green when open, neutral when closed, muted when unknown, warning when out of service. */
export type OpeningTone = 'open' | 'closed' | 'unknown' | 'inactive';

export interface OpeningLabel {
  tone: OpeningTone;
  /** The state in two or three words: "Open now", "Closed now", "Closed today". */
  status: string;
  /** What happens next: "until 17:00", "opens Tuesday at 10:00"; empty when nothing is known. */
  detail: string;
}

/** "17:00" (de), "5:00 PM" (en): the wall-clock time of an instant in the feed's zone. */
export function formatClock(at: Date, locale: string, timeZone: string): string {
  const { minutes } = zonedMoment(at, timeZone);
  const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return formatTime(hhmm, locale);
}

/** A calendar date of the feed (`YYYY-MM-DD`) as "6 January" or, with `month-year`, "January 2024". */
export function formatFeedDate(date: string, locale: string, style: 'day' | 'month-year' = 'day'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'day' ? { day: 'numeric', month: 'long', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  // The date has no zone of its own: format it at UTC noon so no zone can shift the day.
  return dateTimeFormat(locale, options).format(new Date(`${date}T12:00:00Z`));
}

/**
 * When a closed place opens next, relative to `now`: "opens today at 14:00", "opens tomorrow at
 * 10:00", "opens Tuesday at 10:00", and with the date beyond the coming week.
 */
export function formatNextOpening(next: Date, now: Date, locale: string, timeZone: string): string {
  const time = formatClock(next, locale, timeZone);
  const today = zonedMoment(now, timeZone).date;
  const { date, weekday } = zonedMoment(next, timeZone);
  if (date === today) return msg(str`opens today at ${time}`, { id: 'opening.opens-today', desc: 'A closed place opens later today; time like 14:00' });
  if (date === addDays(today, 1)) {
    return msg(str`opens tomorrow at ${time}`, { id: 'opening.opens-tomorrow', desc: 'A closed place opens tomorrow; time like 10:00' });
  }
  const day = date <= addDays(today, 6) ? formatWeekday(weekday, locale, 'long') : formatRelativeDay(date, today, locale);
  // Two placeholders, not one: languages need a word between day and time ("um", "о", "saat").
  return msg(str`opens ${day} at ${time}`, {
    id: 'opening.opens-on',
    desc: 'A closed place opens on a later day: weekday (or weekday and date, in the nominative) and time, e.g. "opens Tuesday at 10:00"',
  });
}

/**
 * The badge text for a point's {@link OpeningState} at `now`.
 * @example
 * formatOpening(point, pointOpeningState(point, now, tz), now, 'en', tz)
 * // { tone: 'open', status: 'Open now', detail: 'until 5:00 PM' }
 */
export function formatOpening(point: WelcomePoint, state: OpeningState, now: Date, locale: string, timeZone: string): OpeningLabel {
  const next = state.next ? formatNextOpening(state.next, now, locale, timeZone) : '';
  switch (state.state) {
    case 'open':
      return {
        tone: 'open',
        status: msg('Open now', { id: 'opening.open-now', desc: 'Badge: the place is open at this moment' }),
        detail: state.closesAt
          ? msg(str`until ${formatClock(state.closesAt, locale, timeZone)}`, { id: 'opening.open-until', desc: 'After "Open now": closing time like 17:00' })
          : '',
      };
    case 'closed':
      return { tone: 'closed', status: msg('Closed now', { id: 'opening.closed-now', desc: 'Badge: the place is closed at this moment' }), detail: next };
    case 'closure': {
      const until = state.closure ? formatFeedDate(state.closure.to, locale) : '';
      return {
        tone: 'inactive',
        status: msg('Closed today', { id: 'opening.closed-today', desc: 'Badge: an exceptional closure (holiday, holidays) applies today' }),
        detail:
          next ||
          (until ? msg(str`closed until ${until}`, { id: 'opening.closed-until', desc: 'Last day of an exceptional closure, like "6 January"' }) : ''),
      };
    }
    case 'inactive':
      return { tone: 'inactive', ...inactiveText(point, now, locale, timeZone) };
    default:
      return {
        tone: 'unknown',
        status: point.byAppointment
          ? msg('By appointment', { id: 'opening.by-appointment', desc: 'Badge: visits only with an appointment, no fixed hours' })
          : msg('Hours not known', { id: 'opening.unknown', desc: 'Badge: the feed has no opening hours for this place' }),
        detail: '',
      };
  }
}

function inactiveText(point: WelcomePoint, now: Date, locale: string, timeZone: string): Omit<OpeningLabel, 'tone'> {
  const today = zonedMoment(now, timeZone).date;
  if (point.validFrom && point.validFrom > today) {
    return {
      status: msg('Not open yet', { id: 'opening.not-yet', desc: 'Badge: a new place that opens in the future' }),
      detail: msg(str`opens on ${formatFeedDate(point.validFrom, locale)}`, { id: 'opening.opens-on-date', desc: 'First day of a new place' }),
    };
  }
  if (point.status === 'temporarilyClosed') {
    return { status: msg('Temporarily closed', { id: 'opening.temporarily-closed', desc: 'Badge: the place is closed for some time' }), detail: '' };
  }
  const since = point.validUntil && point.validUntil < today ? formatFeedDate(point.validUntil, locale, 'month-year') : '';
  return {
    status: msg('Closed permanently', { id: 'opening.closed-permanently', desc: 'Badge: the place no longer exists' }),
    detail: since ? msg(str`since ${since}`, { id: 'opening.closed-since', desc: 'After "Closed permanently": month and year like "June 2024"' }) : '',
  };
}
