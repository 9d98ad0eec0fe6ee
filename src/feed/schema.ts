// SPDX-License-Identifier: EUPL-1.2
/**
 * The Welcome feed, format v1: the one source of truth for its shape. Runtime validation
 * (`validate.ts`), the TypeScript types below and the published `welcome-feed.schema.json`
 * (`scripts/build/json-schema.mjs`) all come from these valibot schemas.
 *
 * Validation is strict per field: whatever could end up in an `href` is checked here, so no
 * widget ever has to decide whether a feed URL is safe.
 */
import * as v from 'valibot';
import { AUDIENCES } from './audiences.js';
import { HOLIDAY_REGIONS } from './holiday-regions.js';

/** Schemes a link from the feed may use; everything else (javascript:, data:, vbscript:…) is dropped. */
export const SAFE_URL_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/** True when `value` parses as an absolute URL with one of {@link SAFE_URL_SCHEMES}. */
export function isSafeUrl(value: string): boolean {
  try {
    return (SAFE_URL_SCHEMES as readonly string[]).includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Set to false by the widget builds (rollup.config.mjs): the descriptions only feed the JSON
 * Schema, which is made from the Node build (dist/feed.js), so the browser's validator chunk
 * leaves them out (about 0.6 KB gzipped).
 */
declare const FEED_SCHEMA_DOCS: boolean | undefined;
const DOCS = typeof FEED_SCHEMA_DOCS === 'undefined' || FEED_SCHEMA_DOCS;

/** Adds a description for the JSON Schema (editors show it on hover); validation ignores it. */
function doc<T extends v.GenericSchema>(schema: T, text: string) {
  return DOCS ? v.pipe(schema, v.description<v.InferOutput<T>, string>(text)) : schema;
}

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const id = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(200, 'is longer than 200 characters'));

/** A BCP 47 language tag such as `de`, `ar`, `uk`, `de-x-ls` (Easy German). */
export const LanguageTag = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, issue => `${quote(issue.input)} is not a language tag (BCP 47, e.g. "de", "ar")`),
  v.description('A BCP 47 language tag, e.g. "de", "ar", "uk", "de-x-ls" (Easy German).'),
);

/** Text in the feed's default language, or keyed by language tag. */
export const Text = v.union(
  // Object first: a failed branch costs an issue object, and a failed v.string() on an object
  // was half of all validation time on a 10k-offer feed; a failed record on a string is cheap.
  [
    v.pipe(
      v.record(LanguageTag, v.string('must be text')),
      v.minEntries(1, 'needs at least one language'),
      v.description('Texts by language tag, e.g. {"de": "Beratung", "ar": "استشارة"}; at least one.'),
    ),
    v.pipe(v.string(), v.description('Text in the feed\'s default language (meta.defaultLanguage).')),
  ],
  'must be text or an object of texts by language',
);

/** An absolute link with a {@link SAFE_URL_SCHEMES} scheme; surrounding whitespace is trimmed. */
export const SafeUrl = v.pipe(
  v.string(),
  v.trim(),
  v.check(isSafeUrl, issue => `${quote(issue.input)} is not an allowed link (only http(s):, mailto:, tel:)`),
  v.description('An absolute link with the scheme http:, https:, mailto: or tel:. Links with any other scheme (javascript:, data:, …) are dropped.'),
);

/** `YYYY-MM-DD`, a calendar date in the feed's time zone. */
const notDate = (issue: v.BaseIssue<unknown>) => `${quote(issue.input)} is not a date (YYYY-MM-DD)`;
/**
 * What `v.isoDate` lets through. A pipe runs every check after a failed one: the later checks
 * judge only dates of this form, so "24.12.2026" gets one message, not one per check.
 */
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const IsoDate = v.pipe(
  v.string(),
  v.isoDate(notDate),
  // The ISO pattern accepts 2026-02-30; a calendar round trip does not. Chromium and Firefox roll
  // it over to 2 March, Safari's parser says NaN (and toISOString would throw).
  v.check(date => {
    const time = Date.parse(`${date}T00:00:00Z`);
    return !ISO_DAY.test(date) || (!Number.isNaN(time) && new Date(time).toISOString().startsWith(date));
  }, notDate),
  v.description('A calendar date YYYY-MM-DD in the feed\'s time zone; must exist (no 30 February).'),
);

