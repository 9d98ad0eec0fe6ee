// SPDX-License-Identifier: EUPL-1.2
/** Feed → one CSV per list (see tables.ts), as LibreOffice and Excel open them. */
import Papa from 'papaparse';
import type { Text, WelcomeFeed } from '../feed/schema.js';
import { formatHours } from './hours-syntax.js';
import { GEOMETRY_FILE, NAME_SEPARATOR, PER_LANGUAGE, TABLES, getPath, type Column, type TableName, type TableSpec } from './tables.js';

export interface CsvExportOptions {
  /**
   * `,` (default) or `;` as German Excel expects. With `;`, numbers get a decimal comma too
   * (`51,2259`): German Excel reads `51.2259` as 512259 or as a date. Import reads both.
   */
  delimiter?: ',' | ';';
  /** Start each file with a UTF-8 byte order mark, so Excel does not guess Windows-1252. */
  bom?: boolean;
}

type Bag = Record<string, unknown>;

/** The entries of each table; nested lists carry their parent's id under `@parent`. */
function entriesOf(feed: WelcomeFeed): Record<TableName, Bag[]> {
  const nested = <P extends { id: string }>(parents: P[], key: keyof P & string) =>
    parents.flatMap(parent => ((parent[key] as Bag[] | undefined) ?? []).map(child => ({ ...child, '@parent': parent.id })));
  return {
    meta: [feed.meta],
    districts: feed.districts,
    quarters: nested(feed.districts, 'quarters'),
    categories: feed.categories,
    'welcome-points': feed.welcomePoints,
    closures: nested(feed.welcomePoints, 'closures'),
    offers: feed.offers,
    dates: nested(feed.offers, 'dates'),
  };
}

/** Languages used by a text column (or by the texts of a list of names), the default language first. */
function languagesOf(entries: Bag[], column: Column, defaultLanguage: string): string[] {
  const found = new Set<string>([defaultLanguage]);
  for (const entry of entries) {
    const value = getPath(entry, column.path);
    for (const text of Array.isArray(value) ? (value as unknown[]) : [value]) if (text && typeof text === 'object') for (const lang of Object.keys(text)) found.add(lang);
  }
  return [...found];
}

/** One cell per language; in each, the names in that language in list order, an empty slot where a name lacks it. */
function nameCells(value: unknown, languages: string[], defaultLanguage: string): string[] {
  const names = Array.isArray(value) ? (value as Text[]) : [];
  return languages.map(lang =>
    names
      .map(name => (typeof name === 'string' ? (lang === defaultLanguage ? name : '') : (name[lang] ?? '')))
      .join(` ${NAME_SEPARATOR} `)
      // Trailing empty slots say nothing; leading ones keep the later names in their place.
      .replace(/(\s*\|\s*)+$/, '')
      .trim(),
  );
}

function textCells(value: unknown, languages: string[], defaultLanguage: string): string[] {
  if (value === undefined || value === 'free') return languages.map(() => '');
  if (typeof value === 'string') return languages.map(lang => (lang === defaultLanguage ? value : ''));
  return languages.map(lang => (value as Exclude<Text, string>)[lang] ?? '');
}

function cell(value: unknown, column: Column, decimalMark: string): string {
  if (value === undefined || value === null) return '';
  switch (column.kind) {
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'list':
      return (value as string[]).join(', ');
    case 'hours':
      return formatHours(value as never);
    default:
      return typeof value === 'number' ? String(value).replace('.', decimalMark) : (value as string);
  }
}

/** Header row and data rows of one table. */
export function tableRows(spec: TableSpec, entries: Bag[], defaultLanguage: string, decimalMark = '.'): { header: string[]; rows: string[][] } {
  const header: string[] = [];
  const writers: ((entry: Bag) => string[])[] = [];
  for (const column of spec.columns) {
    if (PER_LANGUAGE.has(column.kind)) {
      const languages = languagesOf(entries, column, defaultLanguage);
      header.push(...languages.map(lang => (lang === defaultLanguage ? column.header : `${column.header}.${lang}`)));
      writers.push(entry => {
        const value = getPath(entry, column.path);
        if (column.kind === 'names') return nameCells(value, languages, defaultLanguage);
        const cells = textCells(value, languages, defaultLanguage);
        if (value === 'free') cells[0] = 'free';
        return cells;
      });
    } else {
      header.push(column.header);
      writers.push(entry => [cell(getPath(entry, column.path), column, decimalMark)]);
    }
  }
  return { header, rows: entries.map(entry => writers.flatMap(write => write(entry))) };
}

/**
 * A cell starting with `=`, `@` (or `+`/`-` not followed by a number) would run as a formula in a
 * spreadsheet (CSV injection): such cells get a leading apostrophe, which import removes again.
 * Phone numbers (+49 …) and negative coordinates stay as they are.
 */
const FORMULA = /^(?:[=@\t\r]|[+-](?![\d\s.(]))/;

/** Writes the CSV text of one table. */
export function toCsv(header: string[], rows: string[][], options: CsvExportOptions = {}): string {
  const escaped = rows.map(row => row.map(value => (FORMULA.test(value) ? `'${value}` : value)));
  const text = Papa.unparse({ fields: header, data: escaped }, { delimiter: options.delimiter ?? ',', newline: '\r\n' });
  return `${options.bom ? '\uFEFF' : ''}${text}\r\n`;
}

/**
 * Turns a (validated) feed into CSV files by file name, plus `districts.geojson` with the outlines.
 * @example
 * for (const [name, text] of exportCsv(feed)) await writeFile(join(dir, name), text);
 */
export function exportCsv(feed: WelcomeFeed, options: CsvExportOptions = {}): Map<string, string> {
  const files = new Map<string, string>();
  const entries = entriesOf(feed);
  const defaultLanguage = feed.meta.defaultLanguage ?? 'de';
  for (const spec of TABLES) {
    const { header, rows } = tableRows(spec, entries[spec.name], defaultLanguage, options.delimiter === ';' ? ',' : '.');
    files.set(spec.file, toCsv(header, rows, options));
  }
  const features = feed.districts
    .filter(district => district.geometry)
    .map(district => ({ type: 'Feature', properties: { id: district.id }, geometry: district.geometry }));
  if (features.length) files.set(GEOMETRY_FILE, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
  return files;
}
