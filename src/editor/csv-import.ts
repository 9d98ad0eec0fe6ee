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
import { CellError, HOURS_HINT, convert } from './cells.js';
import { LeftOut } from './left-out.js';
import { FILL_IN, editorProblem, type EditorProblem } from './problems.js';
import { mapValidationProblems, spotOf, type RowOrigins } from './origins.js';
import { lintRules, type LintOptions } from './lint.js';
import { lostLetters, lostLettersProblem } from './lost-letters.js';
import { didYouMean, feedFiles, type SourceFile } from './source-files.js';
import { FEED_LIST, GEOMETRY_FILE, NAME_SEPARATOR, PER_LANGUAGE, TABLES, nearest, setPath, type Column, type TableName, type TableSpec } from './tables.js';


export interface CsvImportResult {
  /** The validated feed, or undefined when nothing could be built (see `fatal`). */
  feed?: WelcomeFeed;
  problems: EditorProblem[];
  /** Why nothing could be built at all. */
  fatal?: string;
  /** `fatal` in German. */
  fatalDe?: string;
}

type Bag = Record<string, unknown>;
interface Row {
  entry: Bag;
  row: number;
}
/** Spreadsheet rows by column header, in the order they were met. */
class RowsByColumn extends Map<string, number[]> {
  add(column: string, row: number): void {
    (this.get(column) ?? this.set(column, []).get(column)!).push(row);
  }
}

/** A table's text and the name of the file it came from. */
interface TableText {
  text: string;
  file: string;
  windows1252?: boolean;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
/** A leading apostrophe that export put before a formula-like cell. */
const ESCAPED_FORMULA = /^'(?=[=@\t\r+-])/;


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
      const meant = guess && (lang && guess !== base ? `${guess}.${lang}` : guess);
      problems.push(
        editorProblem(
          { severity: 'warning', file, row: 1, column: name },
          { en: `unknown column ${JSON.stringify(name)}; ignored`, de: `unbekannte Spalte ${JSON.stringify(name)}; nicht übernommen` },
          meant ? didYouMean(meant) : { en: `known columns: ${known.join(', ')}`, de: `bekannte Spalten: ${known.join(', ')}` },
        ),
      );
      return undefined;
    }
    const key = `${column.header}.${lang}`;
    if (seen.has(key)) {
      problems.push(
        editorProblem(
          { severity: 'warning', file, row: 1, column: name },
          { en: `column ${JSON.stringify(name)} appears twice; the second is ignored`, de: `die Spalte ${JSON.stringify(name)} steht zweimal in der Tabelle; die zweite wird nicht übernommen` },
        ),
      );
      return undefined;
    }
    seen.add(key);
    return { index, column, lang: lang || undefined };
  });
}