/** A date-time, either with an offset or as wall-clock time in the feed's time zone. */
export const IsoDateTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/,
    issue => `${quote(issue.input)} is not a date-time (YYYY-MM-DDTHH:MM)`,
  ),
  v.description('A date-time YYYY-MM-DDTHH:MM[:SS]; without an offset it is wall-clock time in the feed\'s time zone.'),
);

/**
 * When someone last checked an entry. A date after tomorrow (UTC; a day of slack for time
 * zones) is a typo or a wrong year, and would make a stale entry look fresh.
 */
export const LastVerified = v.pipe(
  IsoDate,
  v.check(date => !ISO_DAY.test(date) || date <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), issue => `${quote(issue.input)} is in the future`),
  v.description('The day someone last checked the entry (YYYY-MM-DD); not in the future. Widgets show "Last checked: March 2026".'),
);

/** `HH:MM` on a 24-hour clock; `24:00` is allowed as a closing time. */
const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const isTime = (value: string) => TIME.test(value);
export const Time = v.pipe(
  v.string(),
  // "9:00" is the most common slip; say what was meant.
  v.regex(TIME, issue => `${quote(issue.input)} is not a time (HH:MM)${/^\d:[0-5]\d$/.test(String(issue.input)) ? `; did you mean "0${String(issue.input)}"?` : ''}`),
  v.description('A time HH:MM on a 24-hour clock; 24:00 is allowed as a closing time.'),
);

export const Weekday = v.picklist(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], issue => `${quote(issue.input)} is not a weekday (mo, tu, we, th, fr, sa, su)`);

const notLatitude = (issue: v.BaseIssue<unknown>) => `${quote(issue.input)} is not a latitude (-90…90)`;
const notLongitude = (issue: v.BaseIssue<unknown>) => `${quote(issue.input)} is not a longitude (-180…180)`;

export const LatLng = v.pipe(
  v.object({
    lat: v.pipe(v.number('must be a number'), v.minValue(-90, notLatitude), v.maxValue(90, notLatitude)),
    lng: v.pipe(v.number('must be a number'), v.minValue(-180, notLongitude), v.maxValue(180, notLongitude)),
  }),
  v.description('A position in WGS 84 degrees, e.g. {"lat": 51.2277, "lng": 6.7735}.'),
);

export const Contact = doc(
  v.object({
    phone: v.optional(
      doc(v.pipe(v.string(), v.regex(/^[+\d][\d\s()/.-]{2,30}$/, issue => `${quote(issue.input)} is not a phone number`)), 'A phone number as dialled, e.g. "+49 211 89-12345"; widgets make a tel: link of it.'),
    ),
    email: v.optional(v.pipe(v.string(), v.trim(), v.email(issue => `${quote(issue.input)} is not an e-mail address`))),
    url: v.optional(SafeUrl),
  }),
  'Ways to get in touch. Widgets turn phone and email into tel: and mailto: links.',
);

/** A weekly opening slot. Several slots may share a day (a lunch break). */
export const Slot = v.pipe(
  v.object({
    days: v.pipe(v.array(Weekday), v.minLength(1, 'needs at least one day')),
    opens: Time,
    closes: Time,
    validFrom: v.optional(IsoDate),
    validUntil: v.optional(IsoDate),
  }),
  v.forward(
    // Only compare times that are valid, or a bad "opens" would be reported twice.
    v.check(slot => !isTime(slot.opens) || !isTime(slot.closes) || slot.opens < slot.closes, 'must be later than "opens"'),
    ['closes'],
  ),
  v.description(
    'A weekly opening slot on the given days, in the feed\'s time zone. "closes" must be later than "opens" (no slots across midnight). Several slots may share a day, e.g. 09:00–12:30 and 13:30–16:00 for a lunch break. validFrom/validUntil limit the slot to a period (inclusive).',
  ),
);

/** `[longitude, latitude]` as GeoJSON orders them (an altitude, if present, is dropped). */
const Position = v.tuple([v.number('must be a number'), v.number('must be a number')], 'must be [longitude, latitude]');

