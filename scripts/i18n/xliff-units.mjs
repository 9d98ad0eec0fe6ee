// SPDX-License-Identifier: EUPL-1.2
/** The xliff helpers of `xliff-text.mjs`, on files. */
import { readFileSync, writeFileSync } from 'node:fs';
import { applyTargets, readUnits } from './xliff-text.mjs';

export * from './xliff-text.mjs';

export const readUnitsFile = file => readUnits(readFileSync(file, 'utf8'));

/** {@link applyTargets} on a file, written back only when something changed. */
export function applyTargetsToFile(file, changes) {
  const result = applyTargets(readFileSync(file, 'utf8'), changes);
  if (result.changed.length) writeFileSync(file, result.xml);
  return result;
}
