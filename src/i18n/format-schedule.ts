// SPDX-License-Identifier: EUPL-1.2
/**
 * Formatting of opening hours, weekly schedules, dates and language names for every widget, with
 * `Intl` and the active locale only: no weekday name, separator or clock convention is written by
 * hand, so German gets "Mo – Fr 10:00–12:00 Uhr", American English "Mon – Fri 10:00 AM – 12:00 PM"
 * and Persian its own digits and "تا".
 *
 * Slot times (`HH:MM`) are wall-clock times in the feed's time zone; they are formatted as UTC
 * instants on a fixed reference week so daylight saving time can never shift them.
 *
 * Formatters are cached per locale and options: building an `Intl.DateTimeFormat` costs far more
 * than using one, and long lists format thousands of times.
 */
import type { Slot, Weekday } from '../feed/schema.js';
import { dateLocale, dateOptions } from './date-style.js';

/** The feed's weekdays in feed order (Monday first). */
export const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

export type WeekdayWidth = 'narrow' | 'short' | 'long';

// 2024-01-01 was a Monday: day i of the reference week is Date.UTC(2024, 0, 1 + i).
const referenceDay = (index: number, minutes = 0) => new Date(Date.UTC(2024, 0, 1 + index, 0, minutes));

const cache = new Map<string, Intl.DateTimeFormat | Intl.ListFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.ListFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DisplayNames>(
  kind: string,
  locale: string,
  options: object,
  create: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * The one place date/time formatters are made: Persian with the Gregorian calendar, Easy German
 * with weekdays and months in full (see `date-style.ts`).
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('dt', locale, options, () => new Intl.DateTimeFormat(safeLocale(dateLocale(locale)), dateOptions(locale, options)));
}

