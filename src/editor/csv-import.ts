// SPDX-License-Identifier: EUPL-1.2
/**
 * CSV files (as export writes them, or as an editor saved them from a spreadsheet) → a feed.
 * Forgiving like the validator: a bad row is left out and listed, the rest is kept. Every
 * problem names the file and the spreadsheet row (the header is row 1).
 */
import Papa from 'papaparse';
import { validateFeed } from '../feed/validate.js';
import type { WelcomeFeed } from '../feed/schema.js';
import { decodeText } from './decode.js';
import { parseHours } from './hours-syntax.js';
import { FILL_IN, type EditorProblem } from './problems.js';
import { mapValidationProblems, type RowOrigins } from './origins.js';
import { FEED_LIST, GEOMETRY_FILE, NAME_SEPARATOR, PER_LANGUAGE, TABLES, nearest, setPath, type Column, type TableName, type TableSpec } from './tables.js';

/** A file as read from disk or dropped on the workshop page. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export interface CsvImportResult {
  /** The validated feed, or undefined when nothing could be built (see `fatal`). */
  feed?: WelcomeFeed;
  problems: EditorProblem[];
  /** Why nothing could be built at all. */
  fatal?: string;
}

type Bag = Record<string, unknown>;
interface Row {
  entry: Bag;
  row: number;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const TRUE = new Set(['yes', 'ja', 'true', 'wahr', '1', 'x']);
const FALSE = new Set(['no', 'nein', 'false', 'falsch', '0']);
/** A leading apostrophe that export put before a formula-like cell. */
const ESCAPED_FORMULA = /^'(?=[=@\t\r+-])/;

const baseName = (name: string) => name.split(/[\\/]/).pop()!.toLowerCase();

/** Guesses the delimiter from the header line: German Excel writes `;`, "Unicode text" a tab. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map(d => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** Which column each header cell feeds, with warnings for headers nobody knows. */
function mapHeader(spec: TableSpec, header: string[], file: string, problems: EditorProblem[]) {
  const known = spec.columns.map(c => c.header);
  const byHeader = new Map(spec.columns.map(c => [c.header.toLowerCase(), c]));
  const seen = new Set<string>();
  return header.map((raw, index) => {
    const name = raw.trim();
    if (!name) return undefined;
    const [base, ...rest] = name.split('.');
    const lang = rest.join('.');
    const column = byHeader.get((lang ? base : name).toLowerCase());
    const ok = column && (!lang || (PER_LANGUAGE.has(column.kind) && LANGUAGE_TAG.test(lang)));
    if (!ok) {
      const guess = nearest(lang ? base : name, known);
      problems.push({
        severity: 'warning',
        file,
        row: 1,
        column: name,
        message: `unknown column ${JSON.stringify(name)}; ignored`,
        hint: guess ? `did you mean "${lang && guess !== base ? `${guess}.${lang}` : guess}"?` : `known columns: ${known.join(', ')}`,
      });
      return undefined;
    }
    const key = `${column.header}.${lang}`;
    if (seen.has(key)) {
      problems.push({ severity: 'warning', file, row: 1, column: name, message: `column ${JSON.stringify(name)} appears twice; the second is ignored` });
      return undefined;
    }
    seen.add(key);
    return { index, column, lang: lang || undefined };
  });
}

/** Converts one cell; a string is an error message. */
function convert(value: string, column: Column): unknown {
  const trimmed = value.trim();
  switch (column.kind) {
    case 'number': {
      const number = Number(trimmed.replace(/^(-?\d+),(\d+)$/, '$1.$2'));
      return Number.isFinite(number) && trimmed ? number : new Error(`${JSON.stringify(value)} is not a number`);
    }
    case 'boolean':
      if (TRUE.has(trimmed.toLowerCase())) return true;
      if (FALSE.has(trimmed.toLowerCase())) return false;
      return new Error(`${JSON.stringify(value)} is not yes or no`);
    case 'list':
      return trimmed.split(/\s*,\s*/).filter(Boolean);
    case 'hours': {
      const result = parseHours(value);
      return result.ok ? result.slots : new Error(`${JSON.stringify(value)}: ${result.error}`);
    }
    default:
      return trimmed;
  }
}

/** Reads one table's rows into entries; bad rows are listed and left out. */
function readTable(spec: TableSpec, text: string, file: string, defaultLanguage: string, problems: EditorProblem[]): Row[] | undefined {
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  const data = parsed.data;
  while (data.length && data[data.length - 1].every(cell => !cell.trim())) data.pop();
  if (!data.length) {
    problems.push({ severity: 'error', file, message: 'is empty (not even a header row)', hint: `export a feed to see the expected columns of ${spec.file}` });
    return undefined;
  }
  const columns = mapHeader(spec, data[0], file, problems);
  const missing = spec.columns.filter(c => c.required && !columns.some(m => m?.column === c));
  if (missing.length) {
    problems.push({
      severity: 'error',
      file,
      row: 1,
      message: `has no column ${missing.map(c => JSON.stringify(c.header)).join(', ')}; file left out`,
      hint: `the first row must name the columns, e.g. ${spec.columns.slice(0, 4).map(c => c.header).join(', ')}`,
    });
    return undefined;
  }
  const absentLists = spec.columns.filter(c => c.kind === 'list' && c.emptyValue !== undefined && !columns.some(m => m?.column === c));
  const rows: Row[] = [];
  for (let index = 1; index < data.length; index++) {
    const cells = data[index];
    if (cells.every(cell => !cell.trim())) continue;
    const row = index + 1;
    const entry: Bag = {};
    const texts = new Map<Column, Record<string, string>>();
    let bad = false;
    for (const mapped of columns) {
      if (!mapped) continue;
      const { column, lang } = mapped;
      const value = (cells[mapped.index] ?? '').replace(ESCAPED_FORMULA, '');
      if (PER_LANGUAGE.has(column.kind)) {
        if (value.trim()) (texts.get(column) ?? texts.set(column, {}).get(column)!)[lang ?? defaultLanguage] = value;
        continue;
      }
      if (!value.trim()) {
        if (column.required) {
          problems.push({ severity: 'error', file, row, column: column.header, message: `${column.header} is empty; row left out`, hint: FILL_IN });
          bad = true;
        } else if (column.emptyValue !== undefined) {
          setPath(entry, column.path, column.kind === 'list' ? [] : column.emptyValue);
        }
        continue;
      }
      const converted = convert(value, column);
      if (converted instanceof Error) {
        problems.push({ severity: 'error', file, row, column: column.header, message: `${column.header} ${converted.message}; row left out` });
        bad = true;
      } else {
        setPath(entry, column.path, converted);
      }
    }
    for (const [column, text] of texts) {
      if (column.kind === 'names') {
        const names = namesOf(text, defaultLanguage);
        if (names.length) setPath(entry, column.path, names);
        continue;
      }
      const value = plainOrText(text, defaultLanguage);
      setPath(entry, column.path, column.kind === 'cost' && value === 'free' ? 'free' : value);
    }
    if (entry.address) fixAddress(entry.address as Bag);
    // A list the feed requires (an offer's categories) may be left out of a hand-made file.
    for (const column of absentLists) setPath(entry, column.path, []);
    if (!bad) rows.push({ entry, row });
  }
  return rows;
}

/** A text in the default language only stays a plain string, as editors write it in the feed. */
function plainOrText(text: Record<string, string>, defaultLanguage: string): string | Record<string, string> {
  const languages = Object.keys(text);
  return languages.length === 1 && languages[0] === defaultLanguage ? text[defaultLanguage] : text;
}

/** Per-language cells of several names (`A | B`) → a list of texts, the n-th name of each cell together. */
function namesOf(cells: Record<string, string>, defaultLanguage: string): (string | Record<string, string>)[] {
  const split = Object.entries(cells).map(([lang, cell]) => [lang, cell.split(NAME_SEPARATOR).map(name => name.trim())] as const);
  const count = Math.max(0, ...split.map(([, names]) => names.length));
  const names: (string | Record<string, string>)[] = [];
  for (let index = 0; index < count; index++) {
    const text = Object.fromEntries(split.filter(([, parts]) => parts[index]).map(([lang, parts]) => [lang, parts[index]]));
    if (Object.keys(text).length) names.push(plainOrText(text, defaultLanguage));
  }
  return names;
}

/**
 * A street address always has a postal code (maybe empty); an address on request needs none,
 * and "no" in addressOnRequest just means a street address.
 */
function fixAddress(address: Bag): void {
  if (address.onRequest === false) delete address.onRequest;
  if (address.onRequest !== true && address.postalCode === undefined) address.postalCode = '';
  if (address.onRequest === true && address.postalCode === '') delete address.postalCode;
}

/** Leaves out the second and later rows with the same id. */
function dropDuplicates(rows: Row[], file: string, problems: EditorProblem[]): Row[] {
  const first = new Map<unknown, number>();
  return rows.filter(({ entry, row }) => {
    const seen = first.get(entry.id);
    if (seen === undefined) return first.set(entry.id, row), true;
    problems.push({ severity: 'error', file, row, column: 'id', message: `id ${JSON.stringify(entry.id)} is already used in row ${seen}; row left out`, hint: 'give every row its own id' });
    return false;
  });
}

/**
 * Builds a feed from CSV files (any subset of the tables; missing lists stay empty).
 * @example
 * const { feed, problems } = importCsv([{ name: 'offers.csv', bytes }, …]);
 */
export function importCsv(files: SourceFile[]): CsvImportResult {
  const problems: EditorProblem[] = [];
  const byName = new Map<string, SourceFile>();
  const knownFiles = [...TABLES.map(t => t.file), GEOMETRY_FILE];
  for (const file of files) {
    const name = baseName(file.name);
    if (knownFiles.includes(name)) byName.set(name, file);
    else {
      const guess = nearest(name, knownFiles);
      problems.push({ severity: 'warning', file: file.name, message: 'is not one of the feed files; ignored', hint: guess ? `did you mean "${guess}"?` : `expected ${knownFiles.join(', ')}` });
    }
  }
  if (![...byName.keys()].some(name => name.endsWith('.csv'))) {
    return { problems, fatal: `no feed CSV files found (expected ${TABLES.map(t => t.file).join(', ')})` };
  }
  const texts = new Map<TableName, { text: string; file: string }>();
  for (const spec of TABLES) {
    const source = byName.get(spec.file);
    if (!source) continue;
    const decoded = decodeText(source.bytes);
    if (!decoded.ok) {
      problems.push({ severity: 'error', file: source.name, message: `${decoded.error}; file left out` });
      continue;
    }
    if (decoded.warning) problems.push({ severity: 'warning', file: source.name, message: decoded.warning });
    texts.set(spec.name, { text: decoded.text, file: source.name });
  }

  // The default language decides what a plain `name` column means, so meta goes first.
  const tables = new Map<TableName, Row[]>();
  const metaSource = texts.get('meta');
  const metaRows = metaSource ? readTable(TABLES[0], metaSource.text, metaSource.file, 'de', problems) : undefined;
  const rawLanguage = metaRows?.[0]?.entry.defaultLanguage;
  const defaultLanguage = typeof rawLanguage === 'string' && LANGUAGE_TAG.test(rawLanguage) ? rawLanguage : 'de';
  const meta = metaRows?.[0]?.entry;
  if (metaRows && metaRows.length > 1) problems.push({ severity: 'warning', file: metaSource!.file, row: metaRows[1].row, message: 'meta.csv has one row; the rows after the first are ignored' });
  if (!meta) {
    problems.push({ severity: 'error', file: 'meta.csv', message: metaSource ? 'has no data row' : 'is missing', hint: 'the feed needs a title, publisher, updated and license: export a feed to get a meta.csv to fill in' });
  }
  for (const spec of TABLES.slice(1)) {
    const source = texts.get(spec.name);
    if (!source) continue;
    const rows = readTable(spec, source.text, source.file, defaultLanguage, problems);
    if (rows) tables.set(spec.name, spec.parent ? rows : dropDuplicates(rows, source.file, problems));
  }

  const origins: RowOrigins = { lists: {}, nested: new Map() };
  const lists: Record<string, Bag[]> = {};
  for (const spec of TABLES) {
    const key = FEED_LIST[spec.name];
    if (!key) continue;
    const rows = tables.get(spec.name) ?? [];
    lists[key] = rows.map(r => r.entry);
    origins.lists[key] = { file: texts.get(spec.name)?.file ?? spec.file, rows: rows.map(r => r.row) };
  }
  for (const spec of TABLES.filter(t => t.parent)) attachChildren(spec, tables, texts.get(spec.name)?.file ?? spec.file, origins, problems);
  attachGeometry(byName.get(GEOMETRY_FILE), lists.districts ?? [], problems);

  const feed = { version: 1, meta: meta ?? {}, ...lists };
  const result = validateFeed(feed);
  problems.push(...mapValidationProblems(result.problems, origins, metaSource?.file ?? 'meta.csv', feed));
  return { feed: result.feed, problems };
}

function attachChildren(spec: TableSpec, tables: Map<TableName, Row[]>, file: string, origins: RowOrigins, problems: EditorProblem[]) {
  const parents = new Map((tables.get(spec.parent!.table) ?? []).map(r => [r.entry.id, r.entry]));
  const parentFile = TABLES.find(t => t.name === spec.parent!.table)!.file;
  const parentColumn = spec.columns.find(c => c.path === '@parent')!.header;
  for (const { entry, row } of tables.get(spec.name) ?? []) {
    const id = entry['@parent'];
    delete entry['@parent'];
    const parent = parents.get(id);
    if (!parent) {
      problems.push({ severity: 'error', file, row, column: parentColumn, message: `${parentColumn} ${JSON.stringify(id)} is not in ${parentFile}; row left out` });
      continue;
    }
    const list = ((parent[spec.parent!.key] as Bag[] | undefined) ??= []);
    list.push(entry);
    const rows = origins.nested.get(list) ?? origins.nested.set(list, { file, rows: [] }).get(list)!;
    rows.rows.push(row);
  }
}

function attachGeometry(source: SourceFile | undefined, districts: Bag[], problems: EditorProblem[]) {
  if (!source) return;
  try {
    const decoded = decodeText(source.bytes);
    if (!decoded.ok) throw new Error(decoded.error);
    const collection = JSON.parse(decoded.text) as { features?: { properties?: { id?: unknown }; geometry?: unknown }[] };
    const byId = new Map(districts.map(d => [d.id, d]));
    for (const feature of collection.features ?? []) {
      const district = byId.get(String(feature.properties?.id));
      if (district) district.geometry = feature.geometry;
      else problems.push({ severity: 'warning', file: source.name, message: `outline for district ${JSON.stringify(feature.properties?.id)}, which is not in districts.csv; ignored` });
    }
  } catch (error) {
    problems.push({ severity: 'error', file: source.name, message: `cannot be read: ${(error as Error).message}; outlines left out` });
  }
}
