// SPDX-License-Identifier: EUPL-1.2
/**
 * Editorial lint rules: things the validator cannot call wrong, but that make a feed untrue or
 * hard to use. Each rule says where (JSON path) and what to do (a one-line hint).
 */
import { isStale } from '../feed/freshness.js';
import { holidaysIn } from '../feed/holidays.js';
import { isCurrentPoint } from '../feed/hours.js';
import type { Geometry, LatLng, Text, Weekday } from '../feed/schema.js';
import { resolveText } from '../feed/text.js';
import { addDays, type LintContext, type LintWarning } from './lint-context.js';

type Rule = (context: LintContext) => LintWarning[];

/** Card lengths beyond which text gets cut off or pushes everything else out of view. */
const MAX_LENGTH = { title: 90, name: 90, description: 700 } as const;
const WEEK: Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];
const LONG_AGO_DAYS = 30;
const HOLIDAY_WINDOW_DAYS = 60;

const pastEvents: Rule = ({ feed, today, pathOf }) =>
  feed.offers
    .filter(offer => offer.dates?.length && !offer.schedule?.length && offer.dates.every(date => (date.end ?? date.start).slice(0, 10) < today))
    .map(offer => ({
      rule: 'past-events',
      path: `${pathOf('offers', offer.id)}.dates`,
      message: { en: `every date of offer ${JSON.stringify(offer.id)} is in the past`, de: `jeder Termin des Angebots ${JSON.stringify(offer.id)} liegt in der Vergangenheit` },
      hint: { en: 'add the next dates, or remove the offer', de: 'tragen Sie die nächsten Termine ein oder entfernen Sie das Angebot' },
    }));

const oldClosures: Rule = ({ feed, today, pathOf }) =>
  feed.welcomePoints.flatMap(point =>
    (point.closures ?? []).flatMap((closure, index) =>
      closure.to < addDays(today, -LONG_AGO_DAYS)
        ? [
            {
              rule: 'old-closure',
              path: `${pathOf('welcomePoints', point.id)}.closures[${index}]`,
              message: { en: `closure ${closure.from} to ${closure.to} ended long ago`, de: `die Schließzeit ${closure.from} bis ${closure.to} ist längst vorbei` },
              hint: { en: 'delete it; past closures only make the feed longer', de: 'löschen Sie sie; vergangene Schließzeiten machen den Feed nur länger' },
            },
          ]
        : [],
    ),
  );

const expired: Rule = ({ feed, today, pathOf }) => [
  ...feed.welcomePoints
    .filter(point => point.validUntil && point.validUntil < today && (point.status ?? 'active') !== 'closed')
    .map(point => ({
      rule: 'expired',
      path: `${pathOf('welcomePoints', point.id)}.validUntil`,
      message: {
        en: `validUntil ${point.validUntil!} has passed, but the point is still ${point.status ?? 'active'}`,
        de: `validUntil ${point.validUntil!} ist vorbei, aber der Status ist noch ${point.status ?? 'active'}`,
      },
      hint: { en: 'set "status": "closed", or move validUntil', de: 'setzen Sie "status": "closed" oder verschieben Sie validUntil' },
    })),
  ...[...feed.welcomePoints.map(p => ['welcomePoints', p.id, p.openingHours] as const), ...feed.offers.map(o => ['offers', o.id, o.schedule] as const)].flatMap(([list, id, slots]) =>
    (slots ?? []).flatMap((slot, index) =>
      slot.validUntil && slot.validUntil < addDays(today, -LONG_AGO_DAYS)
        ? [
            {
              rule: 'expired',
              path: `${pathOf(list, id)}.${list === 'offers' ? 'schedule' : 'openingHours'}[${index}].validUntil`,
              message: { en: `this slot ended on ${slot.validUntil}`, de: `diese Zeit endete am ${slot.validUntil}` },
              hint: { en: 'delete the slot', de: 'löschen Sie die Zeit' },
            },
          ]
        : [],
    ),
  ),
];

/**
 * `lastVerified` per entry, judged by the same rule as the widgets' "may be out of date" hint
 * (freshness.ts); a feed without any `lastVerified` is judged by `meta.updated` as a whole.
 * Closed points are hidden from visitors, so nobody needs to check them.
 */