/** Reads one table's rows into entries; bad rows are listed and left out. */
function readTable(spec: TableSpec, { text, file, windows1252 }: TableText, defaultLanguage: string, problems: EditorProblem[], leftOut: LeftOut): Row[] | undefined {
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  const data = parsed.data;
  while (data.length && data[data.length - 1].every(cell => !cell.trim())) data.pop();
  if (!data.length) {
    problems.push(
      editorProblem(
        { severity: 'error', file },
        { en: 'is empty (not even a header row)', de: 'ist leer (nicht einmal eine Kopfzeile)' },
        { en: `export a feed to see the expected columns of ${spec.file}`, de: `exportieren Sie einen Feed, dann sehen Sie die Spalten von ${spec.file}` },
      ),
    );
    return undefined;
  }
  const columns = mapHeader(spec, data[0], file, problems);
  const missing = spec.columns.filter(c => c.required && !columns.some(m => m?.column === c));
  if (missing.length) {
    const names = missing.map(c => JSON.stringify(c.header)).join(', ');
    const examples = spec.columns.slice(0, 4).map(c => c.header).join(', ');
    problems.push(
      editorProblem(
        { severity: 'error', file, row: 1 },
        { en: `has no column ${names}; file left out`, de: `hat keine Spalte ${names}; Datei nicht übernommen` },
        { en: `the first row must name the columns, e.g. ${examples}`, de: `die erste Zeile muss die Spalten benennen, z. B. ${examples}` },
      ),
    );
    return undefined;
  }
  const absentLists = spec.columns.filter(c => c.kind === 'list' && c.emptyValue !== undefined && !columns.some(m => m?.column === c));
  const rows: Row[] = [];
  const lost = new RowsByColumn();
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
        const language = lang ?? defaultLanguage;
        if (lostLetters(value, language, windows1252)) lost.add(data[0][mapped.index].trim(), row);
        else if (value.trim()) (texts.get(column) ?? texts.set(column, {}).get(column)!)[language] = value;
        continue;
      }
      if (!value.trim()) {
        if (column.required) {
          problems.push(
            editorProblem({ severity: 'error', file, row, column: column.header }, { en: `${column.header} is empty; row left out`, de: `${column.header} ist leer; Zeile nicht übernommen` }, FILL_IN),
          );
          bad = true;
        } else if (column.emptyValue !== undefined) {
          setPath(entry, column.path, column.kind === 'list' ? [] : column.emptyValue);
        }
        continue;
      }
      const converted = convert(value, column);
      if (converted instanceof CellError) {
        const { en, de } = converted.text;
        const hint = column.kind === 'hours' ? HOURS_HINT : undefined;
        problems.push(editorProblem({ severity: 'error', file, row, column: column.header }, { en: `${column.header} ${en}; row left out`, de: `${column.header}: ${de}; Zeile nicht übernommen` }, hint));
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
    else leftOut.add(FEED_LIST[spec.name] ?? spec.name, entry.id, { file, row });
  }
  for (const [column, lostRows] of lost) problems.push(lostLettersProblem(file, column, lostRows));
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
    problems.push(
      editorProblem(
        { severity: 'error', file, row, column: 'id' },
        { en: `id ${JSON.stringify(entry.id)} is already used in row ${seen}; row left out`, de: `die id ${JSON.stringify(entry.id)} steht schon in Zeile ${seen}; Zeile nicht übernommen` },
        { en: 'give every row its own id', de: 'geben Sie jeder Zeile ihre eigene id' },
      ),
    );
    return false;
  });
}

/**
 * Builds a feed from CSV files (any subset of the tables; missing lists stay empty).
 * @param options.lint lint the feed too, and list lint's warnings at their spreadsheet cells
 * @example
 * const { feed, problems } = importCsv([{ name: 'offers.csv', bytes }, …], { lint: {} });
 */