/** A closed linear ring: at least four positions, the last equal to the first (RFC 7946 §3.1.6). */
const Ring = v.pipe(
  v.array(Position, 'must be a list of positions'),
  v.minLength(4, 'a ring needs at least 4 positions'),
  v.check(
    ring => ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1],
    'a ring must end where it starts',
  ),
  v.description('A closed linear ring: at least 4 [longitude, latitude] positions, the last equal to the first.'),
);

/**
 * A GeoJSON Polygon or MultiPolygon in WGS 84. Shape and closed rings are checked, topology
 * (self-intersection, winding) is not: browsers draw either, and checking it would cost more
 * than the rest of the feed. Validation treats a geometry as one value: a bad ring drops the
 * whole geometry rather than leaving a distorted shape.
 */
export const Geometry = v.variant('type', [
  v.object({ type: v.literal('Polygon'), coordinates: v.pipe(v.array(Ring), v.minLength(1, 'needs at least one ring')) }),
  v.object({
    type: v.literal('MultiPolygon'),
    coordinates: v.pipe(v.array(v.pipe(v.array(Ring), v.minLength(1, 'needs at least one ring'))), v.minLength(1, 'needs at least one polygon')),
  }),
], issue => `${quote(issue.input)} is not a GeoJSON geometry type here (Polygon or MultiPolygon)`);


export const Quarter = v.object({
  id,
  name: nonEmpty,
  // Optional (feed v1 stays valid): "Choose your quarter" measures from here instead of the district's centre.
  center: v.optional(doc(LatLng, "The quarter's position (e.g. its centroid): \"choose your quarter\" sorts and measures from here.")),
});

export const District = doc(
  v.object({
    id,
    number: v.optional(doc(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0)), 'The official district number (Stadtbezirk).')),
    name: Text,
    quarters: v.optional(doc(v.array(Quarter), 'The quarters (Stadtteile) of the district; ids are best the official quarter numbers, e.g. "071".')),
    center: v.optional(doc(LatLng, 'Where to put the district label and what to measure distances from when a point has no location.')),
    geometry: v.optional(Geometry),
  }),
  'A city district. Welcome Points refer to it by id.',
);

export const Category = doc(
  v.object({ id, label: Text, description: v.optional(Text) }),
  'A kind of offer, e.g. counselling or language courses. Offers refer to categories by id.',
);

export { AUDIENCES };
export const Audience = v.picklist(AUDIENCES, issue => `${quote(issue.input)} is not an audience (${AUDIENCES.join(', ')})`);

/** Days (inclusive) when a point is closed despite its weekly hours. */
export const Closure = v.pipe(
  v.object({ from: IsoDate, to: IsoDate, note: v.optional(Text) }),
  v.forward(
    v.check(closure => closure.from <= closure.to, 'must not be before "from"'),
    ['to'],
  ),
  v.description('Closed from "from" to "to" (inclusive dates, "to" not before "from") despite the weekly hours, e.g. holidays.'),
);

/** One dated occurrence of an offer (an event). */
export const EventDate = v.pipe(
  v.object({ start: IsoDateTime, end: v.optional(IsoDateTime) }),
  v.forward(
    // Same-form values (both local or both with the same offset) compare as strings; mixed forms
    // are rare enough not to second-guess.
    v.check(date => !date.end || date.end.length !== date.start.length || date.start <= date.end, 'must not be before "start"'),
    ['end'],
  ),
  v.description('One dated occurrence of an offer (an event); "end" must not be before "start".'),
);

const OpenOnHolidays = doc(v.boolean(), 'true: open on the public holidays of meta.holidays too. Default false: holidays are closed days.');

/** A street address, or one given only on request (shelters, places for women). */
export const Address = v.union(
  [
    doc(v.object({ street: nonEmpty, postalCode: v.string(), city: nonEmpty }), 'A street address, e.g. {"street": "Marktplatz 1", "postalCode": "40213", "city": "Düsseldorf"}.'),
    doc(
      v.object({ onRequest: v.literal(true), note: v.optional(Text), postalCode: v.optional(v.string()), city: v.optional(nonEmpty) }),
      'The address is given only on request (e.g. a place for women); "note" says how to ask. Widgets show this instead of a street and no route.',
    ),
  ],
  'must be a street address {street, postalCode, city} or {"onRequest": true, "note": …}',
);

