// SPDX-License-Identifier: EUPL-1.2
/**
 * Bytes of a file an editor saved → text. Spreadsheets save CSV in many ways: UTF-8 with or
 * without a byte order mark, "Unicode text" (UTF-16 with BOM), or, in older Excel on Windows,
 * Windows-1252 ("ANSI"). The last one is converted with a warning, since umlauts would
 * otherwise turn into garbage; anything that looks binary is refused.
 */

import type { Bilingual } from './problems.js';

/** `windows1252`: read as Windows-1252, whose files lose every letter it lacks (see lost-letters.ts). */
export type Decoded = { ok: true; text: string; warning?: Bilingual; windows1252?: true } | { ok: false; error: Bilingual };

/** Bytes that Windows-1252 leaves undefined, and C0 controls other than tab and line breaks: signs of a binary file. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0081\u008D\u008F\u0090\u009D]/;

/** How to save a sheet so that every letter survives (also the hint for letters already lost, lost-letters.ts). */
export const SAVE_AS: Bilingual = {
  en: 'save it from the spreadsheet as "CSV UTF-8" (Excel) or "Text CSV" with character set UTF-8 (LibreOffice)',
  de: 'speichern Sie sie aus der Tabellenkalkulation als „CSV UTF-8“ (Excel) oder „Text CSV“ mit Zeichensatz UTF-8 (LibreOffice)',
};

/**
 * @example
 * decodeText(await file.arrayBuffer().then(b => new Uint8Array(b))) // { ok: true, text: 'id,name\r\n…' }
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): Decoded {
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    const result = checked(text);
    if (!result.ok) return result;
    return {
      ok: true,
      text,
      windows1252: true,
      warning: {
        en: `is not UTF-8 but looks like Windows-1252 ("ANSI"); converted (check umlauts and other letters). Next time ${SAVE_AS.en}`,
        de: `ist nicht in UTF-8, sondern offenbar in Windows-1252 („ANSI“) gespeichert; umgewandelt (prüfen Sie Umlaute und andere Buchstaben). Nächstes Mal ${SAVE_AS.de}`,
      },
    };
  }
}

function checked(text: string): Decoded {
  const sample = text.slice(0, 65_536);
  if (NOT_TEXT.test(sample)) {
    return {
      ok: false,
      error: {
        en: `is not a text file (it contains binary data). If it is a spreadsheet (.xlsx, .ods), ${SAVE_AS.en}`,
        de: `ist keine Textdatei (sie enthält Binärdaten). Ist es eine Tabelle (.xlsx, .ods), ${SAVE_AS.de}`,
      },
    };
  }
  return { ok: true, text };
}
