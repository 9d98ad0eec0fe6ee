// SPDX-License-Identifier: EUPL-1.2
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { stripDesc } from '../../scripts/build/strip-msg-desc.mjs';

const cases = [
  ['msg("a", { id: "x", desc: "He said \\"hi\\", ok" })', 'msg("a", { id: "x" })'],
  ["msg('a',{desc:'d',id:'x'})", "msg('a',{id:'x'})"],
  ['msg(str`${n} offers`, { id: "c", desc: `Number` })', 'msg(str`${n} offers`, { id: "c" })'],
  ['msg("a", { id: "y" })', 'msg("a", { id: "y" })'],
];

test('stripDesc blanks the translator note and keeps everything else in place', () => {
  for (const [input, expected] of cases) {
    const output = stripDesc(input);
    assert.equal(output.length, input.length, input);
    assert.equal(output.replace(/\s+/g, ''), expected.replace(/\s+/g, ''), input);
  }
});

function sources(dir) {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

test('every desc in the sources is a msg() note, and the build strips each one', async () => {
  for (const file of sources(new URL('../../src', import.meta.url).pathname)) {
    const source = readFileSync(file, 'utf8');
    if (!/\bdesc:/.test(source)) continue;
    const { code } = await transform(source, { loader: 'ts', target: 'es2022' });
    const left = stripDesc(code).match(/\bdesc:.*/g) ?? [];
    assert.deepEqual(left, [], `${file}: a desc the plugin does not recognise`);
    // Each note sits in a msg() options object, after (or before) its id.
    for (const match of code.matchAll(/\bdesc:/g)) {
      const around = code.slice(Math.max(0, match.index - 400), match.index + 400);
      assert.match(around, /msg\(/, `${file}: desc outside a msg() call`);
    }
  }
});