export const WelcomePoint = doc(v.object({
  id,
  name: Text,
  districtId: doc(id, 'The id of a district in "districts".'),
  quarterId: v.optional(doc(id, 'The id of a quarter of that district.')),
  status: v.optional(
    doc(
      v.picklist(['active', 'temporarilyClosed', 'closed'], issue => `${quote(issue.input)} is not a status (active, temporarilyClosed, closed)`),
      'Default "active". "closed" points are hidden unless asked for; "temporarilyClosed" ones are shown as closed.',
    ),
  ),
  validFrom: v.optional(doc(IsoDate, 'The first day the point is open (inclusive).')),
  validUntil: v.optional(doc(IsoDate, 'The last day the point is open (inclusive).')),
  formerNames: v.optional(doc(v.array(Text, 'must be a list of names'), 'Names the point had before, e.g. ["Welcome Point 7"]; search finds it by them.')),
  address: Address,
  location: v.optional(LatLng),
  operator: v.optional(v.object({ name: nonEmpty, url: v.optional(SafeUrl) })),
  contact: v.optional(Contact),
  description: v.optional(Text),
  openingHours: v.optional(doc(v.array(Slot), 'Weekly opening hours. Missing means "unknown", never "closed".')),
  byAppointment: v.optional(doc(v.boolean(), 'Visits by appointment (also or only).')),
  hoursNote: v.optional(doc(Text, 'Anything the hours cannot say, e.g. "closed during school holidays".')),
  closures: v.optional(v.array(Closure)),
  languages: v.optional(doc(v.array(LanguageTag), 'Languages spoken at the point.')),
  accessibility: v.optional(
    v.object({ wheelchair: v.picklist(['yes', 'limited', 'no'], issue => `${quote(issue.input)} is not one of "yes", "limited", "no"`), note: v.optional(Text) }),
  ),
  openOnHolidays: v.optional(OpenOnHolidays),
  lastVerified: v.optional(LastVerified),
}), 'A Welcome Point: a place in a district with counselling, meetings and room for initiatives.');

export const Offer = doc(
  v.object({
    id,
    welcomePointId: doc(id, 'The id of the Welcome Point in "welcomePoints" where the offer takes place.'),
    title: Text,
    description: v.optional(Text),
    categoryIds: doc(v.array(id), 'Ids of categories in "categories"; unknown ids are ignored.'),
    audiences: v.optional(doc(v.array(Audience), 'Who the offer is for.')),
    languages: v.optional(doc(v.array(LanguageTag), 'Languages the offer is held in; default: those of its Welcome Point.')),
    schedule: v.optional(doc(v.array(Slot), 'When the offer takes place every week.')),
    dates: v.optional(doc(v.array(EventDate), 'Dated occurrences, for events.')),
    cost: v.optional(doc(v.union([v.literal('free'), Text], 'must be "free" or a text'), '"free", or a text such as {"de": "2 € pro Termin"}.')),
    registration: v.optional(v.object({ required: v.boolean(), note: v.optional(Text) })),
    url: v.optional(SafeUrl),
    contact: v.optional(Contact),
    openOnHolidays: v.optional(OpenOnHolidays),
    lastVerified: v.optional(LastVerified),
  }),
  'Something a Welcome Point offers: counselling hours, a course, a meeting, an event.',
);

