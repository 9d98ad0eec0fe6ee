// SPDX-License-Identifier: EUPL-1.2
// One public API model: an attribute two or three of our elements have means the same thing in
// each, so it has the same type, default and reflection there (custom-elements.json, generated
// from the JSDoc by `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const TAGS = ['welcome-point-finder', 'offer-list', 'district-map'];
/** Names that are each element's own: `view` lists that element's layouts. */
const OWN = new Set(['view']);

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const declarations = manifest.modules.flatMap(module => module.declarations ?? []).filter(d => TAGS.includes(d.tagName));

function attributesOf(declaration) {
  return (declaration.attributes ?? []).flatMap(attribute => {
    const field = (declaration.members ?? []).find(member => member.name === attribute.fieldName) ?? {};
    if (field.deprecated) return [];
    return [{ name: attribute.name, field: attribute.fieldName, type: attribute.type?.text ?? field.type?.text, default: attribute.default ?? field.default, reflects: Boolean(field.reflects) }];
  });
}

test('the manifest describes all three elements', () => {
  assert.deepEqual(declarations.map(d => d.tagName).sort(), [...TAGS].sort());
});

test('a shared attribute has the same property, type, default and reflection in every element', () => {
  const byName = new Map();
  for (const declaration of declarations) {
    for (const attribute of attributesOf(declaration)) byName.set(attribute.name, [...(byName.get(attribute.name) ?? []), { tag: declaration.tagName, ...attribute }]);
  }
  const shared = [...byName].filter(([name, rows]) => rows.length > 1 && !OWN.has(name));
  // The concepts the issue named must be among them.
  for (const name of ['district', 'selected', 'category', 'audience', 'language', 'open-now', 'src', 'lang', 'group', 'sync-url']) {
    assert.ok(shared.some(([n]) => n === name), `${name} is not shared`);
  }
  for (const [name, rows] of shared) {
    const [first, ...others] = rows;
    for (const other of others) {
      const strip = ({ field, type, default: value, reflects }) => ({ field, type, default: value, reflects });
      assert.deepEqual(strip(other), strip(first), `${name}: <${other.tag}> differs from <${first.tag}>`);
    }
  }
});

test('old names are marked deprecated and point to the new one', () => {
  const list = declarations.find(d => d.tagName === 'offer-list');
  const old = list.members.find(m => m.name === 'welcomePoint');
  assert.match(String(old.deprecated), /selected/);
  assert.ok(list.attributes.some(a => a.name === 'welcome-point'), 'the old attribute is still read');
});
