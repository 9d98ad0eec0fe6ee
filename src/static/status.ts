// SPDX-License-Identifier: EUPL-1.2
/**
 * Hours as a static page states them. A page is read long after it was made, so it never says
 * "open now": it gives today's hours (labelled with the build date on the page), or the state
 * that overrides them (closure, temporarily closed, not open yet, hours unknown).
 */
import { addDays, pointOpeningState, slotsOn } from '../feed/hours.js';
import type { Holiday } from '../feed/hours.js';
import type { Closure, WelcomePoint } from '../feed/schema.js';
import { formatFeedDate, formatOpening } from '../i18n/format-opening.js';
import { formatList, formatTimeRange } from '../i18n/format-schedule.js';
import { remember, text } from './context.js';
import type { PageContext } from './context.js';
import { strings } from './strings.js';

export interface TodayStatus {
  tone: 'open' | 'closed' | 'unknown' | 'inactive';
  text: string;
}

/**
 * Closed for good or for now (status, validFrom/validUntil): like the widgets' cards, a page then
 * shows the state, not opening hours that do not hold.
 */
export const isInactive = (ctx: PageContext, point: WelcomePoint): boolean => todayStatus(ctx, point).tone === 'inactive';

/** "Today: 09:00–17:00 Uhr", "Today: closed", "Closed today · opens tomorrow at 10:00", … */
export function todayStatus(ctx: PageContext, point: WelcomePoint): TodayStatus {
  // the index, the district page and the point page all show it
  return remember(ctx, `status|${point.id}`, () => statusOf(ctx, point));
}

function statusOf(ctx: PageContext, point: WelcomePoint): TodayStatus {
  const state = pointOpeningState(point, ctx.now, ctx.timeZone, ctx.holidays);
  if (state.state === 'open' || state.state === 'closed') {
    const ranges = state.today.map(slot => remember(ctx, `range|${slot.opens}|${slot.closes}`, () => formatTimeRange(slot.opens, slot.closes, ctx.lang)));
    return ranges.length
      ? { tone: 'open', text: `${strings.today()}: ${formatList(ranges, ctx.lang)}` }
      : { tone: 'closed', text: `${strings.today()}: ${strings.closedToday()}` };
  }
  const label = formatOpening(point, state, ctx.now, ctx.lang, ctx.timeZone);
  const status = state.holiday ? `${label.status} (${text(ctx, state.holiday.name).text})` : label.status;
  return { tone: label.tone === 'open' ? 'open' : label.tone, text: label.detail ? `${status} · ${label.detail}` : status };
}

/**
 * Public holidays within `days` from today on which the point would otherwise be open (a
 * holiday on a day it is closed anyway is no news); none for `openOnHolidays` points.
 */
export function upcomingHolidays(ctx: PageContext, point: WelcomePoint, days: number): Holiday[] {
  if (!ctx.holidays || point.openOnHolidays || !point.openingHours?.length) return [];
  const found: Holiday[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(ctx.today, i);
    const holiday = ctx.holidays(date);
    if (holiday && slotsOn(point.openingHours, date).length) found.push(holiday);
  }
  return found;
}

/** Closures that are not over yet, earliest first. */
export function upcomingClosures(ctx: PageContext, point: WelcomePoint): Closure[] {
  return (point.closures ?? []).filter(c => c.to >= ctx.today).sort((a, b) => a.from.localeCompare(b.from));
}

/** "24 December to 1 January", or one date. */
export function closureDates(ctx: PageContext, closure: Pick<Closure, 'from' | 'to'>): string {
  const from = formatFeedDate(closure.from, ctx.lang);
  const to = formatFeedDate(closure.to, ctx.lang);
  return from === to ? from : strings.closureRange(from, to);
}
