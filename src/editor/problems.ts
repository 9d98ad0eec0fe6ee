// SPDX-License-Identifier: EUPL-1.2
/** One thing an editor should know about, with where to find it in their files. */
export interface EditorProblem {
  /** `error`: a row or value was left out; `warning`: kept, but worth a look. */
  severity: 'error' | 'warning';
  /** The file the problem is in, e.g. `offers.csv` or `feed.json`. */
  file: string;
  /** Spreadsheet row (the header is row 1), or line in a JSON file. */
  row?: number;
  /** Column header, or column in a JSON file. */
  column?: string;
  /** JSON path in the feed, where there is one (lint, validation). */
  path?: string;
  /** What is wrong, one sentence. */
  message: string;
  /** What to do about it, one line. */
  hint?: string;
  /** A stable id of the rule that found it (lint), e.g. `past-events`. */
  rule?: string;
  /**
   * `message` and `hint` in German, for the city's editors (the feed workshop shows them). Absent
   * for the few validator messages without a German form yet: the workshop then shows the English.
   */
  de?: { message: string; hint?: string };
}

/** A message in English (the CLI, the API) and German; written side by side so neither is forgotten. */
export interface Bilingual {
  en: string;
  de: string;
}

/** A problem from where it is and what to say, in both languages. */
export function editorProblem(where: Omit<EditorProblem, 'message' | 'hint' | 'de'>, message: Bilingual, hint?: Bilingual): EditorProblem {
  return { ...where, message: message.en, ...(hint && { hint: hint.en }), de: { message: message.de, ...(hint && { hint: hint.de }) } };
}

/** What to do about a value left empty that the feed needs. */
export const FILL_IN: Bilingual = {
  en: 'fill it in; until then the row stays out of the feed',
  de: 'tragen Sie den Wert ein; bis dahin fehlt die Zeile im Feed',
};

/**
 * The one-line form the CLI prints and the workshop lists.
 * @example
 * formatProblem({ severity: 'error', file: 'offers.csv', row: 17, message: 'hours "Mo 25:00-26:00": 25:00 is not a time' })
 * // 'offers.csv:17: hours "Mo 25:00-26:00": 25:00 is not a time'
 */
export function formatProblem(problem: EditorProblem): string {
  const where = `${problem.file}${problem.row ? `:${problem.row}` : ''}`;
  return `${where}: ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`;
}