/** A locale Intl accepts: an invalid tag from a page's `lang` falls back to the runtime default. */
function safeLocale(locale: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

/** Minutes since midnight for `HH:MM` (`24:00` → 1440). */
export function parseTime(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * A weekday's name in the locale.
 * @example
 * formatWeekday('mo', 'de') // "Mo"
 * formatWeekday('we', 'en', 'long') // "Wednesday"
 */
export function formatWeekday(day: Weekday, locale: string, width: WeekdayWidth = 'short'): string {
  return dateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(referenceDay(WEEKDAYS.indexOf(day)));
}

const timeOptions: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };

/**
 * Joins formatted parts so a day period stays on the line of its time: Arabic writes "2:00 م"
 * with a plain space, and a narrow card put the "م" on a line of its own (English already has a
 * no-break space there).
 */
function joinKeepingDayPeriod(parts: Intl.DateTimeFormatPart[]): string {
  return keepDayPeriod(parts).map(part => part.value).join('');
}

function keepDayPeriod<T extends Intl.DateTimeFormatPart>(parts: T[]): T[] {
  return parts.map((part, i) => (part.type === 'literal' && parts[i + 1]?.type === 'dayPeriod' ? { ...part, value: part.value.replace(/ /g, '\u00a0') } : part));
}

/**
 * A wall-clock time (`HH:MM`) in the locale's clock. `24:00` stays "24:00" on 24-hour clocks and
 * becomes midnight ("12:00 AM") on 12-hour clocks.
 * @example
 * formatTime('09:30', 'de') // "09:30"
 * formatTime('17:00', 'en') // "5:00 PM"
 */
export function formatTime(time: string, locale: string): string {
  const minutes = parseTime(time);
  const format = dateTimeFormat(locale, timeOptions);
  if (minutes < 1440) return joinKeepingDayPeriod(format.formatToParts(referenceDay(0, minutes)));
  const { hourCycle, numberingSystem } = format.resolvedOptions();
  const parts = format.formatToParts(referenceDay(0, 0));
  if (hourCycle !== 'h23' && hourCycle !== 'h24') return joinKeepingDayPeriod(parts);
  const hour = cached('num', locale, { numberingSystem }, () =>
    new Intl.NumberFormat(safeLocale(locale), { numberingSystem, useGrouping: false }),
  ).format(24);
  return parts.map(p => (p.type === 'hour' ? hour : p.value)).join('');
}

const ranges = new Map<string, string>();

/**
 * `format.formatRangeToParts`, joined keeping a day period with its time, once per key: V8 makes a new ICU interval formatter on every call, and
 * schedules of long lists (and of the static edition's thousands of pages) repeat a few ranges.
 */
function formatRange(format: Intl.DateTimeFormat, key: string, from: Date, to: Date): string {
  let range = ranges.get(key);
  if (range === undefined) ranges.set(key, (range = joinKeepingDayPeriod(format.formatRangeToParts(from, to))));
  return range;
}

/**
 * A time range on one day, with the locale's own range separator and shared parts
 * ("10:00–12:00 Uhr", "10:00 AM – 12:00 PM", "۱۰:۰۰ تا ۱۲:۰۰").
 * @example
 * formatTimeRange('10:00', '12:00', 'de') // "10:00–12:00 Uhr"
 */
export function formatTimeRange(opens: string, closes: string, locale: string): string {
  const format = dateTimeFormat(locale, timeOptions);
  const start = parseTime(opens);
  const end = parseTime(closes);
  if (end < 1440 && end > start) return formatRange(format, `t|${locale}|${start}|${end}`, referenceDay(0, start), referenceDay(0, end));
  // Until midnight: formatRange would name two dates, so join two times with the locale's separator.
  const separator =
    format.formatRangeToParts(referenceDay(0, 600), referenceDay(0, 720)).find(p => p.source === 'shared' && p.type === 'literal')
      ?.value ?? ' – '; // fallback only for engines without formatRangeToParts
  return `${formatTime(opens, locale)}${separator}${formatTime(closes, locale)}`;
}

/**
 * Days as the locale writes them, with runs of three or more consecutive days as a range.
 * @example
 * formatDays(['mo', 'tu', 'we', 'th', 'fr'], 'en') // "Mon – Fri"
 * formatDays(['mo', 'we'], 'de') // "Mo und Mi"
 */
export function formatDays(days: readonly Weekday[], locale: string, width: WeekdayWidth = 'short'): string {
  return formatList(dayItems(days, locale, width), locale, 'conjunction', 'narrow');
}

/** The items {@link formatDays} lists: single days and runs ("Mo – Fr"). */
function dayItems(days: readonly Weekday[], locale: string, width: WeekdayWidth): string[] {
  const indices = [...new Set(days.map(day => WEEKDAYS.indexOf(day)))].filter(i => i >= 0).sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const index of indices) {
    const last = runs.at(-1);
    if (last && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  }
  const format = dateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  return runs.flatMap(([from, to]) => {
    if (to - from >= 2) return [formatRange(format, `d|${locale}|${width}|${from}|${to}`, referenceDay(from), referenceDay(to))];
    return Array.from({ length: to - from + 1 }, (_, k) => format.format(referenceDay(from + k)));
  });
}

/**
 * Weekly slots as lines: one per time range with all its days ("Mon – Fri 09:00–12:00",
 * "Thu 14:00–17:00"); ranges held on exactly the same days share a line (a lunch break:
 * "Mon – Fri 09:00–12:00 and 13:00–17:00"). Lines are ordered by their first day, then time.
 * @example
 * formatSlotLines([{ days: ['mo', 'we'], opens: '10:00', closes: '12:00' }], 'en-GB') // ["Mon, Wed 10:00–12:00"]
 */
export function formatSlotLines(slots: readonly Slot[] | undefined, locale: string, width: WeekdayWidth = 'short'): string[] {
  return slotLineParts(slots, locale, width).map(line => `${formatList(line.days, locale, 'conjunction', 'narrow')} ${formatList(line.ranges, locale)}`);
}

/**
 * {@link formatSlotLines} in pieces, so a card can keep each piece on one line: the days and
 * runs of days ("Mon – Fri", "Wed"; a narrow list) and each time range ("09:00–12:00").
 */
export function slotLineParts(slots: readonly Slot[] | undefined, locale: string, width: WeekdayWidth = 'short'): Array<{ days: string[]; ranges: string[] }> {
  if (!slots?.length) return [];
  // Days per time range…
  const daysByRange = new Map<string, { opens: string; closes: string; days: Set<Weekday> }>();
  for (const slot of slots) {
    const key = `${slot.opens}-${slot.closes}`;
    const entry = daysByRange.get(key) ?? { opens: slot.opens, closes: slot.closes, days: new Set<Weekday>() };
    for (const day of slot.days) entry.days.add(day);
    daysByRange.set(key, entry);
  }
  // …then time ranges per identical set of days.
  const lines = new Map<string, { days: Weekday[]; ranges: Array<{ opens: string; closes: string }> }>();
  for (const { opens, closes, days } of daysByRange.values()) {
    const sorted = WEEKDAYS.filter(day => days.has(day));
    const key = sorted.join(',');
    const line = lines.get(key) ?? { days: sorted, ranges: [] };
    line.ranges.push({ opens, closes });
    lines.set(key, line);
  }
  return [...lines.values()]
    .map(line => ({ ...line, ranges: line.ranges.sort((a, b) => parseTime(a.opens) - parseTime(b.opens)) }))
    .sort((a, b) => WEEKDAYS.indexOf(a.days[0]) - WEEKDAYS.indexOf(b.days[0]) || parseTime(a.ranges[0].opens) - parseTime(b.ranges[0].opens))
    .map(line => ({ days: dayItems(line.days, locale, width), ranges: line.ranges.map(r => formatTimeRange(r.opens, r.closes, locale)) }));
}

/**
 * Weekly slots in one line ("Mon, Wed 10:00–12:00, Fri 14:00–16:00"), lines joined with the
 * locale's list separator; time ranges that share their days are joined with the locale's "and"
 * ("Mo – Fr 09:00–12:00 Uhr und 13:00–17:00 Uhr, Sa 10:00–14:00 Uhr").
 * @example
 * formatSlots([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }], 'de') // "Mo – Fr 09:00–17:00 Uhr"
 */
export function formatSlots(slots: readonly Slot[] | undefined, locale: string, width: WeekdayWidth = 'short'): string {
  return formatSlotLines(slots, locale, width).join(listSeparator(locale));
}

/** The locale's separator between list items that are not the last (", ", "، ", " و"). */
function listSeparator(locale: string): string {
  const options: Intl.ListFormatOptions = { type: 'conjunction', style: 'narrow' };
  const format = cached<Intl.ListFormat>('list', locale, options, () => new Intl.ListFormat(safeLocale(locale), options));
  const parts = format.formatToParts(['a', 'b', 'c']);
  return parts.find(p => p.type === 'literal')?.value ?? ', ';
}

/** {@link formatList} as parts: the items (`element`) and the locale's words between them (`literal`). */
export function formatListParts(items: readonly string[], locale: string, style: Intl.ListFormatStyle = 'long'): Array<{ type: string; value: string }> {
  const options: Intl.ListFormatOptions = { type: 'conjunction', style };
  return cached<Intl.ListFormat>('list', locale, options, () => new Intl.ListFormat(safeLocale(locale), options)).formatToParts(items);
}

/**
 * A list in the locale's words: "a, b and c" (`conjunction`), "a, b or c" (`disjunction`);
 * the `narrow` style is the shortest the locale allows ("Mon, Wed" in English, "Mo und Mi" in German).
 * @example
 * formatList(['Deutsch', 'Arabisch'], 'de') // "Deutsch und Arabisch"
 */
export function formatList(
  items: readonly string[],
  locale: string,
  type: Intl.ListFormatType = 'conjunction',
  style: Intl.ListFormatStyle = 'long',
): string {
  const options: Intl.ListFormatOptions = { type, style };
  return cached('list', locale, options, () => new Intl.ListFormat(safeLocale(locale), options)).format(items);
}

/**
 * A date (an absolute instant) as a calendar date in `timeZone`.
 * @example
 * formatDate(new Date('2026-03-02T09:00:00Z'), 'de', 'Europe/Berlin') // "Mo., 2. März 2026"
 */
export function formatDate(date: Date, locale: string, timeZone: string, style: 'full' | 'long' | 'medium' | 'short' = 'medium'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'full' || style === 'long'
      ? { weekday: style === 'full' ? 'long' : 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone }
      : { dateStyle: style, timeZone };
  return dateTimeFormat(locale, options).format(date);
}

/** Weekday, date and time, for one instant and for spans alike. */
const dateTimeOptions = (timeZone: string): Intl.DateTimeFormatOptions => ({
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone,
});

/**
 * Date and time of an instant in `timeZone` ("Mon, 2 Mar 2026, 10:00").
 * @example
 * formatDateTime(new Date('2026-03-02T09:00:00Z'), 'de', 'Europe/Berlin') // "Mo., 2. März 2026, 10:00"
 */
export function formatDateTime(date: Date, locale: string, timeZone: string): string {
  const parts = dateTimeFormat(locale, dateTimeOptions(timeZone)).formatToParts(date);
  return joinKeepingDayPeriod(parts);
}

/**
 * A span between two instants, sharing what both ends share ("2 Mar 2026, 10:00–12:00").
 * Without `end`, the start alone.
 */
export function formatDateTimeRange(start: Date, end: Date | undefined, locale: string, timeZone: string): string {
  return formatDateTimeRangeParts(start, end, locale, timeZone).map(part => part.value).join('');
}

/** {@link formatDateTimeRange} as parts; `source` says which belong to both ends (`shared`), so the times can be kept together. */
export function formatDateTimeRangeParts(start: Date, end: Date | undefined, locale: string, timeZone: string): Array<{ type: string; value: string; source: string }> {
  const format = dateTimeFormat(locale, dateTimeOptions(timeZone));
  return keepDayPeriod(end && end > start ? format.formatRangeToParts(start, end) : format.formatToParts(start).map(part => ({ ...part, source: 'shared' })));
}

/**
 * "today", "tomorrow", "yesterday" (Intl.RelativeTimeFormat, numeric "auto") for calendar dates
 * within a day of `today`, else the long weekday and date.
 * @param date `YYYY-MM-DD`
 * @param today `YYYY-MM-DD`, today in the feed's time zone
 * @example
 * formatRelativeDay('2026-03-03', '2026-03-02', 'de') // "morgen"
 * formatRelativeDay('2026-03-05', '2026-03-02', 'en') // "Thursday, March 5"
 */
export function formatRelativeDay(date: string, today: string, locale: string): string {
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (Math.abs(days) <= 1) return formatRelative(days, 'day', locale);
  return dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/**
 * Relative time in the locale's words; `0` seconds is "now", `0` days is "today".
 * @example
 * formatRelative(0, 'second', 'de') // "jetzt"
 */
export function formatRelative(value: number, unit: Intl.RelativeTimeFormatUnit, locale: string): string {
  const options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
  return cached('rel', locale, options, () => new Intl.RelativeTimeFormat(safeLocale(locale), options)).format(value, unit);
}

/**
 * Own names that Chromium's trimmed ICU lacks (it answers in English: "Kurdish", "Tigrinya"), for
 * languages of people who come to Welcome Points: a Tigrinya reader looks for ትግርኛ.
 */
const OWN_NAMES: Record<string, string> = {
  ku: 'Kurdî',
  kmr: 'Kurmancî',
  ckb: 'کوردی',
  ti: 'ትግርኛ',
  so: 'Soomaali',
  ps: 'پښتو',
  sq: 'Shqip',
};

/**
 * A language's name. By default in the language itself ("Deutsch", "العربية", "Українська"), so
 * people find their own language whatever the page is in; pass `inLocale` for the page's words.
 * Unknown tags come back unchanged.
 * @example
 * formatLanguage('ar') // "العربية"
 * formatLanguage('ar', 'de') // "Arabisch"
 */
export function formatLanguage(tag: string, inLocale?: string): string {
  const locale = inLocale ?? tag;
  if (!inLocale && OWN_NAMES[tag]) return OWN_NAMES[tag];
  try {
    const options: Intl.DisplayNamesOptions = { type: 'language', languageDisplay: 'standard' };
    const name = cached('lang', locale, options, () => new Intl.DisplayNames([locale], options)).of(tag);
    if (!name) return tag;
    // Own-language names start lower-case in some languages ("español"); in a list of choices they read as names.
    return inLocale ? name : name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
