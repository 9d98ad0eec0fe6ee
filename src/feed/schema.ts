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
  v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, issue => `${quote(issue.input)} is not a language tag (BCP 47, e.g. "de", "ar")`),
);

/** Text in the feed's default language, or keyed by language tag. */
export const Text = v.union(
  // Object first: a failed branch costs an issue object, and a failed v.string() on an object
  // was half of all validation time on a 10k-offer feed; a failed record on a string is cheap.
  [
    v.pipe(
      v.record(LanguageTag, v.string('must be text')),
      v.check(texts => Object.keys(texts).length > 0, 'needs at least one language'),
    ),
    v.string(),
  ],
  'must be text or an object of texts by language',
);

/** An absolute link with a {@link SAFE_URL_SCHEMES} scheme; surrounding whitespace is trimmed. */
export const SafeUrl = v.pipe(
  v.string(),
  v.trim(),
  v.check(isSafeUrl, issue => `${quote(issue.input)} is not an allowed link (only http(s):, mailto:, tel:)`),
);

/** `YYYY-MM-DD`, a calendar date in the feed's time zone. */
const notDate = (issue: v.BaseIssue<unknown>) => `${quote(issue.input)} is not a date (YYYY-MM-DD)`;
export const IsoDate = v.pipe(
  v.string(),
  v.isoDate(notDate),
  // The ISO pattern accepts 2026-02-30; a calendar round trip does not.
  v.check(date => new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), notDate),
);

/** A date-time, either with an offset or as wall-clock time in the feed's time zone. */
export const IsoDateTime = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/,
    issue => `${quote(issue.input)} is not a date-time (YYYY-MM-DDTHH:MM)`,
  ),
);

/** `HH:MM` on a 24-hour clock; `24:00` is allowed as a closing time. */
const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const isTime = (value: string) => TIME.test(value);
export const Time = v.pipe(
  v.string(),
  v.regex(TIME, issue => `${quote(issue.input)} is not a time (HH:MM)`),
);

export const Weekday = v.picklist(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], issue => `${quote(issue.input)} is not a weekday (mo, tu, we, th, fr, sa, su)`);

const notLatitude = (issue: v.BaseIssue<unknown>) => `${quote(issue.input)} is not a latitude (-90…90)`;
const notLongitude = (issue: v.BaseIssue<unknown>) => `${quote(issue.input)} is not a longitude (-180…180)`;

export const LatLng = v.object({
  lat: v.pipe(v.number('must be a number'), v.minValue(-90, notLatitude), v.maxValue(90, notLatitude)),
  lng: v.pipe(v.number('must be a number'), v.minValue(-180, notLongitude), v.maxValue(180, notLongitude)),
});

export const Contact = v.object({
  phone: v.optional(v.pipe(v.string(), v.regex(/^[+\d][\d\s()/.-]{2,30}$/, issue => `${quote(issue.input)} is not a phone number`))),
  email: v.optional(v.pipe(v.string(), v.trim(), v.email(issue => `${quote(issue.input)} is not an e-mail address`))),
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
    // Only compare times that are valid, or a bad "opens" would be reported twice.
    v.check(slot => !isTime(slot.opens) || !isTime(slot.closes) || slot.opens < slot.closes, 'must be later than "opens"'),
    ['closes'],
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
export const Audience = v.picklist(AUDIENCES, issue => `${quote(issue.input)} is not an audience (${AUDIENCES.join(', ')})`);

/** Days (inclusive) when a point is closed despite its weekly hours. */
export const Closure = v.pipe(
  v.object({ from: IsoDate, to: IsoDate, note: v.optional(Text) }),
  v.forward(
    v.check(closure => closure.from <= closure.to, 'must not be before "from"'),
    ['to'],
  ),
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
);

export const WelcomePoint = v.object({
  id,
  name: Text,
  districtId: id,
  quarterId: v.optional(id),
  status: v.optional(v.picklist(['active', 'temporarilyClosed', 'closed'], issue => `${quote(issue.input)} is not a status (active, temporarilyClosed, closed)`)),
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
  closures: v.optional(v.array(Closure)),
  languages: v.optional(v.array(LanguageTag)),
  accessibility: v.optional(
    v.object({ wheelchair: v.picklist(['yes', 'limited', 'no'], issue => `${quote(issue.input)} is not one of "yes", "limited", "no"`), note: v.optional(Text) }),
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
  dates: v.optional(v.array(EventDate)),
  cost: v.optional(v.union([v.literal('free'), Text], 'must be "free" or a text')),
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
      }, issue => `${quote(issue.input)} is not an IANA time zone name (e.g. "Europe/Berlin")`),
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
export type EventDate = v.InferOutput<typeof EventDate>;
export type Offer = v.InferOutput<typeof Offer>;
export type FeedMeta = v.InferOutput<typeof Meta>;
export type WelcomeFeed = v.InferOutput<typeof Feed>;

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function quote(value: unknown): string {
  return truncate(JSON.stringify(value) ?? String(value));
}
