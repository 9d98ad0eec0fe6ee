// SPDX-License-Identifier: EUPL-1.2
// `msg('…', { id, desc })`: the `desc` is a note for translators, read by `lit-localize extract`
// from the sources; the runtime never reads it. Dropping it from the bundles saves visitors about
// a tenth of each view chunk. Every `desc:` property in our sources belongs to a msg() call
// (checked by the test in test/cli/strip-msg-desc.test.mjs).
const string = String.raw`("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\`(?:[^\`\\$]|\\.)*\`)`;
const after = new RegExp(String.raw`,\s*desc:\s*${string}`, 'g');
const first = new RegExp(String.raw`\{\s*desc:\s*${string}\s*,`, 'g');

/**
 * Blanks `desc` properties out of code: spaces in their place, so no other code moves and the
 * source map stays true (the minifier removes the spaces). Exported for the test.
 */
export function stripDesc(code) {
  const blank = text => text.replace(/[^\n]/g, ' ');
  return code.replace(after, blank).replace(first, match => `{${blank(match.slice(1, -1))},`.replace(/,$/, ' '));
}

/** The Rollup plugin, for our own sources after TypeScript is compiled. */
export const stripMsgDesc = (filter = /\/src\/.*\.ts$/) => ({
  name: 'strip-msg-desc',
  transform(code, id) {
    if (!filter.test(id) || !code.includes('desc')) return null;
    const stripped = stripDesc(code);
    // Nothing moved, so the previous source map still applies.
    return stripped === code ? null : { code: stripped, map: null };
  },
});
