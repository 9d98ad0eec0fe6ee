// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads and edits the <trans-unit>s of our XLIFF 1.2 files as plain text with numbered
 * placeholders: `Offers: {0}` stands for `Offers: <x id="0" equiv-text="…"/>`. Translators and
 * reviewers see and write `{0}`; the `<x>` elements are always copied from the unit's <source>,
 * so an edit can never change what a placeholder stands for.
 *
 * Text-level on purpose: lit-localize writes these files in one fixed layout, and a text edit
 * keeps every other byte (order, notes, other units) as it was, so diffs show only the change.
 *
 * No Node APIs here: the review page for native speakers (demo/translations.html) uses the same
 * reading and placeholder rules in the browser. File access is in `xliff-units.mjs`.
 */
const UNIT = /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g;
const PLACEHOLDER_XML = /<x id="(\d+)"[^>]*\/>/g;
const PLACEHOLDER_TEXT = /\{(\d+)\}/g;

const unescapeXml = text =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escapeXml = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<target>` or `<source>` XML → text with `{n}` placeholders. */
export function xmlToText(xml) {
  return xml
    .split(PLACEHOLDER_XML)
    .map((piece, index) => (index % 2 ? `{${piece}}` : unescapeXml(piece)))
    .join('');
}

/** The placeholder numbers in a text, sorted: `"{1} bis {0}"` → `['0', '1']`. */
export function placeholders(text) {
  return [...text.matchAll(PLACEHOLDER_TEXT)].map(match => match[1]).sort();
}

/**
 * Every unit of one xliff file: `{ id, source, target, note, sourceXml }` with `source` and
 * `target` as text with `{n}` placeholders (`target` is '' when the unit has none).
 */
export function readUnits(xml) {
  const units = [];
  for (const [, id, body] of xml.matchAll(UNIT)) {
    const part = tag => new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(body)?.[1];
    const sourceXml = part('source') ?? '';
    units.push({
      id,
      source: xmlToText(sourceXml),
      target: xmlToText(part('target') ?? '').trim(),
      note: unescapeXml(part('note') ?? ''),
      sourceXml,
    });
  }
  return units;
}

/**
 * Why `target` cannot replace the translation of a unit with this `source`, or '' when it can:
 * empty, or placeholders that differ from the source's (a missing, extra or doubled `{n}`).
 */
export function targetProblem(source, target) {
  if (!target.trim()) return 'the translation is empty';
  const want = placeholders(source).join(',');
  const got = placeholders(target).join(',');
  if (want !== got) return `placeholders ${got ? `{${got.split(',').join('}, {')}}` : 'none'} instead of ${want ? `{${want.split(',').join('}, {')}}` : 'none'}`;
  return '';
}

/** Text with `{n}` → target XML, with each placeholder's `<x>` element taken from the source XML. */
function textToXml(text, sourceXml) {
  const elements = new Map([...sourceXml.matchAll(PLACEHOLDER_XML)].map(match => [match[1], match[0]]));
  return text
    .split(PLACEHOLDER_TEXT)
    .map((piece, index) => (index % 2 ? elements.get(piece) : escapeXml(piece)))
    .join('');
}

/**
 * Sets the targets of units in one xliff file's text. `changes` maps unit id → new target text
 * (with `{n}` placeholders). Returns `{ xml, changed, problems }`: unknown ids and invalid
 * targets are reported in `problems` and left as they were; unchanged targets are not counted.
 */
export function applyTargets(xml, changes) {
  const pending = new Map(Object.entries(changes));
  const problems = [];
  const changed = [];
  const out = xml.replace(UNIT, (whole, id, body) => {
    if (!pending.has(id)) return whole;
    const text = pending.get(id).trim();
    pending.delete(id);
    const sourceXml = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const problem = targetProblem(xmlToText(sourceXml), text);
    if (problem) {
      problems.push(`${id}: ${problem}`);
      return whole;
    }
    const target = `<target>${textToXml(text, sourceXml)}</target>`;
    const current = /<target[^>]*>[\s\S]*?<\/target>/.exec(body)?.[0];
    if (current === target) return whole;
    changed.push(id);
    // Function replacers: a `$` in a translation or an equiv-text must stay literal.
    const newBody = current ? body.replace(current, () => target) : body.replace(/<source>[\s\S]*?<\/source>/, source => `${source}\n  ${target}`);
    return whole.replace(body, () => newBody);
  });
  for (const id of pending.keys()) problems.push(`${id}: no such unit`);
  return { xml: out, changed, problems };
}

/**
 * What each placeholder of a unit stands for, from the `equiv-text` of its source's `<x>`
 * elements: `[{ name: '{0}', code: '${time}' }]`, for translators who cannot read the code.
 */
export function placeholderHints(sourceXml) {
  return [...sourceXml.matchAll(/<x id="(\d+)"(?: equiv-text="([^"]*)")?\/>/g)].map(([, id, code = '']) => ({ name: `{${id}}`, code: unescapeXml(code) }));
}
