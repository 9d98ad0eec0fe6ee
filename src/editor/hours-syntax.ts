// SPDX-License-Identifier: EUPL-1.2
/**
 * Weekly hours as a person types them in a spreadsheet cell, and back:
 *
 *   Mo-Fr 09:00-17:00; Sa 10:00-14:00
 *   Mo, Di 10:00-12:30, 13:30-16:00; Mi 13:00-17:00 from 2026-01-01 until 2026-06-30
 *
 * Slots are separated by `;` (or line breaks); each has days, one or more time ranges, and an
 * optional `from`/`until` (German `ab`/`bis`). Day names may be English or German, short or long.
 * `format` writes English two-letter days and always gives text that `parse` reads back into
 * the same slots (day order included), which the CSV round trip relies on.
 */
import type { Slot, Weekday } from '../feed/schema.js';
import { isoDateOf } from './dates.js';
import type { Bilingual } from './problems.js';

const WEEK: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const LABEL: Record<Weekday, string> = { mo: 'Mo', tu: 'Tu', we: 'We', th: 'Th', fr: 'Fr', sa: 'Sa', su: 'Su' };

/** Every spelling a day may have: full names, three and two letters, English and German. */
const DAY_NAMES = new Map<string, Weekday>();
const FULL: [Weekday, string[]][] = [
  ['mo', ['monday', 'montag']],
  ['tu', ['tuesday', 'dienstag']],
  ['we', ['wednesday', 'mittwoch']],
  ['th', ['thursday', 'donnerstag']],
  ['fr', ['friday', 'freitag']],
  ['sa', ['saturday', 'samstag', 'sonnabend']],
  ['su', ['sunday', 'sonntag']],
];
for (const [day, names] of FULL) {
  for (const name of names) for (const length of [name.length, 3, 2]) DAY_NAMES.set(name.slice(0, length), day);
}

/** Result of {@link parseHours}: the slots, or the first thing that is wrong, said for a person. */
export type HoursResult = { ok: true; slots: Slot[] } | { ok: false; error: Bilingual };

/** `9:30`, `09.30`, or a full hour alone (`Mo 10-12`, `Di 9-12 Uhr`), as people write hours. */
const TIME = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s*uhr)?$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseTime(text: string): string | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = match[2] ?? '00';
  if (Number(minutes) > 59 || hours > 24 || (hours === 24 && minutes !== '00')) return undefined;
  return `${String(hours).padStart(2, '0')}:${minutes}`;
}

function parseDays(text: string): Weekday[] | Bilingual {
  const days: Weekday[] = [];
  for (const part of text.replace(/\s*[-–]\s*/g, '-').split(/\s*,\s*|\s+/).filter(Boolean)) {
    const range = part.split(/\s*[-–]\s*/);
    const resolved = range.map(name => DAY_NAMES.get(name.toLowerCase().replace(/\.$/, '')));
    const unknown = range.find((_, index) => !resolved[index]);
    if (unknown !== undefined || range.length > 2) {
      return { en: `${JSON.stringify(part)} is not a day (Mo, Tu, We, Th, Fr, Sa, Su or Mo, Di, Mi, Do, Fr, Sa, So)`, de: `${JSON.stringify(part)} ist kein Wochentag (Mo, Di, Mi, Do, Fr, Sa, So oder Mo, Tu, We, Th, Fr, Sa, Su)` };
    }
    if (range.length === 1) {
      days.push(resolved[0]!);
      continue;
    }
    // A range runs forward through the week, so Sa-Mo is Saturday, Sunday, Monday.
    const start = WEEK.indexOf(resolved[0]!);
    const end = WEEK.indexOf(resolved[1]!);
    for (let i = start; ; i = (i + 1) % 7) {
      days.push(WEEK[i]);
      if (i === end) break;
    }
  }
  return days.length ? days : { en: 'names no day', de: 'nennt keinen Wochentag' };
}

