// SPDX-License-Identifier: EUPL-1.2
/**
 * Letters a spreadsheet replaced by "?" when it saved a file in Windows-1252 ("ANSI", Excel's
 * plain "CSV"): that character set has no Arabic, Persian or Cyrillic letters and no Turkish ı, ş
 * or ğ. The file holds the question marks themselves, so the letters cannot be recovered, only
 * found, and a text of question marks must not reach the widgets.
 */
import { SAVE_AS } from './decode.js';
import { rowList } from './left-out.js';
import { editorProblem, type EditorProblem } from './problems.js';

/** Links keep their `?` (`…/termine?id=5`). */
const LINKS = /\S+:\/\/\S+/g;
/** "?" inside a word ("dan??ma"), or where a word begins: where a letter stood, not a question. */
const IN_WORD = /\p{L}\?+\p{L}|(?:^|\s)\?+\p{L}/u;
// eslint-disable-next-line no-control-regex -- ASCII is the point
const ASCII_ONLY = /^[\x00-\x7F]*$/;

/**
 * Whether a text in `language` has lost letters. A text in a script other than Latin that is
 * only ASCII and has "?" in it lost them however the file was read (a Windows-1252 file without
 * umlauts is valid UTF-8); in a file read as Windows-1252, any "?" in such a text, and a "?" inside
 * a word of a Latin-script text ("Kad?nlar").
 */
export function lostLetters(text: string, language: string, windows1252 = false): boolean {
  if (!text.includes('?')) return false;
  if (!writtenInLatin(language)) return windows1252 || ASCII_ONLY.test(text);
  return windows1252 && IN_WORD.test(text.replace(LINKS, ''));
}

/** By language: a column's every cell asks, and `Intl.Locale` need not answer each time. */
const latin = new Map<string, boolean>();

function writtenInLatin(language: string): boolean {
  let answer = latin.get(language);
  if (answer === undefined) {
    try {
      answer = new Intl.Locale(language).maximize().script === 'Latn';
    } catch {
      answer = true;
    }
    latin.set(language, answer);
  }
  return answer;
}

/** One message per file and column, for every row whose text there was left out. */
export function lostLettersProblem(file: string, column: string, rows: number[]): EditorProblem {
  const where = rows.length === 1 ? { en: `row ${rows[0]}`, de: `Zeile ${rows[0]}` } : { en: `rows ${rowList(rows)}`, de: `Zeilen ${rowList(rows)}` };
  return editorProblem(
    { severity: 'error', file, row: rows[0], column },
    {
      en: `${column} (${where.en}): letters were replaced by "?" when the file was saved (its character set does not have them); text left out`,
      de: `${column} (${where.de}): Buchstaben wurden beim Speichern durch „?“ ersetzt (der Zeichensatz hat sie nicht); Text nicht übernommen`,
    },
    { en: `${SAVE_AS.en}, and import it again`, de: `${SAVE_AS.de}, und laden Sie sie noch einmal` },
  );
}
