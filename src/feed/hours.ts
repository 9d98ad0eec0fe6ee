// SPDX-License-Identifier: EUPL-1.2
/**
 * Opening hours in the feed's time zone. Slots are wall-clock times ("Mon 09:00–17:00 in
 * Düsseldorf"), so every check first turns the absolute instant into the local date, weekday
 * and minute via `Intl`, never via a fixed UTC offset: on the DST weekends an offset would put
 * every opening an hour off. Pure functions, no DOM; only types come from the schema so this
 * module stays out of the validator chunk.
 */
import type { Closure, Slot, Text, Weekday, WelcomeFeed, WelcomePoint } from './schema.js';

/** A public holiday: its date and its name (German, as official lists give it, and English). */
export interface Holiday {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `{ de: '1. Weihnachtstag', en: 'Christmas Day' }`; resolve it with `resolveText`. */
  name: Text;
}

/** The holiday on a date (`YYYY-MM-DD`), or undefined on a working day. */
export type HolidayLookup = (date: string) => Holiday | undefined;

/**
 * Where the validator leaves a feed's holiday lookup: a registered symbol, so the validator
 * chunk and the views need no shared module (an extra chunk) to hand it over, and a
 * non-enumerable property, which JSON and structuredClone leave out.
 */
export const HOLIDAYS_KEY = Symbol.for('welcome-widgets.holidays');

/**
 * The public holidays of a feed's `meta.holidays` region, once the feed has been validated
 * (`validateFeed`/`loadFeed` attach them); undefined when the feed names no (known) region.
 * The rules live in the validator chunk; this is only the hand-over, so widgets stay small.
 * @example
 * const holidays = feedHolidays(feed);
 * pointOpeningState(point, new Date(), feed.meta.timeZone, holidays);
 */
export function feedHolidays(feed: WelcomeFeed): HolidayLookup | undefined {
  return (feed as { [HOLIDAYS_KEY]?: HolidayLookup })[HOLIDAYS_KEY];
}

/**
 * The holiday that closes an entry on `date`: none when there are no holiday rules or the
 * entry is `openOnHolidays`.
 */
export function holidayOn(date: string, holidays: HolidayLookup | undefined, openOnHolidays?: boolean): Holiday | undefined {
  return openOnHolidays ? undefined : holidays?.(date);
}

/** A local wall-clock moment in a time zone. */
export interface ZonedMoment {
  /** Local calendar date, `YYYY-MM-DD`. */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight (0–1439). */
  minutes: number;
}

/** Where a Welcome Point stands at one moment, for "open now · until 17:00" badges. */
export interface OpeningState {
  /**
   * `open`/`closed` by the weekly hours; `unknown` when the feed has no hours (never read that
   * as closed); `closure` when a closures entry or a public holiday ({@link holiday}) covers
   * today; `inactive` when the point's status
   * is `closed`/`temporarilyClosed` or today lies outside its validFrom/validUntil.
   */
  state: 'open' | 'closed' | 'unknown' | 'closure' | 'inactive';
  /** When open: the end of the current opening (touching slots such as 10–12 and 12–14 count as one). */
  closesAt?: Date;
  /** When not open: the next opening within 14 days. */
  next?: Date;
  /** The slots that apply today, sorted by opening time (for "today 10:00–14:00"). */
  today: Slot[];
  /** The closure in effect today. */
  closure?: Closure;
  /** The public holiday that closes the point today (when no closures entry does), for "Closed today — public holiday (Christmas Day)". */
  holiday?: Holiday;
}

const WEEKDAYS: readonly Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];
const DAY_MS = 86_400_000;
/** How far {@link nextOpening} looks ahead; two weeks cover holidays and fortnightly slots. */
const LOOKAHEAD_DAYS = 14;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // Formatting is the only portable way to read a zone's wall clock before Temporal; the
    // formatter is cached because constructing one costs far more than using it.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The last instant asked for and its answer: a list asks once per point for the same "now". */
let lastKey = '';
let lastWall = 0;

/** The zone's wall clock at `ms`, as if that wall clock were UTC (milliseconds, seconds precision). */
function wallClockMs(ms: number, timeZone: string): number {
  const key = `${ms} ${timeZone}`;
  if (key === lastKey) return lastWall;
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  lastKey = key;
  return (lastWall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second));
}

