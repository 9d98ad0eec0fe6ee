// SPDX-License-Identifier: EUPL-1.2
/**
 * The editors' toolkit without DOM, built to `dist/editor.js`: the `welcome-feed` CLI
 * (export, import, lint) and the feed workshop page run this same code. Nothing of it
 * enters the widget bundles.
 * @example
 * import { exportCsv, importCsv, lintFeed } from 'welcome-widgets/dist/editor.js';
 */
export { parseHours, formatHours } from './hours-syntax.js';
export type { HoursResult } from './hours-syntax.js';
export { exportCsv, toCsv } from './csv-export.js';
export type { CsvExportOptions } from './csv-export.js';
export { importCsv } from './csv-import.js';
export type { CsvImportResult } from './csv-import.js';
export type { SourceFile } from './source-files.js';
export { decodeText } from './decode.js';
export { formatProblem } from './problems.js';
export type { Bilingual, EditorProblem } from './problems.js';
export { validationInGerman } from './validation-messages.js';
export { TABLES, GEOMETRY_FILE } from './tables.js';
export { validateFeed, FeedFormatError } from '../feed/validate.js';
export { exportHsds } from './hsds.js';
export type { HsdsExport } from './hsds.js';
export { lintFeed, translationCoverage } from './lint.js';
export type { LintOptions, LintResult, Coverage } from './lint.js';
export { lineIndex, describeJsonError } from './json-lines.js';
