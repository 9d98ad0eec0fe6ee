// SPDX-License-Identifier: EUPL-1.2
/**
 * The VTIMEZONE block RFC 5545 asks for every TZID a calendar file uses, for the feed's zone.
 * Pure, no DOM.
 */
import { pad, utcStamp } from './stamps.js';

/**
 * Central European Time as clients know it: the EU rule (last Sunday of March 01:00 UTC →
 * CEST, last Sunday of October 01:00 UTC → CET) since 1996.
 */
const CENTRAL_EUROPE = [
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
];

/**
 * The VTIMEZONE block for a zone. Europe/Berlin (and zones that follow it exactly in the years
 * used) get the usual rule-based definition; any other zone gets its real transitions in those
 * years, read from `Intl`, as explicit observances.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const key = `${timeZone}|${fromYear}|${toYear}`;
  let lines = vtimezones.get(key);
  if (!lines) {
    lines = buildVtimezone(timeZone, fromYear, toYear);
    vtimezones.set(key, lines);
  }
  return lines;
}

/** Reading a zone's transitions from Intl is slow; a page or a static build asks for the same years again and again. */
const vtimezones = new Map<string, string[]>();

function buildVtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const transitions = zoneTransitions(timeZone, fromYear - 1, toYear + 1);
  const body = followsCentralEurope(timeZone, fromYear - 1, toYear + 1, transitions) ? CENTRAL_EUROPE : observances(timeZone, fromYear - 1, transitions);
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...body, 'END:VTIMEZONE'];
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetMinutes(ms: number, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(ms);
  const name = parts.find(p => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/**
 * Offset changes between the start of `fromYear` and the end of `toYear`: weekly probes, then a
 * binary search to the minute (no zone changes its offset twice within a week).
 */
function zoneTransitions(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const result: Transition[] = [];
  const DAY = 7 * 86_400_000;
  let t = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  let offset = offsetMinutes(t, timeZone);
  while (t < end) {
    const next = t + DAY;
    const nextOffset = offsetMinutes(next, timeZone);
    if (nextOffset !== offset) {
      let low = t;
      let high = next;
      while (high - low > 60_000) {
        const mid = Math.floor((low + high) / 2 / 60_000) * 60_000;
        if (offsetMinutes(mid, timeZone) === offset) low = mid;
        else high = mid;
      }
      result.push({ at: high, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return result;
}

function followsCentralEurope(timeZone: string, fromYear: number, toYear: number, transitions: Transition[]): boolean {
  if (offsetMinutes(Date.UTC(fromYear, 0, 15), timeZone) !== 60) return false;
  const expected: Transition[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    expected.push({ at: lastSundayUtc(year, 2), from: 60, to: 120 }, { at: lastSundayUtc(year, 9), from: 120, to: 60 });
  }
  return (
    expected.length === transitions.length &&
    expected.every((e, i) => e.at === transitions[i].at && e.from === transitions[i].from && e.to === transitions[i].to)
  );
}

/** 01:00 UTC on the last Sunday of a month (0-based). */
function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

function observances(timeZone: string, fromYear: number, transitions: Transition[]): string[] {
  const formatOffset = (minutes: number) =>
    `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
  const localStamp = (ms: number, offset: number) => utcStamp(new Date(ms + offset * 60_000)).slice(0, 15);
  if (!transitions.length) {
    const offset = offsetMinutes(Date.UTC(fromYear, 0, 1), timeZone);
    return [
      'BEGIN:STANDARD',
      `TZOFFSETFROM:${formatOffset(offset)}`,
      `TZOFFSETTO:${formatOffset(offset)}`,
      `DTSTART:${fromYear}0101T000000`,
      'END:STANDARD',
    ];
  }
  return transitions.flatMap(({ at, from, to }) => {
    const kind = to > from ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      // DTSTART of an observance is the local time before the change (RFC 5545 3.6.5).
      `DTSTART:${localStamp(at, from)}`,
      `END:${kind}`,
    ];
  });
}
