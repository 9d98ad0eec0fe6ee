// SPDX-License-Identifier: EUPL-1.2
/**
 * The Welcome feed, format v1: the one source of truth for its shape. Runtime validation
 * (`validate.ts`), the TypeScript types below and the published `welcome-feed.schema.json`
 * (`scripts/json-schema.mjs`) all come from these valibot schemas.
 *
 * Validation is strict per field: whatever could end up in an `href` is checked here, so no
 * widget ever has to decide whether a feed URL is safe.
 */
import * as v from 'valibot';

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

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const id = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(200, 'is longer than 200 characters'));

/** A BCP 47 language tag such as `de`, `ar`, `uk`, `de-x-ls` (Easy German). */
export const LanguageTag = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'is not a language tag (BCP 47, e.g. "de", "ar")'),
);

/** Text in the feed's default language, or keyed by language tag. */
export const Text = v.union(
  [v.string(), v.record(LanguageTag, v.string())],
  'must be text or an object of texts by language',
);

export const SafeUrl = v.pipe(
  v.string(),
  v.check(isSafeUrl, issue => `${JSON.stringify(truncate(String(issue.input)))} is not an allowed link (only http(s):, mailto:, tel:)`),
);

/** `YYYY-MM-DD`, a calendar date in the feed's time zone. */
export const IsoDate = v.pipe(v.string(), v.isoDate(issue => `${JSON.stringify(truncate(String(issue.input)))} is not a date (YYYY-MM-DD)`));

/** A date-time, either with an offset or as wall-clock time in the feed's time zone. */
export const IsoDateTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/,
    issue => `${JSON.stringify(truncate(String(issue.input)))} is not a date-time (YYYY-MM-DDTHH:MM)`,
  ),
);

/** `HH:MM` on a 24-hour clock; `24:00` is allowed as a closing time. */
export const Time = v.pipe(
  v.string(),
  v.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, issue => `${JSON.stringify(truncate(String(issue.input)))} is not a time (HH:MM)`),
);

export const Weekday = v.picklist(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], 'is not a weekday (mo…su)');

export const LatLng = v.object({
  lat: v.pipe(v.number('must be a number'), v.minValue(-90), v.maxValue(90)),
  lng: v.pipe(v.number('must be a number'), v.minValue(-180), v.maxValue(180)),
});

export const Contact = v.object({
  phone: v.optional(v.pipe(v.string(), v.regex(/^[+\d][\d\s()/.-]{2,30}$/, 'is not a phone number'))),
  email: v.optional(v.pipe(v.string(), v.email('is not an e-mail address'))),
  url: v.optional(SafeUrl),
});

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
    v.check(slot => slot.opens < slot.closes, 'must be later than "opens"'),
    ['closes'],
  ),
);

/** A GeoJSON Polygon or MultiPolygon in WGS 84; coordinates are checked only for shape, not topology. */
export const Geometry = v.variant('type', [
  v.object({ type: v.literal('Polygon'), coordinates: v.array(v.array(v.tuple([v.number(), v.number()]))) }),
  v.object({
    type: v.literal('MultiPolygon'),
    coordinates: v.array(v.array(v.array(v.tuple([v.number(), v.number()])))),
  }),
]);

export const Quarter = v.object({ id, name: nonEmpty });

export const District = v.object({
  id,
  number: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0))),
  name: Text,
  quarters: v.optional(v.array(Quarter)),
  center: v.optional(LatLng),
  geometry: v.optional(Geometry),
});

export const Category = v.object({ id, label: Text, description: v.optional(Text) });

export const AUDIENCES = [
  'newcomers',
  'refugees',
  'neighbours',
  'landlords',
  'volunteers',
  'partners',
  'families',
  'women',
  'children',
  'youth',
  'seniors',
] as const;
export const Audience = v.picklist(AUDIENCES, 'is not a known audience');

export const WelcomePoint = v.object({
  id,
  name: Text,
  districtId: id,
  quarterId: v.optional(id),
  status: v.optional(v.picklist(['active', 'temporarilyClosed', 'closed'], 'is not a status (active, temporarilyClosed, closed)')),
  validFrom: v.optional(IsoDate),
  validUntil: v.optional(IsoDate),
  address: v.object({ street: nonEmpty, postalCode: v.string(), city: nonEmpty }),
  location: v.optional(LatLng),
  operator: v.optional(v.object({ name: nonEmpty, url: v.optional(SafeUrl) })),
  contact: v.optional(Contact),
  description: v.optional(Text),
  openingHours: v.optional(v.array(Slot)),
  byAppointment: v.optional(v.boolean()),
  hoursNote: v.optional(Text),
  closures: v.optional(v.array(v.object({ from: IsoDate, to: IsoDate, note: v.optional(Text) }))),
  languages: v.optional(v.array(LanguageTag)),
  accessibility: v.optional(
    v.object({ wheelchair: v.picklist(['yes', 'limited', 'no']), note: v.optional(Text) }),
  ),
});

export const Offer = v.object({
  id,
  welcomePointId: id,
  title: Text,
  description: v.optional(Text),
  categoryIds: v.array(id),
  audiences: v.optional(v.array(Audience)),
  languages: v.optional(v.array(LanguageTag)),
  schedule: v.optional(v.array(Slot)),
  dates: v.optional(v.array(v.object({ start: IsoDateTime, end: v.optional(IsoDateTime) }))),
  cost: v.optional(v.union([v.literal('free'), Text])),
  registration: v.optional(v.object({ required: v.boolean(), note: v.optional(Text) })),
  url: v.optional(SafeUrl),
  contact: v.optional(Contact),
});

export const Meta = v.object({
  title: Text,
  /** What the feed covers and how reliable it is (e.g. "sample data, not official"). */
  description: v.optional(Text),
  publisher: v.string(),
  updated: v.string(),
  license: v.string(),
  defaultLanguage: v.optional(LanguageTag, 'de'),
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
      }, 'is not an IANA time zone name (e.g. "Europe/Berlin")'),
    ),
    'Europe/Berlin',
  ),
  contact: v.optional(Contact),
});

/** The whole feed. `validate.ts` checks each entry on its own so one bad entry never sinks the rest. */
export const Feed = v.object({
  version: v.literal(1),
  meta: Meta,
  districts: v.array(District),
  categories: v.array(Category),
  welcomePoints: v.array(WelcomePoint),
  offers: v.array(Offer),
});

export type Text = v.InferOutput<typeof Text>;
export type LatLng = v.InferOutput<typeof LatLng>;
export type Contact = v.InferOutput<typeof Contact>;
export type Slot = v.InferOutput<typeof Slot>;
export type Weekday = v.InferOutput<typeof Weekday>;
export type Geometry = v.InferOutput<typeof Geometry>;
export type District = v.InferOutput<typeof District>;
export type Category = v.InferOutput<typeof Category>;
export type Audience = v.InferOutput<typeof Audience>;
export type WelcomePoint = v.InferOutput<typeof WelcomePoint>;
/** A period (inclusive dates) when a Welcome Point is closed despite its weekly hours, e.g. holidays. */
export type Closure = NonNullable<WelcomePoint['closures']>[number];
export type Offer = v.InferOutput<typeof Offer>;
export type FeedMeta = v.InferOutput<typeof Meta>;
export type WelcomeFeed = v.InferOutput<typeof Feed>;

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
