// SPDX-License-Identifier: EUPL-1.2
/**
 * The spreadsheet layout of a feed: which CSV file holds which list, and which column holds
 * which field. Export and import both read these specs, so the two cannot drift apart.
 * docs/spreadsheets.md documents every column; keep it in step with this file.
 */

/** How a cell's text maps to a feed value. */
export type Kind =
  | 'string' // as is; an empty cell leaves the field out
  | 'text' // a feed Text: `name` in the default language, `name.ar`, `name.uk`, … per language
  | 'number'
  | 'boolean' // yes/no (also ja/nein, true/false, 1/0)
  | 'list' // comma-separated values
  | 'hours' // weekly slots in the syntax of hours-syntax.ts
  | 'date' // YYYY-MM-DD[THH:MM]; also day first (24.12.2026), as German spreadsheets save dates
  | 'cost' // "free", or a text
  | 'names'; // a list of texts: one column per language as for 'text', several names separated by NAME_SEPARATOR

export interface Column {
  /** The CSV header (for texts: the header of the default-language column). */
  header: string;
  /** Dotted path of the field inside the entry; `@parent` is the id of the parent entry. */
  path: string;
  kind: Kind;
  /** The row is useless without it (an id, a reference to the parent). */
  required?: boolean;
  /** For fields that must exist even when empty, e.g. a postal code: the value of an empty cell. */
  emptyValue?: string;
  /**
   * Words editors write for a fixed set of values (German `ja` for `yes`), lower case → feed value.
   * Only the unambiguous ones: a bare "geschlossen" may mean for now or for good, so the validator asks.
   */
  synonyms?: Record<string, string>;
}

export type TableName = 'meta' | 'districts' | 'quarters' | 'categories' | 'welcome-points' | 'closures' | 'offers' | 'dates';

export interface TableSpec {
  name: TableName;
  /** File name in an export folder, e.g. `offers.csv`. */
  file: string;
  columns: Column[];
  /** For lists nested in an entry: the parent list and the key of the nested list. */
  parent?: { table: TableName; key: string };
}

/**
 * Between several names in one cell, e.g. `Welcome Point 7 | Begegnungscafé Flingern`: typed
 * with AltGr+< on a German keyboard, and unlike `,` and `;` never part of a place's name.
 */
export const NAME_SEPARATOR = '|';

/** Kinds with one column per language (`name`, `name.ar`, …). */
export const PER_LANGUAGE: ReadonlySet<Kind> = new Set(['text', 'cost', 'names']);

const s = (header: string, path = header, extra: Partial<Column> = {}): Column => ({ header, path, kind: 'string', ...extra });
const t = (header: string, path = header): Column => ({ header, path, kind: 'text' });
const d = (header: string, path = header): Column => ({ header, path, kind: 'date' });
const contact = (urlHeader: string): Column[] => [s('phone', 'contact.phone'), s('email', 'contact.email'), s(urlHeader, 'contact.url')];
/** When an entry was last checked, and whether it is open on public holidays (points and offers alike). */
const upkeep = (): Column[] => [{ header: 'openOnHolidays', path: 'openOnHolidays', kind: 'boolean' }, d('lastVerified')];

