// SPDX-License-Identifier: EUPL-1.2
/** Prints editor problems (import, export, lint) one per line, as `file:row: message (hint)`. */
import { painter, plural } from './common.mjs';

export function printProblems(problems, formatProblem, stream = process.stdout) {
  const paint = painter(stream);
  for (const problem of problems) {
    const label = problem.severity === 'error' ? paint(31, 'error  ') : paint(33, 'warning');
    stream.write(`${label} ${formatProblem(problem)}\n`);
  }
}

export function counts(problems) {
  const errors = problems.filter(p => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return { errors, warnings, text: `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` };
}