function parseSlotGroup(text: string): Slot[] | Bilingual {
  const tokens = text.trim().split(/\s+/);
  const first = tokens.findIndex(token => /^\d/.test(token));
  if (first === 0) return { en: 'starts with a time; put the days first, e.g. "Mo-Fr 09:00-17:00"', de: 'beginnt mit einer Uhrzeit; schreiben Sie die Tage zuerst, z. B. „Mo-Fr 09:00-17:00“' };
  if (first < 0) return { en: 'has no time, e.g. "Mo-Fr 09:00-17:00"', de: 'enthält keine Uhrzeit, z. B. „Mo-Fr 09:00-17:00“' };
  const days = parseDays(tokens.slice(0, first).join(' '));
  if (!Array.isArray(days)) return days;
  const rest = tokens.slice(first).join(' ');
  // `bis` before a date ends the validity, before an hour the time range ("Mo 9 bis 12").
  const validity = /\s+(from|ab|until|bis)\s+(?=\d{4}-|\d{1,2}\.\d{1,2}\.\d{4}).*$/i.exec(rest);
  const times = validity ? rest.slice(0, validity.index) : rest;
  const extra: Pick<Slot, 'validFrom' | 'validUntil'> = {};
  if (validity) {
    const words = validity[0].trim().split(/\s+/);
    for (let i = 0; i < words.length; i += 2) {
      const word = words[i].toLowerCase();
      const date = words[i + 1] && isoDateOf(words[i + 1]);
      if (!['from', 'ab', 'until', 'bis'].includes(word) || !date) {
        const period = JSON.stringify(validity[0].trim());
        return { en: `cannot read ${period}; write "from 2026-01-01 until 2026-06-30"`, de: `${period} ist nicht lesbar; schreiben Sie „ab 2026-01-01 bis 2026-06-30“` };
      }
      if (!DATE.test(date)) return { en: `${date} is not a date (YYYY-MM-DD)`, de: `${date} ist kein Datum (JJJJ-MM-TT)` };
      extra[word === 'from' || word === 'ab' ? 'validFrom' : 'validUntil'] = date;
    }
  }
  const slots: Slot[] = [];
  for (const range of times.split(/\s*,\s*/)) {
    const ends = range.split(/\s*[-–]\s*|\s+bis\s+/i);
    if (ends.length !== 2) return { en: `${JSON.stringify(range)} is not a time range (HH:MM-HH:MM)`, de: `${JSON.stringify(range)} ist keine Zeitspanne (HH:MM-HH:MM)` };
    const [opens, closes] = ends.map(parseTime);
    if (!opens) return { en: `${ends[0]} is not a time`, de: `${ends[0]} ist keine Uhrzeit` };
    if (!closes) return { en: `${ends[1]} is not a time`, de: `${ends[1]} ist keine Uhrzeit` };
    if (closes <= opens) return { en: `${closes} is not later than ${opens} (split a slot across midnight into two days)`, de: `${closes} ist nicht später als ${opens} (teilen Sie eine Zeit über Mitternacht auf zwei Tage auf)` };
    slots.push({ days: [...days], opens, closes, ...extra });
  }
  return slots;
}

/**
 * Reads hours typed in a cell. An empty cell gives no slots.
 * @example
 * parseHours('Mo-Fr 9:00-17:00') // { ok: true, slots: [{ days: ['mo','tu','we','th','fr'], opens: '09:00', closes: '17:00' }] }
 * parseHours('Mo 25:00-26:00')   // { ok: false, error: { en: '25:00 is not a time', de: '25:00 ist keine Uhrzeit' } }
 */
export function parseHours(text: string): HoursResult {
  const slots: Slot[] = [];
  for (const group of text.split(/\s*[;\n]\s*/).filter(part => part.trim())) {
    const result = parseSlotGroup(group);
    if (!Array.isArray(result)) return { ok: false, error: result };
    slots.push(...result);
  }
  return { ok: true, slots };
}

function formatDays(days: readonly Weekday[]): string {
  const parts: string[] = [];
  for (let i = 0; i < days.length; ) {
    let end = i;
    while (end + 1 < days.length && WEEK.indexOf(days[end + 1]) === WEEK.indexOf(days[end]) + 1) end++;
    // Two days read better as a list; three or more as a range.
    if (end - i >= 2) {
      parts.push(`${LABEL[days[i]]}-${LABEL[days[end]]}`);
      i = end + 1;
    } else {
      parts.push(LABEL[days[i]]);
      i++;
    }
  }
  return parts.join(', ');
}

/**
 * Writes slots in the syntax {@link parseHours} reads, one `;`-separated group per slot.
 * @example
 * formatHours([{ days: ['mo','tu','we'], opens: '09:00', closes: '12:00' }]) // 'Mo-We 09:00-12:00'
 */
export function formatHours(slots: readonly Slot[]): string {
  return slots
    .map(slot => {
      let text = `${formatDays(slot.days)} ${slot.opens}-${slot.closes}`;
      if (slot.validFrom) text += ` from ${slot.validFrom}`;
      if (slot.validUntil) text += ` until ${slot.validUntil}`;
      return text;
    })
    .join('; ');
}
