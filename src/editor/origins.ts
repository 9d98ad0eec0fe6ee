// SPDX-License-Identifier: EUPL-1.2
/**
 * Maps the validator's JSON paths (`offers[17].contact.email`) back to where an editor typed the
 * value (`offers.csv:19`, column `email`), so import problems point into the spreadsheet.
 */
import type { FeedProblem } from '../feed/validate.js';
import type { EditorProblem } from './problems.js';
import { located } from './validation-messages.js';
import { FEED_LIST, TABLES } from './tables.js';

export interface RowOrigin {
  file: string;
  /** Spreadsheet row of each entry, by index in the list. */
  rows: number[];
}

export interface RowOrigins {
  /** Per feed list (`offers`, …). */
  lists: Record<string, RowOrigin>;
  /** Per nested list object (a point's `closures`, …), keyed by the array itself. */
  nested: Map<unknown[], RowOrigin>;
}

const PATH = /^(districts|categories|welcomePoints|offers)\[(\d+)\](?:\.(quarters|closures|dates)\[(\d+)\])?(?:\.?(.*))?$/;

/** The parts of a validator path in a feed list: `offers[3].dates[1].start` → offers, 3, dates, 1, `start`. */
export interface FeedPath {
  list: string;
  index: number;
  /** A nested list of the entry (`quarters`, `closures`, `dates`) and the position in it. */
  nested?: { key: string; index: number };
  /** The rest of the path, `''` for the entry itself. */
  field: string;
}

/** `undefined` for paths outside the lists (`meta.title`, `version`). */
export function parseFeedPath(path: string): FeedPath | undefined {
  const match = PATH.exec(path);
  if (!match) return undefined;
  const [, list, index, nestedKey, nestedIndex, field = ''] = match;
  return { list, index: Number(index), nested: nestedKey ? { key: nestedKey, index: Number(nestedIndex) } : undefined, field };
}

/** The CSV header of a field path, e.g. `contact.email` → `email` in offers.csv. */
function headerOf(list: string, nestedKey: string | undefined, field: string): string | undefined {
  const spec = nestedKey
    ? TABLES.find(t => t.parent?.key === nestedKey)
    : TABLES.find(t => FEED_LIST[t.name] === list);
  const plain = field.replace(/\[\d+\]/g, '');
  const column = spec?.columns.find(c => plain === c.path || plain.startsWith(`${c.path}.`) || plain.startsWith(`${c.path}[`));
  return column?.header;
}

/** Where an editor finds the value at a feed path, and what to call it in a message. */
export interface Spot {
  file: string;
  row?: number;
  column?: string;
  /** The column, or the path when no column holds it. */
  label?: string;
}

/**
 * The spreadsheet cell of a JSON path (`offers[17].contact.email` → offers.csv, row 19, `email`).
 * @param input the feed object built from the rows (before validation), to find nested lists.
 */
export function spotOf(path: string, origins: RowOrigins, metaFile: string, input: Record<string, unknown>): Spot {
  const parsed = parseFeedPath(path);
  if (!parsed) {
    const file = path.startsWith('meta') ? metaFile : 'feed';
    return { file, row: file === metaFile ? 2 : undefined, label: path.replace(/^meta\.?/, '') || 'meta' };
  }
  const { list, index, nested, field } = parsed;
  let origin = origins.lists[list];
  let row = origin?.rows[index];
  if (nested) {
    const parent = (input[list] as Record<string, unknown>[] | undefined)?.[index];
    const nestedOrigin = origins.nested.get(parent?.[nested.key] as unknown[]);
    if (nestedOrigin) {
      origin = nestedOrigin;
      row = nestedOrigin.rows[nested.index];
    }
  }
  const column = headerOf(list, nested?.key, field);
  return { file: origin?.file ?? list, row, column, label: column ?? (field || undefined) };
}

/** The validator's problems, each where the editor typed the value. */
export function mapValidationProblems(problems: FeedProblem[], origins: RowOrigins, metaFile: string, input: Record<string, unknown>): EditorProblem[] {
  return problems.map(problem => {
    const { label, ...where } = spotOf(problem.path, origins, metaFile, input);
    return located({ severity: problem.severity, ...where, path: problem.path }, label, problem.message);
  });
}
