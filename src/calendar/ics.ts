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
import type { Offer, Slot, Weekday, WelcomeFeed, WelcomePoint } from '../feed/schema.js';
import { addDays, closureOn, feedHolidays, hasOffset, holidayOn, timeToMinutes, weekdayOf, zonedDate } from '../feed/hours.js';
import type { HolidayLookup } from '../feed/hours.js';
import { resolveText } from '../feed/text.js';
import { pad, utcStamp } from './stamps.js';
import { vtimezone } from './vtimezone.js';

/** A calendar date and wall-clock time in the calendar's time zone. */
interface LocalDateTime {
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
const CRLF = '\r\n';
/** Closures and holidays further ahead than this are not listed as EXDATEs (they would only bloat the file). */
const EXCEPTION_HORIZON_DAYS = 400;

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
  const holidays = (date: string) => holidayOn(date, feedHolidays(feed), offer.openOnHolidays ?? point?.openOnHolidays);
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

function weeklyEvent(
  slot: Slot,
  today: string,
  point: WelcomePoint | undefined,
  holidays: HolidayLookup,
): Pick<CalendarEvent, 'start' | 'end' | 'weekly' | 'exceptions'> | undefined {
  let date = slot.validFrom && slot.validFrom > today ? slot.validFrom : today;
  // DTSTART must be an occurrence of the rule, so move to the first day the slot is held.
  for (let i = 0; i < 7 && !slot.days.includes(weekdayOf(date)); i++) date = addDays(date, 1);
  const until = [slot.validUntil, point?.validUntil].filter((d): d is string => !!d).sort()[0];
  if (until && date > until) return undefined;
  const exceptions: string[] = [];
  for (const closure of point?.closures ?? []) {
    const last = [closure.to, until, addDays(today, EXCEPTION_HORIZON_DAYS)].filter((d): d is string => !!d).sort()[0];
    for (let day = closure.from < date ? date : closure.from; day <= last; day = addDays(day, 1)) {
      if (slot.days.includes(weekdayOf(day)) && closureOn(day, [closure])) exceptions.push(day);
    }
  }
  const last = [until, addDays(today, EXCEPTION_HORIZON_DAYS)].filter((d): d is string => !!d).sort()[0];
  for (let day = date; day <= last; day = addDays(day, 1)) {
    if (slot.days.includes(weekdayOf(day)) && holidays(day)) exceptions.push(day);
  }
  const opens = timeToMinutes(slot.opens);
  const closes = timeToMinutes(slot.closes);
  return {
    start: { date, minutes: opens },
    end: closes >= 1440 ? { date: addDays(date, 1), minutes: closes - 1440 } : { date, minutes: closes },
    weekly: { days: [...slot.days], until },
    exceptions: exceptions.length ? [...new Set(exceptions)].sort() : undefined,
  };
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

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, c => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Octets of a string in UTF-8, counted from its UTF-16 code units (no buffer is made). */
function utf8Length(value: string): number {
  let octets = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) octets += 1;
    else if (unit < 0x800) octets += 2;
    else if (isPairAt(value, i)) {
      // a surrogate pair is one code point of four octets
      octets += 4;
      i++;
    } else octets += 3;
  }
  return octets;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 3.1); the
 * continuation starts with one space. Never splits a multi-byte character, nor a letter from its
 * combining marks (Arabic vowel signs, emoji sequences), which some clients render badly.
 */
export function foldLine(line: string): string {
  // Most lines are short ASCII: no need to encode them to know they fit (a big saving for the
  // static edition, which writes thousands of calendars).
  if (line.length <= 75 && PRINTABLE_ASCII.test(line)) return line;
  if (utf8Length(line) <= 75) return line;
  if (PRINTABLE_ASCII.test(line)) {
    // one octet per character and no combining marks: fold by position
    const parts = [line.slice(0, 75)];
    for (let i = 75; i < line.length; i += 74) parts.push(line.slice(i, i + 74));
    return parts.join(`${CRLF} `);
  }
  // Count octets by code point, and ask the segmenter only where a cut falls: segmenting every
  // character of every long line was most of the time of a big static build.
  const segments = graphemes.segment(line);
  const out: string[] = [];
  let start = 0;
  while (start < line.length) {
    // The first line may hold 75 octets; continuations 74 after their leading space.
    const limit = out.length ? 74 : 75;
    let end = start;
    let octets = 0;
    while (end < line.length) {
      const units = isPairAt(line, end) ? 2 : 1;
      const size = utf8Length(line.slice(end, end + units));
      if (octets + size > limit) break;
      octets += size;
      end += units;
    }
    if (end < line.length) {
      // never split a grapheme: cut before the one the limit falls into (or after it, when that
      // one alone is longer than a line)
      const grapheme = segments.containing(end)!;
      end = grapheme.index > start ? grapheme.index : grapheme.index + grapheme.segment.length;
    }
    out.push(line.slice(start, end));
    start = end;
  }
  return out.join(`${CRLF} `);
}

const isPairAt = (value: string, i: number) => (value.charCodeAt(i) & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00;

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