const stale: Rule = ({ feed, today, staleAfter, pathOf }) => {
  const old = (date: string | undefined) =>
    'months' in staleAfter ? isStale(date, today, staleAfter.months) : !!date && date < addDays(today, -staleAfter.days);
  const age =
    'months' in staleAfter
      ? { en: `${staleAfter.months} month${staleAfter.months === 1 ? '' : 's'}`, de: `${staleAfter.months} Monat${staleAfter.months === 1 ? '' : 'en'}` }
      : { en: `${staleAfter.days} days`, de: `${staleAfter.days} Tagen` };
  const warnings: LintWarning[] = [];
  let verifiedEntries = 0;
  const entries = [...feed.welcomePoints.filter(point => point.status !== 'closed').map(p => ['welcomePoints', p] as const), ...feed.offers.map(o => ['offers', o] as const)];
  for (const [list, entry] of entries) {
    if (entry.lastVerified === undefined) continue;
    verifiedEntries++;
    if (old(entry.lastVerified)) {
      warnings.push({
        rule: 'stale',
        path: `${pathOf(list, entry.id)}.lastVerified`,
        message: { en: `last verified ${entry.lastVerified}, more than ${age.en} ago`, de: `zuletzt geprüft am ${entry.lastVerified}, vor mehr als ${age.de}` },
        hint: { en: 'check the entry with the Welcome Point and update lastVerified', de: 'prüfen Sie den Eintrag mit dem Welcome Point und aktualisieren Sie lastVerified' },
      });
    }
  }
  if (!verifiedEntries && old(feed.meta.updated.slice(0, 10))) {
    warnings.push({
      rule: 'stale',
      path: 'meta.updated',
      message: { en: `the feed was last updated ${feed.meta.updated}, more than ${age.en} ago`, de: `der Feed wurde zuletzt am ${feed.meta.updated} aktualisiert, vor mehr als ${age.de}` },
      hint: { en: 'check every entry, then set lastVerified per entry (or meta.updated)', de: 'prüfen Sie jeden Eintrag und setzen Sie dann lastVerified je Eintrag (oder meta.updated)' },
    });
  }
  return warnings;
};

/**
 * Public holidays in the next 60 days on which points are open by their weekly hours, for feeds
 * without `meta.holidays` (with it, holidays are closed days unless a point says openOnHolidays).
 */
const holidays: Rule = ({ feed, today, region }) => {
  if (feed.meta.holidays !== undefined) return [];
  const until = addDays(today, HOLIDAY_WINDOW_DAYS);
  const years = [...new Set([today.slice(0, 4), until.slice(0, 4)])].map(Number);
  const list = years.flatMap(year => holidaysIn(region, year));
  if (!list.length) {
    return [
      {
        rule: 'holidays',
        path: 'meta',
        message: { en: `no public holidays known for region ${JSON.stringify(region)}`, de: `für die Region ${JSON.stringify(region)} sind keine Feiertage bekannt` },
        hint: { en: 'use a German state code such as DE-NW, or DE', de: 'nehmen Sie ein Bundesland-Kürzel wie DE-NW, oder DE' },
      },
    ];
  }
  const warnings: LintWarning[] = [];
  for (const holiday of list) {
    const date = holiday.date;
    if (date < today || date > until) continue;
    const day = WEEK[new Date(`${date}T00:00:00Z`).getUTCDay()];
    const open = feed.welcomePoints.filter(
      point =>
        (point.status ?? 'active') === 'active' &&
        !point.openOnHolidays &&
        !(point.closures ?? []).some(c => c.from <= date && date <= c.to) &&
        (point.openingHours ?? []).some(slot => slot.days.includes(day) && (!slot.validFrom || slot.validFrom <= date) && (!slot.validUntil || date <= slot.validUntil)),
    );
    if (!open.length) continue;
    const ids = `${open.slice(0, 3).map(p => p.id).join(', ')}${open.length > 3 ? ', …' : ''}`;
    warnings.push({
      rule: 'holidays',
      path: 'meta',
      message: {
        en: `${date} is a public holiday in ${region} (${resolveText(holiday.name, 'en', 'de').text}); ${open.length} Welcome Point${open.length === 1 ? ' is' : 's are'} open that day by their hours (${ids})`,
        de: `${date} ist ein Feiertag in ${region} (${resolveText(holiday.name, 'de', 'de').text}); ${open.length} Welcome Point${open.length === 1 ? ' ist' : 's sind'} an dem Tag nach ihren Öffnungszeiten geöffnet (${ids})`,
      },
      hint: {
        en: `set "meta.holidays": "${region}" (closed on public holidays), or add a closure for that day`,
        de: `setzen Sie "meta.holidays": "${region}" (an Feiertagen geschlossen) oder tragen Sie für den Tag eine Schließzeit ein`,
      },
    });
  }
  return warnings;
};

