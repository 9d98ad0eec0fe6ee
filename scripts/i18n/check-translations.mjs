// SPDX-License-Identifier: EUPL-1.2
/**
 * Fails when a UI string is missing in any locale: every `msg()` in the source (as
 * `lit-localize extract` finds them) must have a non-empty <target> in every xliff/<locale>.xlf,
 * with the same placeholders as the source. Also fails when a translation does not use the key
 * terms of docs/i18n/glossary.md (e.g. "Welcome Point" in Latin letters wherever the source has
 * it, with the language's noun before it; different words for district and quarter), in the UI
 * strings and in the sample feed's district names, category labels, offer titles and point
 * descriptions, and when a Ukrainian or Russian string puts a preposition before a date that
 * `Intl` writes in the nominative (date-case.mjs). Prints nothing when all is well.
 *
 * Fix a failure with `npm run i18n:extract`, then translate the new units in xliff/*.xlf.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { dateCaseProblems } from './date-case.mjs';
import { feedGlossaryProblems, glossaryProblems, readGlossary } from './glossary.mjs';
import { readUnitsFile } from './xliff-units.mjs';

const config = readConfigFileAndWriteSchema(resolve('lit-localize.json'));
const localizer = new RuntimeLitLocalizer(config);
const problems = [];

const glossary = readGlossary(resolve('docs/i18n/glossary.md'));
const { messages, errors } = localizer.extractSourceMessages();
for (const error of errors) problems.push(`source: ${typeof error.messageText === 'string' ? error.messageText : error.messageText.messageText}`);
const ids = new Set(messages.map(message => message.name));

/** `{ id → target text }` of one xliff file; a unit without <target> maps to ''. */
function targetsOf(file) {
  const units = new Map();
  const xml = readFileSync(file, 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? '';
    units.set(id, target.trim());
  }
  return units;
}

for (const locale of config.targetLocales) {
  const file = resolve(config.interchange.xliffDir, `${locale}.xlf`);
  if (!existsSync(file)) {
    problems.push(`${locale}: ${file} is missing`);
    continue;
  }
  const units = targetsOf(file);
  const missing = [...ids].filter(id => !units.has(id));
  const empty = [...ids].filter(id => units.has(id) && !units.get(id));
  if (missing.length) problems.push(`${locale}: not in ${locale}.xlf (run npm run i18n:extract): ${missing.join(', ')}`);
  if (empty.length) problems.push(`${locale}: no translation: ${empty.join(', ')}`);
  const current = readUnitsFile(file).filter(unit => ids.has(unit.id));
  problems.push(...glossaryProblems(glossary, locale, current), ...dateCaseProblems(locale, current));
}

problems.push(...localizer.validateTranslations().errors);

// The sample feed is what visitors of the demo read beside the UI: the same terms there.
const sampleFeed = resolve('demo/data/duesseldorf.json');
if (existsSync(sampleFeed)) {
  problems.push(...feedGlossaryProblems(glossary, JSON.parse(readFileSync(sampleFeed, 'utf8')), config.targetLocales));
}

if (problems.length) {
  console.error(`Translations incomplete (${problems.length} problem(s)):\n- ${problems.join('\n- ')}`);
  process.exitCode = 1;
}
