// SPDX-License-Identifier: EUPL-1.2
/**
 * Public holidays of the 16 German Länder (ISO 3166-2 codes `DE-BW` … `DE-TH`, plus `DE` for the
 * nine nationwide days), correct for 2000–2100.
 *
 * Why our own rules and not feiertagejs: the library adds Reformation Day in Bremen, Hamburg,
 * Lower Saxony and Schleswig-Holstein for every year (it became a holiday there in 2018), lacks
 * Berlin's one-off Liberation Day (2020, 2025) and Hesse's Easter and Whit Sundays, and costs
 * ~6 KB gzip; these rules are under 1 KB and date the law changes. Only holidays of a whole Land
 * count: days of single towns or communities (Augsburg's Peace Festival, Corpus Christi in parts
 * of Saxony and Thuringia) are not closed days for a city's feed. Assumption Day counts for
 * Bavaria because it is a holiday in most of its communities, including every large city.
 *
 * A chunk of its own, imported by `validateFeedAsync` (the feed-loading path) only when a feed
 * sets `meta.holidays`, so the rules reach neither a widget entry nor the validator chunk;
 * widgets see them through `feedHolidays()` in `hours.ts`.
 */
import type { Holiday, HolidayLookup } from './hours.js';
import { HOLIDAY_REGIONS } from './holiday-regions.js';

export { HOLIDAY_REGIONS };

interface Rule {
  de: string;
  en: string;
  /** `MM-DD` for a fixed date, a number for days after Easter Sunday, `bbt` for Repentance Day. */
  day: string | number;
  /** Länder (without `DE-`) where it applies; omitted = everywhere. */
  lands?: string;
  /** The first year it applies. */
  since?: number;
  /** It applies only in these years (one-off holidays). */
  years?: number[];
}

const RULES: Rule[] = [
  { de: 'Neujahr', en: "New Year's Day", day: '01-01' },
  { de: 'Heilige Drei Könige', en: 'Epiphany', day: '01-06', lands: 'BW BY ST' },
  { de: 'Internationaler Frauentag', en: "International Women's Day", day: '03-08', lands: 'BE', since: 2019 },
  { de: 'Internationaler Frauentag', en: "International Women's Day", day: '03-08', lands: 'MV', since: 2023 },
  { de: 'Karfreitag', en: 'Good Friday', day: -2 },
  { de: 'Ostersonntag', en: 'Easter Sunday', day: 0, lands: 'BB HE' },
  { de: 'Ostermontag', en: 'Easter Monday', day: 1 },
  { de: 'Tag der Arbeit', en: 'Labour Day', day: '05-01' },
  { de: 'Tag der Befreiung', en: 'Liberation Day', day: '05-08', lands: 'BE', years: [2020, 2025] },
  { de: 'Christi Himmelfahrt', en: 'Ascension Day', day: 39 },
  { de: 'Pfingstsonntag', en: 'Whit Sunday', day: 49, lands: 'BB HE' },
  { de: 'Pfingstmontag', en: 'Whit Monday', day: 50 },
  { de: 'Fronleichnam', en: 'Corpus Christi', day: 60, lands: 'BW BY HE NW RP SL' },
  { de: 'Mariä Himmelfahrt', en: 'Assumption Day', day: '08-15', lands: 'BY SL' },
  { de: 'Weltkindertag', en: "World Children's Day", day: '09-20', lands: 'TH', since: 2019 },
  { de: 'Tag der Deutschen Einheit', en: 'German Unity Day', day: '10-03' },
  { de: 'Reformationstag', en: 'Reformation Day', day: '10-31', lands: 'BB MV SN ST TH' },
  { de: 'Reformationstag', en: 'Reformation Day', day: '10-31', lands: 'HB HH NI SH', since: 2018 },
  // The 500th anniversary: a holiday in every Land once.
  { de: 'Reformationstag', en: 'Reformation Day', day: '10-31', lands: 'BW BY BE HE NW RP SL HB HH NI SH', years: [2017] },
  { de: 'Allerheiligen', en: "All Saints' Day", day: '11-01', lands: 'BW BY NW RP SL' },
  { de: 'Buß- und Bettag', en: 'Day of Repentance and Prayer', day: 'bbt', lands: 'SN' },
  { de: '1. Weihnachtstag', en: 'Christmas Day', day: '12-25' },
  { de: '2. Weihnachtstag', en: 'Boxing Day', day: '12-26' },
];

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Easter Sunday (Gregorian, anonymous algorithm) as UTC milliseconds. */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** The Wednesday before 23 November (between 16 and 22 November). */
function repentanceDay(year: number): number {
  const nov22 = Date.UTC(year, 10, 22);
  return nov22 - ((new Date(nov22).getUTCDay() + 4) % 7) * DAY_MS;
}

/**
 * The public holidays of a region in a year, sorted by date; `[]` for an unknown region.
 * @example
 * holidaysIn('DE-NW', 2026).map(h => h.date) // ['2026-01-01', '2026-04-03', …, '2026-12-26']
 */
export function holidaysIn(region: string, year: number): Holiday[] {
  if (!HOLIDAY_REGIONS.includes(region)) return [];
  const land = region.slice(3);
  return RULES.filter(
    rule =>
      (!rule.lands || (land && rule.lands.split(' ').includes(land))) &&
      (!rule.since || year >= rule.since) &&
      (!rule.years || rule.years.includes(year)),
  )
    .map(rule => ({
      date:
        typeof rule.day === 'number'
          ? iso(easter(year) + rule.day * DAY_MS)
          : rule.day === 'bbt'
            ? iso(repentanceDay(year))
            : `${year}-${rule.day}`,
      name: { de: rule.de, en: rule.en },
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * A lookup "is this date a holiday, and which" for a region, computing each year once.
 * @example
 * holidayCalendar('DE-NW')('2026-12-25')?.name // { de: '1. Weihnachtstag', en: 'Christmas Day' }
 */
export function holidayCalendar(region: string): HolidayLookup {
  const years = new Map<number, Map<string, Holiday>>();
  return (date: string) => {
    const year = Number(date.slice(0, 4));
    let days = years.get(year);
    if (!days) years.set(year, (days = new Map(holidaysIn(region, year).map(holiday => [holiday.date, holiday]))));
    return days.get(date);
  };
}
