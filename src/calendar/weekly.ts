// SPDX-License-Identifier: EUPL-1.2
/**
 * When a weekly slot is held, for the calendar export (ics.ts): its first occurrence, its end,
 * and the dates it does not take place (closures of its point, public holidays). The same in
 * every language, so calendars in several languages (the static edition writes one for each)
 * work it out once per slot.
 */
import type { Slot, WelcomePoint } from '../feed/schema.js';
import { addDays, closureOn, timeToMinutes, weekdayOf } from '../feed/hours.js';
import type { HolidayLookup } from '../feed/hours.js';
import type { CalendarEvent } from './ics.js';

/** Closures and holidays further ahead than this are not listed as EXDATEs (they would only bloat the file). */
const EXCEPTION_HORIZON_DAYS = 400;

const holidayDates = new WeakMap<HolidayLookup, { today: string; dates: string[] }>();

/**
 * The public holidays from `today` to the exception horizon. Asking the lookup day by day for
 * every slot cost 400 date computations per slot: a calendar of all offers of a big feed (and the
 * static edition, one per point and language) spent most of its time there.
 */
export function holidaysAhead(lookup: HolidayLookup | undefined, today: string): readonly string[] {
  if (!lookup) return NO_HOLIDAYS;
  const known = holidayDates.get(lookup);
  if (known?.today === today) return known.dates;
  const dates: string[] = [];
  const last = addDays(today, EXCEPTION_HORIZON_DAYS);
  for (let day = today; day <= last; day = addDays(day, 1)) if (lookup(day)) dates.push(day);
  holidayDates.set(lookup, { today, dates });
  return dates;
}

type WeeklyTiming = Pick<CalendarEvent, 'start' | 'end' | 'weekly' | 'exceptions'> | undefined;

export const NO_HOLIDAYS: readonly string[] = [];
const timings = new WeakMap<Slot, { today: string; point: WelcomePoint | undefined; holidays: readonly string[]; timing: WeeklyTiming }>();

/**
 * When a slot is held: the same in every language, so a calendar per language (the static
 * edition writes one for each) works it out once.
 */
export function weeklyEvent(slot: Slot, today: string, point: WelcomePoint | undefined, holidays: readonly string[]): WeeklyTiming {
  const known = timings.get(slot);
  if (known && known.today === today && known.point === point && known.holidays === holidays) return known.timing;
  const timing = weeklyTiming(slot, today, addDays(today, EXCEPTION_HORIZON_DAYS), point, holidays);
  timings.set(slot, { today, point, holidays, timing });
  return timing;
}

function weeklyTiming(
  slot: Slot,
  today: string,
  horizon: string,
  point: WelcomePoint | undefined,
  holidays: readonly string[],
): WeeklyTiming {
  let date = slot.validFrom && slot.validFrom > today ? slot.validFrom : today;
  // DTSTART must be an occurrence of the rule, so move to the first day the slot is held.
  for (let i = 0; i < 7 && !slot.days.includes(weekdayOf(date)); i++) date = addDays(date, 1);
  const until = [slot.validUntil, point?.validUntil].filter((d): d is string => !!d).sort()[0];
  if (until && date > until) return undefined;
  const exceptions: string[] = [];
  for (const closure of point?.closures ?? []) {
    const last = [closure.to, until, horizon].filter((d): d is string => !!d).sort()[0];
    for (let day = closure.from < date ? date : closure.from; day <= last; day = addDays(day, 1)) {
      if (slot.days.includes(weekdayOf(day)) && closureOn(day, [closure])) exceptions.push(day);
    }
  }
  const last = [until, horizon].filter((d): d is string => !!d).sort()[0];
  for (const day of holidays) {
    if (date <= day && day <= last && slot.days.includes(weekdayOf(day))) exceptions.push(day);
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
