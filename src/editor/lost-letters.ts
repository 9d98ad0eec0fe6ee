// SPDX-License-Identifier: EUPL-1.2
/**
 * Letters a spreadsheet replaced by "?" when it saved a file in Windows-1252 ("ANSI", Excel's
 * plain "CSV"): that character set has no Arabic, Persian or Cyrillic letters and no Turkish ı, ş
 * or ğ. The file holds the question marks themselves, so the letters cannot be recovered, only
 * found, and a text of question marks must not reach the widgets.
 */
import { editorProblem, type EditorProblem } from './problems.js';

/** A "?" inside or before a word, or two in a row: where a letter stood, not a question. */
const IN_WORD = /\?\p{L}|\p{L}\?\p{L}|\?\?/u;

/** Whether a text in `language`, read from a Windows-1252 file, has lost letters. */
export function lostLetters(text: string, language: string): boolean {
  if (!text.includes('?')) return false;
  return !writtenInLatin(language) || IN_WORD.test(text);
}

function writtenInLatin(language: string): boolean {
  try {
    return new Intl.Locale(language).maximize().script === 'Latn';
  } catch {
    return true;
  }
}

/** The message for one cell whose text was left out because of it. */
export function lostLettersProblem(file: string, row: number, column: string): EditorProblem {
  return editorProblem(
    { severity: 'error', file, row, column },
    {
      en: `${column}: letters were replaced by "?" when the file was saved (its character set, Windows-1252, does not have them); text left out`,
      de: `${column}: Buchstaben wurden beim Speichern durch „?“ ersetzt (der Zeichensatz Windows-1252 hat sie nicht); Text nicht übernommen`,
    },
    {
      en: 'save the file as "CSV UTF-8" (Excel) or "Text CSV" with character set UTF-8 (LibreOffice) and import it again',
      de: 'speichern Sie die Datei als „CSV UTF-8“ (Excel) oder „Text CSV“ mit Zeichensatz UTF-8 (LibreOffice) und laden Sie sie noch einmal',
    },
  );
}
