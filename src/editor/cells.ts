// SPDX-License-Identifier: EUPL-1.2
/** One spreadsheet cell's text → the feed value of its column, or what is wrong with it. */
import { isoDateOf } from './dates.js';
import { parseHours } from './hours-syntax.js';
import type { Bilingual } from './problems.js';
import type { Column } from './tables.js';

const TRUE = new Set(['yes', 'ja', 'true', 'wahr', '1', 'x']);
const FALSE = new Set(['no', 'nein', 'false', 'falsch', '0']);

/** What to do about a cell of opening hours that could not be read. */
export const HOURS_HINT: Bilingual = {
  en: 'write the days first, then the times, e.g. "Mo-Fr 09:00-17:00; Sa 10:00-14:00"',
  de: 'schreiben Sie erst die Tage, dann die Uhrzeiten, z. B. „Mo-Fr 09:00-17:00; Sa 10:00-14:00“',
};

/** What is wrong with a cell, or with a whole file that is no text, in both languages. */
export class CellError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

/** Converts one cell. */
export function convert(value: string, column: Column): unknown {
  const trimmed = value.trim();
  switch (column.kind) {
    case 'number': {
      const number = Number(trimmed.replace(/^(-?\d+),(\d+)$/, '$1.$2'));
      return Number.isFinite(number) && trimmed ? number : new CellError({ en: `${JSON.stringify(value)} is not a number`, de: `${JSON.stringify(value)} ist keine Zahl` });
    }
    case 'boolean':
      if (TRUE.has(trimmed.toLowerCase())) return true;
      if (FALSE.has(trimmed.toLowerCase())) return false;
      return new CellError({ en: `${JSON.stringify(value)} is not yes or no`, de: `${JSON.stringify(value)} ist weder ja noch nein` });
    case 'list':
      return trimmed.split(/\s*,\s*/).filter(Boolean);
    case 'hours': {
      const result = parseHours(value);
      return result.ok ? result.slots : new CellError({ en: `${JSON.stringify(value)}: ${result.error.en}`, de: `${JSON.stringify(value)}: ${result.error.de}` });
    }
    case 'date':
      return isoDateOf(trimmed);
    default:
      // NFC: macOS writes ä and ö as two code points.
      return column.synonyms?.[trimmed.normalize('NFC').toLowerCase()] ?? trimmed;
  }
}