/** Ray casting on [lng, lat] rings; holes count by the even-odd rule. */
function inside(point: LatLng, geometry: Geometry): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(rings => {
    let crossings = 0;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > point.lat !== yj > point.lat && point.lng < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi) crossings++;
      }
    }
    return crossings % 2 === 1;
  });
}

const outsideDistrict: Rule = ({ feed, pathOf, text }) => {
  const districts = new Map(feed.districts.map(d => [d.id, d]));
  return feed.welcomePoints.flatMap(point => {
    const district = districts.get(point.districtId);
    if (!point.location || !district?.geometry || inside(point.location, district.geometry)) return [];
    const name = JSON.stringify(text(district.name));
    return [
      {
        rule: 'outside-district',
        path: `${pathOf('welcomePoints', point.id)}.location`,
        message: { en: `lies outside the outline of its district ${name}`, de: `liegt außerhalb der Grenze seines Stadtbezirks ${name}` },
        hint: { en: 'check lat/lng (not swapped?) and districtId', de: 'prüfen Sie lat/lng (vertauscht?) und districtId' },
      },
    ];
  });
};

const offersAndPoints: Rule = ({ feed, pathOf, today }) => {
  const withOffers = new Set(feed.offers.map(offer => offer.welcomePointId));
  // closed for good, by its status or its validUntil: no widget or static page shows its offers
  // (those of a point that opens later show from its validFrom on)
  const closed = new Set(feed.welcomePoints.filter(point => point.status === 'closed' || (point.validUntil && today > point.validUntil)).map(point => point.id));
  return [
    ...feed.welcomePoints
      .filter(point => isCurrentPoint(point, today) && !withOffers.has(point.id))
      .map(point => ({
        rule: 'no-offers',
        path: pathOf('welcomePoints', point.id),
        message: { en: `Welcome Point ${JSON.stringify(point.id)} has no offers`, de: `der Welcome Point ${JSON.stringify(point.id)} hat keine Angebote` },
        hint: { en: 'add what happens there, or set "status": "closed"', de: 'tragen Sie ein, was dort stattfindet, oder setzen Sie "status": "closed"' },
      })),
    ...feed.offers
      .filter(offer => closed.has(offer.welcomePointId))
      .map(offer => ({
        rule: 'offer-of-closed-point',
        path: `${pathOf('offers', offer.id)}.welcomePointId`,
        message: { en: `offer ${JSON.stringify(offer.id)} belongs to a closed Welcome Point`, de: `das Angebot ${JSON.stringify(offer.id)} gehört zu einem geschlossenen Welcome Point` },
        hint: { en: 'move it to an open point, or remove it', de: 'ordnen Sie es einem geöffneten Welcome Point zu oder entfernen Sie es' },
      })),
  ];
};