/** Offset of the zone from UTC at instant `ms`, in milliseconds (e.g. +7 200 000 in Berlin summer). */
function offsetMs(ms: number, timeZone: string): number {
  return wallClockMs(Math.floor(ms / 1000) * 1000, timeZone) - Math.floor(ms / 1000) * 1000;
}

/** `YYYY-MM-DD` of a UTC-based day number. */
function isoDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** Day after/before `date` (`YYYY-MM-DD`), by calendar arithmetic that ignores time zones. */
export function addDays(date: string, days: number): string {
  return isoDate(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

/** Weekday of a calendar date. */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/**
 * The local date, weekday and minute of an instant in an IANA time zone.
 * @example
 * zonedMoment(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin')
 * // { date: '2026-03-29', weekday: 'su', minutes: 210 }  (03:30 CEST, just after the switch)
 */
export function zonedMoment(at: Date, timeZone: string): ZonedMoment {
  const wall = wallClockMs(at.getTime(), timeZone);
  const date = isoDate(wall);
  return { date, weekday: weekdayOf(date), minutes: Math.floor((wall % DAY_MS) / 60_000) };
}

/**
 * The absolute instant of a wall-clock time in a zone. Like Temporal's `compatible`
 * disambiguation: a time skipped by the spring switch (02:30) moves forward by the gap (03:30),
 * a time repeated in autumn takes its first occurrence.
 * @example
 * zonedDate('2026-07-01', 9 * 60, 'Europe/Berlin').toISOString() // '2026-07-01T07:00:00.000Z'
 */
export function zonedDate(date: string, minutes: number, timeZone: string): Date {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const wall = midnight + minutes * 60_000;
  // Almost every day has one offset all day long; knowing it per day saves the Intl calls that
  // dominate when a feed has hundreds of dated events.
  const steady = steadyOffset(date, midnight, timeZone);
  if (steady !== undefined && minutes >= 0 && minutes <= 24 * 60) return new Date(wall - steady);
  const before = offsetMs(wall - DAY_MS, timeZone);
  const after = offsetMs(wall + DAY_MS, timeZone);
  if (before === after) return new Date(wall - before);
  const candidates = [wall - before, wall - after].filter(ms => offsetMs(ms, timeZone) === wall - ms);
  // Overlap: both candidates exist, take the earlier. Gap: none does; shift by the pre-switch offset.
  return new Date(candidates.length ? Math.min(...candidates) : wall - before);
}

const steadyOffsets = new Map<string, number | undefined>();

/** The zone's offset on `date` when it does not change from the day before to the day after. */
function steadyOffset(date: string, midnight: number, timeZone: string): number | undefined {
  const key = `${timeZone} ${date}`;
  if (steadyOffsets.has(key)) return steadyOffsets.get(key);
  const before = offsetMs(midnight - DAY_MS, timeZone);
  const after = offsetMs(midnight + 2 * DAY_MS, timeZone);
  const offset = before === after ? before : undefined;
  // A page lives for days at most; a few thousand entries cover any feed's dates.
  if (steadyOffsets.size > 5000) steadyOffsets.clear();
  steadyOffsets.set(key, offset);
  return offset;
}

/** Minutes since midnight of an `HH:MM` time (`24:00` → 1440). */
export function timeToMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The closure covering `date`, if any. */
export function closureOn(date: string, closures: readonly Closure[] | undefined): Closure | undefined {
  return closures?.find(closure => closure.from <= date && date <= closure.to);
}

/** Slots that apply on a date (weekday and validity range), sorted by opening time. */
export function slotsOn(slots: readonly Slot[] | undefined, date: string, weekday: Weekday = weekdayOf(date)): Slot[] {
  if (!slots) return [];
  return slots
    .filter(
      slot =>
        slot.days.includes(weekday) &&
        (!slot.validFrom || slot.validFrom <= date) &&
        (!slot.validUntil || date <= slot.validUntil),
    )
    .sort((a, b) => timeToMinutes(a.opens) - timeToMinutes(b.opens));
}

/** A slot with its days as a bit mask and times as minutes, so hot loops compare numbers. */
export interface CompiledSlot {
  /** Bit `1 << n` for weekday n (0 = Sunday), as `Date#getUTCDay` counts. */
  days: number;
  opens: number;
  closes: number;
  validFrom?: string;
  validUntil?: string;
}

/** Bit of a weekday in {@link CompiledSlot.days}. */
export const dayBit = (weekday: Weekday): number => 1 << WEEKDAYS.indexOf(weekday);

/**
 * Pre-parses slots for repeated checks (the query index does this once per feed).
 * @example
 * compileSlots([{ days: ['mo'], opens: '09:00', closes: '12:00' }]) // [{ days: 2, opens: 540, closes: 720 }]
 */
export function compileSlots(slots: readonly Slot[] | undefined): CompiledSlot[] {
  return (slots ?? []).map(slot => ({
    days: slot.days.reduce((mask, day) => mask | dayBit(day), 0),
    opens: timeToMinutes(slot.opens),
    closes: timeToMinutes(slot.closes),
    validFrom: slot.validFrom,
    validUntil: slot.validUntil,
  }));
}

/** Whether a compiled slot applies on a date with the given weekday bit. */
export const appliesOn = (slot: CompiledSlot, date: string, bit: number): boolean =>
  (slot.days & bit) !== 0 && (!slot.validFrom || slot.validFrom <= date) && (!slot.validUntil || date <= slot.validUntil);

/** Open by compiled slots at a moment, ignoring closures (the caller checks those once). */
export function openInSlots(slots: readonly CompiledSlot[], moment: ZonedMoment, bit = dayBit(moment.weekday)): boolean {
  for (const slot of slots) {
    if (slot.opens <= moment.minutes && moment.minutes < slot.closes && appliesOn(slot, moment.date, bit)) return true;
  }
  return false;
}

/**
 * Same as {@link isOpenAt} for an already computed moment; lets a filter over thousands of
 * offers ask `Intl` for the wall clock once instead of once per offer.
 */
export function isOpenAtMoment(
  slots: readonly Slot[] | undefined,
  moment: ZonedMoment,
  closures?: readonly Closure[],
  holidays?: HolidayLookup,
): boolean | undefined {
  if (closureOn(moment.date, closures) || holidays?.(moment.date)) return false;
  if (!slots?.length) return undefined;
  return openInSlots(compileSlots(slots), moment);
}

/**
 * Whether weekly slots are open at an instant, in the feed's time zone. `undefined` when there
 * are no slots at all, because missing hours mean "unknown", never "closed"; a closure day or
 * a public holiday (pass `holidays` unless the entry is `openOnHolidays`) is `false` even then.
 * Slot `validFrom`/`validUntil` are respected.
 * @example
 * const slots = [{ days: ['mo'], opens: '09:00', closes: '12:00' }];
 * isOpenAt(slots, new Date('2026-11-02T09:30:00Z'), 'Europe/Berlin') // true (10:30 local)
 * isOpenAt(undefined, new Date(), 'Europe/Berlin')                     // undefined
 */
export function isOpenAt(
  slots: Slot[] | undefined,
  at: Date,
  timeZone: string,
  closures?: Closure[],
  holidays?: HolidayLookup,
): boolean | undefined {
  return isOpenAtMoment(slots, zonedMoment(at, timeZone), closures, holidays);
}

/**
 * The next time a slot opens, strictly after the current minute, skipping closure days and
 * holidays (when `holidays` is given); `undefined` when nothing opens within 14 days or there
 * are no slots.
 * @example
 * // Friday 18:00 in Berlin, open Mondays 09:00–12:00 → Monday 09:00 local
 * nextOpening(slots, new Date('2026-10-30T17:00:00Z'), 'Europe/Berlin') // 2026-11-02T08:00:00Z
 */
export function nextOpening(
  slots: Slot[] | undefined,
  from: Date,
  timeZone: string,
  closures?: Closure[],
  holidays?: HolidayLookup,
): Date | undefined {
  if (!slots?.length) return undefined;
  const now = zonedMoment(from, timeZone);
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const date = offset ? addDays(now.date, offset) : now.date;
    if (closureOn(date, closures) || holidays?.(date)) continue;
    const opening = slotsOn(slots, date).find(slot => offset > 0 || timeToMinutes(slot.opens) > now.minutes);
    if (opening) return zonedDate(date, timeToMinutes(opening.opens), timeZone);
  }
  return undefined;
}

/**
 * Whether a point exists on `date` (`YYYY-MM-DD` in the feed's zone): not `closed` and inside
 * validFrom/validUntil. `temporarilyClosed` still counts (it comes back). The offers of a point
 * that is not current do not take place: the offer list and the static edition leave them out,
 * and `welcome-feed lint` points at them.
 */
export function isCurrentPoint(point: WelcomePoint, date: string): boolean {
  return point.status !== 'closed' && !(point.validFrom && date < point.validFrom) && !(point.validUntil && date > point.validUntil);
}

/**
 * Everything a widget needs for a point's opening badge at one moment. With `holidays`
 * (from {@link feedHolidays}), a public holiday is a closed day unless the point is
 * `openOnHolidays`: the state is `closure` with {@link OpeningState.holiday} set, and `next`
 * skips holidays.
 * @example
 * const state = pointOpeningState(point, new Date(), feed.meta.timeZone, feedHolidays(feed));
 * if (state.state === 'open') show(`open until ${format(state.closesAt)}`);
 * if (state.holiday) show(`public holiday (${resolveText(state.holiday.name, lang, 'de').text})`);
 */
export function pointOpeningState(point: WelcomePoint, at: Date, timeZone: string, holidays?: HolidayLookup): OpeningState {
  const now = zonedMoment(at, timeZone);
  const today = slotsOn(point.openingHours, now.date, now.weekday);
  if (point.status === 'temporarilyClosed' || !isCurrentPoint(point, now.date)) return { state: 'inactive', today: [] };
  const dayOff = point.openOnHolidays ? undefined : holidays;
  const next = () => nextOpening(point.openingHours, at, timeZone, point.closures, dayOff);
  const closure = closureOn(now.date, point.closures);
  if (closure) return { state: 'closure', closure, today: [], next: next() };
  const holiday = dayOff?.(now.date);
  if (holiday) return { state: 'closure', holiday, today: [], next: next() };
  if (!point.openingHours?.length) return { state: 'unknown', today: [] };
  const current = today.find(slot => timeToMinutes(slot.opens) <= now.minutes && now.minutes < timeToMinutes(slot.closes));
  if (!current) return { state: 'closed', today, next: next() };
  // A lunch-break-free day is often written as touching slots (10–12, 12–14): report the end of the run.
  let closes = timeToMinutes(current.closes);
  for (const slot of today) {
    if (timeToMinutes(slot.opens) <= closes && timeToMinutes(slot.closes) > closes) closes = timeToMinutes(slot.closes);
  }
  return { state: 'open', today, closesAt: zonedDate(now.date, closes, timeZone) };
}

/** Whether a feed date-time carries its own offset (`Z`, `+01:00`); without one it is wall-clock time in the feed's zone. */
export const hasOffset = (value: string): boolean => /(Z|[+-]\d{2}:?\d{2})$/.test(value);

/** A feed date-time as an instant: with an offset absolute, without one wall-clock time in the feed's zone. */
export function eventInstant(value: string, timeZone: string): Date {
  if (hasOffset(value)) return new Date(value);
  return zonedDate(value.slice(0, 10), timeToMinutes(value.slice(11, 16)), timeZone);
}

/** An event without an `end` counts as running this long (a typical session). */
export const DEFAULT_EVENT_MS = 2 * 3_600_000;

/** A dated event's start and end (epoch ms); one without `end` lasts {@link DEFAULT_EVENT_MS}. */
export function eventSpan(date: { start: string; end?: string }, instant: (value: string) => number): [number, number] {
  const from = instant(date.start);
  return [from, date.end ? instant(date.end) : from + DEFAULT_EVENT_MS];
}

/**
 * Whether something of an offer is still to come after `now` (epoch ms): a dated event not yet over,
 * or a weekly slot valid `today` or later. Neither schedule nor dates: an open-ended listing, current.
 * The list filter and the card's "ended" note both ask this, so they never disagree.
 */
export function stillToCome(slots: ReadonlyArray<{ validUntil?: string }>, spans: ReadonlyArray<readonly [number, number]>, today: string, now: number): boolean {
  if (!slots.length && !spans.length) return true;
  return spans.some(([, end]) => end > now) || slots.some(slot => !slot.validUntil || slot.validUntil >= today);
}
