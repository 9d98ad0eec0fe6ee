// SPDX-License-Identifier: EUPL-1.2
/**
 * iCalendar (RFC 5545) export of offers, generated in the browser: weekly slots become recurring
 * events (`RRULE:FREQ=WEEKLY;BYDAY=…`) in the feed's time zone, dated events become single events.
 *
 * Why our own module: the small libraries we looked at either write floating or UTC times only
 * (a weekly 10:00 event then moves by an hour at every DST switch), emit no VTIMEZONE, or build
 * files through string-to-HTML paths that Trusted Types blocks. What RFC 5545 asks of us is
 * small and testable: CRLF line ends, lines folded at 75 octets, TEXT escaping, a VTIMEZONE for
 * every TZID used, UNTIL in UTC when DTSTART has a TZID, UID and DTSTAMP on every event.
 *
 * Pure functions, no DOM; `download.ts` turns the text into a file.
 */
import type { Offer, Weekday, WelcomeFeed, WelcomePoint } from '../feed/schema.js';
import { addDays, feedHolidays, hasOffset, timeToMinutes, zonedDate } from '../feed/hours.js';
import { resolveText } from '../feed/text.js';
import { CRLF, escapeText, foldLine } from './ics-text.js';
import { pad, utcStamp } from './stamps.js';
import { vtimezone } from './vtimezone.js';
import { NO_HOLIDAYS, holidaysAhead, weeklyEvent } from './weekly.js';

export { escapeText, foldLine } from './ics-text.js';

/** A calendar date and wall-clock time in the calendar's time zone. */
export interface LocalDateTime {
  date: string;
  minutes: number;
}

/** One VEVENT, before serialisation. */
export interface CalendarEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
  /** Local start and end in the calendar's zone, or absolute instants (events given with an offset). */
  start: LocalDateTime | Date;
  end?: LocalDateTime | Date;
  /** Weekly recurrence: the days, and the last date (inclusive, local). */
  weekly?: { days: Weekday[]; until?: string };
  /** Local dates on which a recurring event does not take place (closures, public holidays). */
  exceptions?: string[];
}

export interface CalendarOptions {
  /** IANA zone of all local times (the feed's `meta.timeZone`). */
  timeZone: string;
  /** Creation time (DTSTAMP). */
  now: Date;
  /** Calendar name shown by some clients (X-WR-CALNAME). */
  name?: string;
}

export interface OfferCalendarOptions {
  /** Language for titles and descriptions (feed texts are resolved to it). */
  lang: string;
  /** Today in the feed's zone (`YYYY-MM-DD`): recurring events start on or after it. */
  today: string;
  /** Domain part of UIDs, so re-importing the same offer updates instead of duplicating it. */
  uidDomain?: string;
}

const WEEKDAY_CODES: Record<Weekday, string> = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' };

/**
 * The events of one offer: one recurring event per weekly slot (starting on the first matching
 * day on or after the later of today and the slot's `validFrom`, ending at `validUntil`), one
 * event per date, closures of its Welcome Point and the feed's public holidays (unless the offer,
 * or else its point, is `openOnHolidays`) as exceptions.
 * @example
 * const events = offerEvents(feed, offer, { lang: 'de', today: '2026-03-02' });
 * const ics = buildCalendar(events, { timeZone: feed.meta.timeZone, now: new Date() });
 */
export function offerEvents(feed: WelcomeFeed, offer: Offer, options: OfferCalendarOptions): CalendarEvent[] {
  const defaultLanguage = feed.meta.defaultLanguage || 'de';
  const text = (value: Parameters<typeof resolveText>[0]) => resolveText(value, options.lang, defaultLanguage).text;
  const point = feed.welcomePoints.find(p => p.id === offer.welcomePointId);
  const domain = options.uidDomain ?? 'welcome-widgets.invalid';
  const common = {
    summary: text(offer.title),
    description: describe(offer, text) || undefined,
    location: point ? placeOf(point, text) : undefined,
    url: offer.url ?? offer.contact?.url,
    categories: offer.categoryIds
      .map(id => text(feed.categories.find(c => c.id === id)?.label))
      .filter(label => label.length > 0),
  };
  const uid = (suffix: string) => `${safeUidPart(offer.id)}-${suffix}@${domain}`;
  const events: CalendarEvent[] = [];
  const holidays = offer.openOnHolidays ?? point?.openOnHolidays ? NO_HOLIDAYS : holidaysAhead(feedHolidays(feed), options.today);
  (offer.schedule ?? []).forEach((slot, index) => {
    const event = weeklyEvent(slot, options.today, point, holidays);
    if (event) events.push({ ...common, ...event, uid: uid(`w${index}`) });
  });
  (offer.dates ?? []).forEach((date, index) => {
    events.push({
      ...common,
      uid: uid(`d${index}`),
      start: feedDateTime(date.start),
      end: date.end ? feedDateTime(date.end) : undefined,
    });
  });
  return events;
}