export const TABLES: TableSpec[] = [
  {
    name: 'meta',
    file: 'meta.csv',
    columns: [
      t('title'),
      t('description'),
      s('publisher'),
      d('updated'),
      s('license'),
      s('defaultLanguage'),
      s('timeZone'),
      ...contact('url'),
      s('holidays'),
      s('correctionsEmail', 'corrections.email'),
      s('correctionsUrl', 'corrections.url'),
      { header: 'sample', path: 'sample', kind: 'boolean' },
    ],
  },
  {
    name: 'districts',
    file: 'districts.csv',
    columns: [
      s('id', 'id', { required: true }),
      { header: 'number', path: 'number', kind: 'number' },
      t('name'),
      { header: 'lat', path: 'center.lat', kind: 'number' },
      { header: 'lng', path: 'center.lng', kind: 'number' },
    ],
  },
  {
    name: 'quarters',
    file: 'quarters.csv',
    parent: { table: 'districts', key: 'quarters' },
    columns: [
      s('districtId', '@parent', { required: true }),
      s('id', 'id', { required: true }),
      s('name'),
      // Where "choose your quarter" measures from (optional; else the district's centre).
      { header: 'lat', path: 'center.lat', kind: 'number' },
      { header: 'lng', path: 'center.lng', kind: 'number' },
    ],
  },
  { name: 'categories', file: 'categories.csv', columns: [s('id', 'id', { required: true }), t('label'), t('description')] },
  {
    name: 'welcome-points',
    file: 'welcome-points.csv',
    columns: [
      s('id', 'id', { required: true }),
      t('name'),
      s('districtId'),
      s('quarterId'),
      s('status', 'status', { synonyms: { aktiv: 'active', geöffnet: 'active', 'vorübergehend geschlossen': 'temporarilyClosed', pausiert: 'temporarilyClosed', 'dauerhaft geschlossen': 'closed' } }),
      d('validFrom'),
      d('validUntil'),
      { header: 'formerNames', path: 'formerNames', kind: 'names' },
      s('street', 'address.street'),
      s('postalCode', 'address.postalCode', { emptyValue: '' }),
      s('city', 'address.city'),
      { header: 'addressOnRequest', path: 'address.onRequest', kind: 'boolean' },
      t('addressNote', 'address.note'),
      { header: 'lat', path: 'location.lat', kind: 'number' },
      { header: 'lng', path: 'location.lng', kind: 'number' },
      s('operator', 'operator.name'),
      s('operatorUrl', 'operator.url'),
      ...contact('url'),
      t('description'),
      { header: 'hours', path: 'openingHours', kind: 'hours' },
      { header: 'byAppointment', path: 'byAppointment', kind: 'boolean' },
      t('hoursNote'),
      { header: 'languages', path: 'languages', kind: 'list' },
      s('wheelchair', 'accessibility.wheelchair', { synonyms: { ja: 'yes', eingeschränkt: 'limited', teilweise: 'limited', nein: 'no' } }),
      t('accessibilityNote', 'accessibility.note'),
      ...upkeep(),
    ],
  },
  {
    name: 'closures',
    file: 'closures.csv',
    parent: { table: 'welcome-points', key: 'closures' },
    columns: [s('welcomePointId', '@parent', { required: true }), d('from'), d('to'), t('note')],
  },
  {
    name: 'offers',
    file: 'offers.csv',
    columns: [
      s('id', 'id', { required: true }),
      s('welcomePointId', 'welcomePointId', { required: true }),
      t('title'),
      t('description'),
      { header: 'categories', path: 'categoryIds', kind: 'list', emptyValue: '' },
      { header: 'audiences', path: 'audiences', kind: 'list' },
      { header: 'languages', path: 'languages', kind: 'list' },
      { header: 'schedule', path: 'schedule', kind: 'hours' },
      { header: 'cost', path: 'cost', kind: 'cost' },
      { header: 'registrationRequired', path: 'registration.required', kind: 'boolean' },
      t('registrationNote', 'registration.note'),
      s('url'),
      ...contact('contactUrl'),
      ...upkeep(),
    ],
  },
  {
    name: 'dates',
    file: 'dates.csv',
    parent: { table: 'offers', key: 'dates' },
    columns: [s('offerId', '@parent', { required: true }), d('start'), d('end')],
  },
];

/** Where a list of entries lives in the feed, per table without a parent. */
export const FEED_LIST: Partial<Record<TableName, 'districts' | 'categories' | 'welcomePoints' | 'offers'>> = {
  districts: 'districts',
  categories: 'categories',
  'welcome-points': 'welcomePoints',
  offers: 'offers',
};

/** District outlines do not fit a cell (Excel stops at 32,767 characters): they go to a GeoJSON file beside the CSVs. */
export const GEOMETRY_FILE = 'districts.geojson';

type Bag = Record<string, unknown>;

/** Reads a dotted path. */
export function getPath(entry: unknown, path: string): unknown {
  let value: unknown = entry;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Bag)[key] : undefined;
  return value;
}

/** Writes a dotted path, creating the objects on the way. */
export function setPath(entry: Bag, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = entry;
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Bag;
  target[keys[keys.length - 1]] = value;
}

/** Levenshtein distance, for "did you mean" hints on misspelled headers. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The known name closest to `name`, if it is close enough to be a likely typo. */
export function nearest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
