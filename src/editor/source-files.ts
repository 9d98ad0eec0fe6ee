// SPDX-License-Identifier: EUPL-1.2
/** The files an editor chose → the feed file each one is, with what is missing or doubled. */
import { editorProblem, type Bilingual, type EditorProblem } from './problems.js';
import { GEOMETRY_FILE, TABLES, nearest } from './tables.js';

/** A file as read from disk or dropped on the workshop page. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

const KNOWN_FILES = [...TABLES.map(t => t.file), GEOMETRY_FILE];
/** Without these the feed lists no place and no offer: the one file an editor forgot to choose. */
const CORE_FILES = ['welcome-points.csv', 'offers.csv'];

export const didYouMean = (name: string): Bilingual => ({ en: `did you mean "${name}"?`, de: `meinten Sie „${name}“?` });

/**
 * The file name without folder and case, and without the number a browser adds to a second
 * download of the same file (`offers (1).csv`, `offers(2).csv`, Safari's `offers-1.csv`).
 */
const feedFileName = (name: string) => name.split(/[\\/]/).pop()!.toLowerCase().replace(/(?:\s*\(\d+\)|-\d+)(?=\.\w+$)/, '');

/** Each feed file's source; unknown, doubled and missing files are listed in `problems`. */
export function feedFiles(files: SourceFile[], problems: EditorProblem[]): Map<string, SourceFile> {
  const byName = new Map<string, SourceFile>();
  for (const file of files) {
    const name = feedFileName(file.name);
    const first = byName.get(name);
    if (first) {
      problems.push(
        editorProblem(
          { severity: 'warning', file: file.name },
          { en: `is ${name} again (after ${first.name}); ignored`, de: `ist noch einmal ${name} (nach ${first.name}); nicht übernommen` },
          { en: 'choose one file of each kind', de: 'wählen Sie von jeder Datei nur eine' },
        ),
      );
    } else if (KNOWN_FILES.includes(name)) byName.set(name, file);
    else {
      const guess = nearest(name, KNOWN_FILES);
      problems.push(
        editorProblem(
          { severity: 'warning', file: file.name },
          { en: 'is not one of the feed files; ignored', de: 'ist keine der Feed-Dateien; nicht übernommen' },
          guess ? didYouMean(guess) : { en: `expected ${KNOWN_FILES.join(', ')}`, de: `erwartet: ${KNOWN_FILES.join(', ')}` },
        ),
      );
    }
  }
  if (byName.size) {
    for (const file of CORE_FILES.filter(name => !byName.has(name))) {
      problems.push(
        editorProblem(
          { severity: 'error', file },
          { en: 'is missing: the feed has none of its entries', de: 'fehlt: dem Feed fehlen alle ihre Einträge' },
          { en: 'choose all files of the feed together (Ctrl+A in the folder)', de: 'wählen Sie alle Dateien des Feeds zusammen (Strg+A im Ordner)' },
        ),
      );
    }
  }
  return byName;
}