/** A feed date-time: with an offset it is an absolute instant, without one local time in the feed's zone. */
function feedDateTime(value: string): LocalDateTime | Date {
  if (hasOffset(value)) return new Date(value);
  return { date: value.slice(0, 10), minutes: timeToMinutes(value.slice(11, 16)) };
}

function describe(offer: Offer, text: (value: Parameters<typeof resolveText>[0]) => string): string {
  const lines = [text(offer.description)];
  if (offer.registration?.note) lines.push(text(offer.registration.note));
  if (offer.contact?.phone) lines.push(offer.contact.phone);
  if (offer.contact?.email) lines.push(offer.contact.email);
  return lines.filter(Boolean).join('\n');
}

function placeOf(point: WelcomePoint, text: (value: Parameters<typeof resolveText>[0]) => string): string {
  const { street, postalCode, city } = point.address;
  // An address given on request stays out of the calendar, as it stays off the map.
  return [text(point.name), street, `${postalCode ?? ''} ${city ?? ''}`.trim()].filter(Boolean).join(', ');
}

/** UIDs are opaque, but some clients choke on spaces and non-ASCII; keep them plain. */
function safeUidPart(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, c => `_${c.codePointAt(0)!.toString(16)}`);
}

/**
 * Serialises events into one VCALENDAR with a VTIMEZONE for `timeZone`.
 * @example
 * buildCalendar(events, { timeZone: 'Europe/Berlin', now: new Date(), name: 'Sprachcafé' })
 * // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…"
 */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const { timeZone } = options;
  const stamp = utcStamp(options.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Welcome Widgets//offer-list//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  lines.push(`X-WR-TIMEZONE:${timeZone}`);
  const years = events.flatMap(e => [e.start, e.end, e.weekly?.until]).map(yearOf).filter((y): y is number => y !== undefined);
  lines.push(...vtimezone(timeZone, Math.min(...years, options.now.getUTCFullYear()), Math.max(...years, options.now.getUTCFullYear())));
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${stamp}`);
    lines.push(dateTimeProperty('DTSTART', event.start, timeZone));
    if (event.end) lines.push(dateTimeProperty('DTEND', event.end, timeZone));
    if (event.weekly) {
      const byDay = sortDays(event.weekly.days).map(d => WEEKDAY_CODES[d]).join(',');
      // RFC 5545 3.3.10: with a TZID'd DTSTART, UNTIL must be UTC; the last day counts in full.
      const until = event.weekly.until ? `;UNTIL=${utcStamp(zonedDate(addDays(event.weekly.until, 1), 0, timeZone), -1)}` : '';
      lines.push(`RRULE:FREQ=WEEKLY;BYDAY=${byDay}${until}`);
      if (event.exceptions?.length && !(event.start instanceof Date)) {
        const time = localTime(event.start.minutes);
        lines.push(`EXDATE;TZID=${timeZone}:${event.exceptions.map(d => `${compactDate(d)}T${time}`).join(',')}`);
      }
    }
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}


function dateTimeProperty(name: string, value: LocalDateTime | Date, timeZone: string): string {
  if (value instanceof Date) return `${name}:${utcStamp(value)}`;
  return `${name};TZID=${timeZone}:${compactDate(value.date)}T${localTime(value.minutes)}`;
}

function sortDays(days: readonly Weekday[]): Weekday[] {
  const order = Object.keys(WEEKDAY_CODES);
  return [...new Set(days)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

const compactDate = (date: string) => date.replaceAll('-', '');
const localTime = (minutes: number) => `${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;

function yearOf(value: LocalDateTime | Date | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return value.getUTCFullYear();
  return Number((typeof value === 'string' ? value : value.date).slice(0, 4));
}