const duplicateNames: Rule = ({ feed, pathOf, text }) => {
  const warnings: LintWarning[] = [];
  const check = <T extends { id: string }>(list: 'welcomePoints' | 'offers', entries: T[], name: (entry: T) => string, scope: (entry: T) => string) => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const key = `${scope(entry)}\u0000${name(entry).trim().toLowerCase()}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, entry.id);
      else {
        warnings.push({
          rule: 'duplicate-name',
          path: pathOf(list, entry.id),
          message: { en: `has the same name as ${JSON.stringify(first)}: ${JSON.stringify(name(entry))}`, de: `hat denselben Namen wie ${JSON.stringify(first)}: ${JSON.stringify(name(entry))}` },
          hint: { en: 'merge the two entries, or tell them apart in the name', de: 'führen Sie die beiden Einträge zusammen oder unterscheiden Sie sie im Namen' },
        });
      }
    }
  };
  check('welcomePoints', feed.welcomePoints, point => text(point.name), () => '');
  check('offers', feed.offers, offer => text(offer.title), offer => offer.welcomePointId);
  return warnings;
};

const phones: Rule = ({ feed, pathOf }) => {
  const entries = [...feed.welcomePoints.map(p => ['welcomePoints', p] as const), ...feed.offers.map(o => ['offers', o] as const)];
  return entries.flatMap(([list, entry]) => {
    const phone = entry.contact?.phone;
    if (!phone || /^(\+|00)[1-9]/.test(phone)) return [];
    return [
      {
        rule: 'phone-format',
        path: `${pathOf(list, entry.id)}.contact.phone`,
        message: {
          en: `${JSON.stringify(phone)} cannot be dialled from abroad or from a foreign SIM card`,
          de: `${JSON.stringify(phone)} ist aus dem Ausland oder mit einer ausländischen SIM-Karte nicht wählbar`,
        },
        hint: { en: 'write it with the country code, e.g. "+49 211 …" instead of "0211 …"', de: 'schreiben Sie die Nummer mit Ländervorwahl, z. B. „+49 211 …“ statt „0211 …“' },
      },
    ];
  });
};

const longTexts: Rule = ({ feed, pathOf }) => {
  const warnings: LintWarning[] = [];
  const check = (path: string, value: Text | undefined, max: number) => {
    const texts = typeof value === 'string' ? { '': value } : (value ?? {});
    for (const [lang, text] of Object.entries(texts)) {
      if (text.length > max) {
        warnings.push({
          rule: 'long-text',
          path: lang ? `${path}.${lang}` : path,
          message: { en: `is ${text.length} characters long; a card shows about ${max}`, de: `ist ${text.length} Zeichen lang; eine Karte zeigt etwa ${max}` },
          hint: { en: `shorten it to ${max} characters or fewer`, de: `kürzen Sie ihn auf höchstens ${max} Zeichen` },
        });
      }
    }
  };
  for (const point of feed.welcomePoints) {
    check(`${pathOf('welcomePoints', point.id)}.name`, point.name, MAX_LENGTH.name);
    check(`${pathOf('welcomePoints', point.id)}.description`, point.description, MAX_LENGTH.description);
  }
  for (const offer of feed.offers) {
    check(`${pathOf('offers', offer.id)}.title`, offer.title, MAX_LENGTH.title);
    check(`${pathOf('offers', offer.id)}.description`, offer.description, MAX_LENGTH.description);
  }
  return warnings;
};

/**
 * A name or title with texts in other languages but none in the feed's own: most often emptied by
 * mistake in a spreadsheet (the `title` column cleared, `title.en` left). Visitors reading the
 * feed's language then get another one, and nothing else would say so.
 */
const defaultLanguage: Rule = ({ feed, pathOf }) => {
  const lang = feed.meta.defaultLanguage ?? 'de';
  const named = [
    ...feed.districts.map(d => ['districts', d.id, 'name', d.name] as const),
    ...feed.categories.map(c => ['categories', c.id, 'label', c.label] as const),
    ...feed.welcomePoints.map(p => ['welcomePoints', p.id, 'name', p.name] as const),
    ...feed.offers.map(o => ['offers', o.id, 'title', o.title] as const),
  ];
  return named
    .filter(([, , , text]) => typeof text === 'object' && !text[lang]?.trim())
    .map(([list, id, field]) => ({
      rule: 'default-language',
      path: `${pathOf(list, id)}.${field}`,
      message: { en: `has no text in the feed's language "${lang}"`, de: `hat keinen Text in der Sprache des Feeds ("${lang}")` },
      hint: { en: `add the "${lang}" text (in a spreadsheet: the column ${field})`, de: `tragen Sie den Text auf "${lang}" ein (in der Tabelle: Spalte ${field})` },
    }));
};

export const RULES: Record<string, Rule> = {
  'past-events': pastEvents,
  'old-closure': oldClosures,
  expired,
  stale,
  holidays,
  'outside-district': outsideDistrict,
  'no-offers / offer-of-closed-point': offersAndPoints,
  'duplicate-name': duplicateNames,
  'phone-format': phones,
  'long-text': longTexts,
  'default-language': defaultLanguage,
};