export const Meta = doc(v.object({
  title: Text,
  /** What the feed covers and how reliable it is (e.g. "sample data, not official"). */
  description: v.optional(doc(Text, 'What the feed covers and how reliable it is, e.g. "sample data, not official".')),
  publisher: doc(v.string(), 'Who publishes the feed, e.g. "Landeshauptstadt Düsseldorf, Amt für Migration und Integration".'),
  updated: doc(v.string(), 'When the data was last changed, ISO 8601, e.g. "2026-11-01T09:00:00+01:00".'),
  license: doc(v.string(), 'The data licence, best as an SPDX id, e.g. "CC0-1.0" or "DL-DE-BY-2.0".'),
  defaultLanguage: v.optional(doc(LanguageTag, 'The language of texts given as plain strings. Default "de".'), 'de'),
  timeZone: v.optional(
    v.pipe(
      v.string(),
      v.check(zone => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return /\//.test(zone) || zone === 'UTC';
        } catch {
          return false;
        }
      }, issue => `${quote(issue.input)} is not an IANA time zone name (e.g. "Europe/Berlin")`),
      v.description('The IANA time zone of all times in the feed, e.g. "Europe/Berlin" (never an offset). Default "Europe/Berlin".'),
    ),
    'Europe/Berlin',
  ),
  contact: v.optional(Contact),
  holidays: v.optional(
    doc(
      v.picklist(HOLIDAY_REGIONS, issue => `${quote(issue.input)} is not a region with known public holidays (${HOLIDAY_REGIONS[0]}, ${HOLIDAY_REGIONS[1]} … ${HOLIDAY_REGIONS.at(-1)})`),
      'ISO 3166-2 code of the region whose public holidays are closed days, e.g. "DE-NW" (all 16 German Länder, or "DE" for the nationwide days only).',
    ),
  ),
  staticBase: v.optional(
    doc(SafeUrl, 'Where the static edition of this feed is published (`welcome-feed render --base-url`), e.g. "https://www.example.org/welcome/": point cards get a "Share" link to the point\'s page there.'),
  ),
  sample: v.optional(
    doc(v.boolean(), 'True when the feed is sample or test data, not real information: every widget then says so above its content, in the visitor\'s language ("Sample data: names, phone numbers and times are invented.").'),
  ),
  corrections: v.optional(
    doc(
      v.object({
        email: v.optional(v.pipe(v.string(), v.trim(), v.email(issue => `${quote(issue.input)} is not an e-mail address`))),
        url: v.optional(SafeUrl),
      }),
      'Where visitors report a mistake: an e-mail address (a prefilled mail) and/or a form URL, in which {type}, {id} and {name} are replaced by the entry\'s kind, id and name (URL-encoded).',
    ),
  ),
  schematicBoundaries: v.optional(doc(v.boolean(), 'true when the districts\' geometry is simplified or drawn by hand: maps say the boundaries are only approximate. Default false.')),
}), 'About the feed as a whole.');

/** The whole feed. `validate.ts` checks each entry on its own so one bad entry never sinks the rest. */
export const Feed = doc(
  v.object({
    version: doc(v.literal(1), 'The format version; this schema describes version 1.'),
    meta: Meta,
    districts: v.array(District),
    categories: v.array(Category),
    welcomePoints: v.array(WelcomePoint),
    offers: v.array(Offer),
  }),
  'A Welcome feed: the Welcome Points of a city, their offers, districts and categories.',
);

export type Text = v.InferOutput<typeof Text>;
export type LatLng = v.InferOutput<typeof LatLng>;
export type Contact = v.InferOutput<typeof Contact>;
export type Slot = v.InferOutput<typeof Slot>;
export type Weekday = v.InferOutput<typeof Weekday>;
export type Geometry = v.InferOutput<typeof Geometry>;
export type District = v.InferOutput<typeof District>;
export type Category = v.InferOutput<typeof Category>;
export type Audience = v.InferOutput<typeof Audience>;
/**
 * Where a Welcome Point is. `street` is undefined only for an address given on request
 * (`onRequest: true`); check that before building a route or a map search.
 */
export type Address =
  | { street: string; postalCode: string; city: string; onRequest?: undefined; note?: undefined }
  | { onRequest: true; note?: Text; postalCode?: string; city?: string; street?: undefined };
export type WelcomePoint = Omit<v.InferOutput<typeof WelcomePoint>, 'address'> & { address: Address };
/** A period (inclusive dates) when a Welcome Point is closed despite its weekly hours, e.g. holidays. */
export type Closure = NonNullable<WelcomePoint['closures']>[number];
export type EventDate = v.InferOutput<typeof EventDate>;
export type Offer = v.InferOutput<typeof Offer>;
export type FeedMeta = v.InferOutput<typeof Meta>;
export type WelcomeFeed = Omit<v.InferOutput<typeof Feed>, 'welcomePoints'> & { welcomePoints: WelcomePoint[] };

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function quote(value: unknown): string {
  return truncate(JSON.stringify(value) ?? String(value));
}
