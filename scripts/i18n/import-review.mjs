#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run i18n:import-review <file.json>`: merges the corrections a reviewer exported from
 * demo/translations.html into xliff/<locale>.xlf.
 *
 * The file (format `welcome-widgets-review`, version 1):
 *   { "format": "welcome-widgets-review", "version": 1, "locale": "uk",
 *     "reviewer": "…", "native": true, "date": "2026-12-04",
 *     "units": [{ "id": "offer-list.chip-district", "target": "Пропозиції: {0}", "comment": "…" }] }
 * Placeholders are written `{0}`, `{1}` and must be the same as in the English source.
 *
 * Valid corrections are written even when others are not; each rejected one is printed with its
 * reason and the exit code is 1, so nothing is lost silently. Then run `npm run i18n:build` and
 * `npm run i18n:check`, and note the review in docs/i18n.md.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyTargetsToFile } from './xliff-units.mjs';

const FORMAT = 'welcome-widgets-review';

/** Checks the review file's shape; returns `{ locale, changes, problems }`. */
export function parseReview(json, knownLocales) {
  const problems = [];
  if (json?.format !== FORMAT || json.version !== 1) problems.push(`not a ${FORMAT} file of version 1`);
  const locale = typeof json?.locale === 'string' ? json.locale : '';
  if (!knownLocales.includes(locale)) problems.push(`unknown locale "${locale}" (expected one of ${knownLocales.join(', ')})`);
  const changes = {};
  for (const [index, unit] of (Array.isArray(json?.units) ? json.units : []).entries()) {
    if (typeof unit?.id !== 'string' || typeof unit.target !== 'string') problems.push(`units[${index}]: needs an "id" and a "target" string`);
    else changes[unit.id] = unit.target;
  }
  return { locale, changes, problems };
}

export function importReview(file, { root = process.cwd() } = {}) {
  const config = JSON.parse(readFileSync(resolve(root, 'lit-localize.json'), 'utf8'));
  const { locale, changes, problems } = parseReview(JSON.parse(readFileSync(file, 'utf8')), config.targetLocales);
  if (problems.length) return { locale, changed: [], problems };
  const xliff = resolve(root, config.interchange.xliffDir, `${locale}.xlf`);
  if (!existsSync(xliff)) return { locale, changed: [], problems: [`${xliff} is missing`] };
  const result = applyTargetsToFile(xliff, changes);
  return { locale, changed: result.changed, problems: result.problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run i18n:import-review <review-file.json>');
    process.exit(2);
  }
  const { locale, changed, problems } = importReview(file);
  if (changed.length) console.log(`${locale}: ${changed.length} translation(s) updated: ${changed.join(', ')}`);
  else if (!problems.length) console.log(`${locale}: nothing to change (all corrections were already in the xliff).`);
  if (problems.length) {
    console.error(`Not imported (${problems.length}):\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  }
}
