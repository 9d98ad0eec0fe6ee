// SPDX-License-Identifier: EUPL-1.2
/**
 * One mistake, one error. A row left out takes the rows that belong to it along (a point's
 * closures and offers, an offer's dates, a district's quarters and points). Each of them used to
 * get an error of its own that blamed a "missing" id, a dozen lines that buried the one typo
 * that caused them. Here they are listed together, once per file, naming the row to fix.
 */
import type { FeedProblem } from '../feed/validate.js';
import { editorProblem, type EditorProblem } from './problems.js';
import { parseFeedPath } from './origins.js';

interface Where {
  file: string;
  row: number;
}

interface Followers extends Where {
  column: string;
  id: string;
  cause: Where;
  rows: number[];
}

/** The references whose target, when dropped, drops the entry too. */
const REFERENCES: Record<string, Record<string, string>> = { welcomePoints: { districtId: 'districts' }, offers: { welcomePointId: 'welcomePoints' } };
const DROPPED = /; entry dropped$/;

const keyOf = (list: string, id: unknown) => `${list}\n${String(id)}`;

/** Spreadsheet rows as an editor reads them: "6", "6, 9", "6–9, 12". */
export function rowList(rows: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const start = rows[i];
    while (rows[i + 1] === rows[i] + 1) i++;
    runs.push(rows[i] === start ? `${start}` : `${start}–${rows[i]}`);
  }
  return runs.join(', ');
}

/** The rows left out for an error, by feed list and id, and the rows that went with them. */
export class LeftOut {
  readonly #causes = new Map<string, Where>();
  readonly #followers = new Map<string, Followers>();

  /** Remembers that the row of `id` in `list` (`welcomePoints`, …) was left out. */
  add(list: string, id: unknown, where: { file: string; row?: number }): void {
    const key = keyOf(list, id);
    if (typeof id === 'string' && id && where.row && !this.#causes.has(key)) this.#causes.set(key, { file: where.file, row: where.row });
  }

  /**
   * Takes on a row that names `id` of `list`, when that entry's row was left out.
   * @returns false when the id was never there: then the row's own error stands.
   */
  follow(list: string, id: unknown, row: { file: string; column: string; row?: number }): boolean {
    const cause = this.#causes.get(keyOf(list, id));
    if (!cause || !row.row) return false;
    const key = `${row.file}\n${keyOf(list, id)}`;
    const group = this.#followers.get(key) ?? this.#followers.set(key, { file: row.file, row: row.row, column: row.column, id: String(id), cause, rows: [] }).get(key)!;
    group.rows.push(row.row);
    return true;
  }

  /**
   * The validator's problems without those it found only because an entry before them was left
   * out; those are taken on instead. `mapped[i]` is `raw[i]` where the editor finds it.
   */
  followValidation(raw: FeedProblem[], mapped: EditorProblem[], input: Record<string, unknown>): EditorProblem[] {
    const entryOf = (problem: FeedProblem) => {
      const at = problem.severity === 'error' && DROPPED.test(problem.message) ? parseFeedPath(problem.path) : undefined;
      if (!at) return undefined;
      // A reference is a field of the entry itself, never of its nested lists.
      return { list: at.list, field: at.nested ? '' : at.field, entry: (input[at.list] as Record<string, unknown>[])[at.index] };
    };
    const drops = raw.map(entryOf);
    const targetOf = (dropped: (typeof drops)[number]) => {
      const list = dropped?.field && REFERENCES[dropped.list]?.[dropped.field];
      return list ? { list, id: dropped.entry[dropped.field] } : undefined;
    };
    // An entry dropped for a reference to an entry left out was left out for that entry's cause.
    drops.forEach((dropped, index) => {
      const target = targetOf(dropped);
      if (dropped) this.add(dropped.list, dropped.entry.id, (target && this.#causes.get(keyOf(target.list, target.id))) || mapped[index]);
    });
    return mapped.filter((problem, index) => {
      const target = targetOf(drops[index]);
      return !(target && this.follow(target.list, target.id, { file: problem.file, column: problem.column ?? drops[index]!.field, row: problem.row }));
    });
  }

  /** One error per file and left-out entry, for the rows that went with it. */
  problems(): EditorProblem[] {
    return [...this.#followers.values()].map(({ file, row, column, id, cause, rows }) => {
      const one = rows.length === 1;
      const list = rowList(rows);
      return editorProblem(
        { severity: 'error', file, row, column },
        {
          en: `${one ? 'row' : 'rows'} ${list} ${one ? 'belongs' : 'belong'} to ${column} ${JSON.stringify(id)}, which was left out for an error in row ${cause.row} of ${cause.file}; left out with it`,
          de: `${one ? 'Zeile' : 'Zeilen'} ${list} ${one ? 'gehört' : 'gehören'} zu ${column} ${JSON.stringify(id)}, das wegen eines Fehlers in Zeile ${cause.row} von ${cause.file} nicht übernommen wurde; ebenfalls nicht übernommen`,
        },
        {
          en: `fix row ${cause.row} of ${cause.file}, and ${one ? 'this row comes' : 'these rows come'} back with it`,
          de: `korrigieren Sie Zeile ${cause.row} in ${cause.file}, dann ${one ? 'ist diese Zeile' : 'sind diese Zeilen'} wieder dabei`,
        },
      );
    });
  }
}