export function importCsv(files: SourceFile[], options: { lint?: LintOptions } = {}): CsvImportResult {
  const problems: EditorProblem[] = [];
  const byName = feedFiles(files, problems);
  if (![...byName.keys()].some(name => name.endsWith('.csv'))) {
    const expected = TABLES.map(t => t.file).join(', ');
    return { problems, fatal: `no feed CSV files found (expected ${expected})`, fatalDe: `keine CSV-Dateien des Feeds gefunden (erwartet: ${expected})` };
  }
  const texts = new Map<TableName, TableText>();
  for (const spec of TABLES) {
    const source = byName.get(spec.file);
    if (!source) continue;
    const decoded = decodeText(source.bytes);
    if (!decoded.ok) {
      problems.push(editorProblem({ severity: 'error', file: source.name }, { en: `${decoded.error.en}; file left out`, de: `${decoded.error.de}; Datei nicht übernommen` }));
      continue;
    }
    if (decoded.warning) problems.push(editorProblem({ severity: 'warning', file: source.name }, decoded.warning));
    texts.set(spec.name, { text: decoded.text, file: source.name, windows1252: decoded.windows1252 });
  }

  // The default language decides what a plain `name` column means, so meta goes first.
  const tables = new Map<TableName, Row[]>();
  const leftOut = new LeftOut();
  const metaSource = texts.get('meta');
  const metaRows = metaSource ? readTable(TABLES[0], metaSource, 'de', problems, leftOut) : undefined;
  const rawLanguage = metaRows?.[0]?.entry.defaultLanguage;
  const defaultLanguage = typeof rawLanguage === 'string' && LANGUAGE_TAG.test(rawLanguage) ? rawLanguage : 'de';
  const meta = metaRows?.[0]?.entry;
  if (metaRows && metaRows.length > 1) {
    problems.push(
      editorProblem(
        { severity: 'warning', file: metaSource!.file, row: metaRows[1].row },
        { en: 'meta.csv has one row; the rows after the first are ignored', de: 'meta.csv hat eine Zeile; die Zeilen nach der ersten werden nicht übernommen' },
      ),
    );
  }
  if (!meta) {
    problems.push(
      editorProblem(
        { severity: 'error', file: 'meta.csv' },
        metaSource ? { en: 'has no data row', de: 'hat keine Datenzeile' } : { en: 'is missing', de: 'fehlt' },
        {
          en: 'the feed needs a title, publisher, updated and license: export a feed to get a meta.csv to fill in',
          de: 'der Feed braucht title, publisher, updated und license: exportieren Sie einen Feed, dann haben Sie eine meta.csv zum Ausfüllen',
        },
      ),
    );
  }
  for (const spec of TABLES.slice(1)) {
    const source = texts.get(spec.name);
    if (!source) continue;
    const rows = readTable(spec, source, defaultLanguage, problems, leftOut);
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
  for (const spec of TABLES.filter(t => t.parent)) attachChildren(spec, tables, texts.get(spec.name)?.file ?? spec.file, origins, problems, leftOut);
  attachGeometry(byName.get(GEOMETRY_FILE), lists.districts ?? [], problems);

  const feed = { version: 1, meta: meta ?? {}, ...lists };
  const result = validateFeed(feed);
  const metaFile = metaSource?.file ?? 'meta.csv';
  const mapped = mapValidationProblems(result.problems, origins, metaFile, feed);
  problems.push(...leftOut.followValidation(result.problems, mapped, feed), ...leftOut.problems());
  if (options.lint) {
    problems.push(...lintRules(result.feed, feed, options.lint, path => spotOf(path, origins, metaFile, feed)));
  }
  return { feed: result.feed, problems };
}

function attachChildren(spec: TableSpec, tables: Map<TableName, Row[]>, file: string, origins: RowOrigins, problems: EditorProblem[], leftOut: LeftOut) {
  const parents = new Map((tables.get(spec.parent!.table) ?? []).map(r => [r.entry.id, r.entry]));
  const parentFile = TABLES.find(t => t.name === spec.parent!.table)!.file;
  const parentColumn = spec.columns.find(c => c.path === '@parent')!.header;
  for (const { entry, row } of tables.get(spec.name) ?? []) {
    const id = entry['@parent'];
    delete entry['@parent'];
    const parent = parents.get(id);
    if (!parent && leftOut.follow(FEED_LIST[spec.parent!.table]!, id, { file, column: parentColumn, row })) continue;
    if (!parent) {
      problems.push(
        editorProblem(
          { severity: 'error', file, row, column: parentColumn },
          { en: `${parentColumn} ${JSON.stringify(id)} is not in ${parentFile}; row left out`, de: `${parentColumn} ${JSON.stringify(id)} steht nicht in ${parentFile}; Zeile nicht übernommen` },
        ),
      );
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
    if (!decoded.ok) throw new CellError(decoded.error);
    const collection = JSON.parse(decoded.text) as { features?: { properties?: { id?: unknown }; geometry?: unknown }[] };
    const byId = new Map(districts.map(d => [d.id, d]));
    for (const feature of collection.features ?? []) {
      const district = byId.get(String(feature.properties?.id));
      if (district) district.geometry = feature.geometry;
      else {
        const id = JSON.stringify(feature.properties?.id);
        problems.push(
          editorProblem(
            { severity: 'warning', file: source.name },
            { en: `outline for district ${id}, which is not in districts.csv; ignored`, de: `Umriss für den Stadtbezirk ${id}, der nicht in districts.csv steht; nicht übernommen` },
          ),
        );
      }
    }
  } catch (error) {
    // A file that is no text says so in both languages; JSON's own errors exist only in English.
    const { en, de } = error instanceof CellError ? error.text : { en: (error as Error).message, de: (error as Error).message };
    problems.push(editorProblem({ severity: 'error', file: source.name }, { en: `cannot be read: ${en}; outlines left out`, de: `nicht lesbar: ${de}; Umrisse nicht übernommen` }));
  }
}
