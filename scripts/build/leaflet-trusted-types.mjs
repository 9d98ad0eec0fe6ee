// SPDX-License-Identifier: EUPL-1.2
// Leaflet 1.9.4 tests for inline-SVG support while its module is evaluated, with
// `div.innerHTML = '<svg/>'`. On a page that enforces Trusted Types
// (`require-trusted-types-for 'script'`) that assignment throws, so merely importing Leaflet
// would fail. We patch exactly that statement at build time (no fork, no permissive policy):
// appending an SVG element made with createElementNS answers the same question
// (`firstChild.namespaceURI === SVG`) in every browser. Leaflet's other HTML sinks (controls,
// string popups/tooltips/DivIcons) are avoided by src/map/leaflet-map.ts.
//
// Used by rollup.config.mjs (and Vite, which takes Rollup plugins) and by the dev server and
// test runner. It fails loudly when Leaflet's code changes, so an upgrade is reviewed.

// Quotes and spacing as Leaflet ships it, or as a dev server's esbuild pass reprints it.
const PROBE = /\bdiv\.innerHTML\s*=\s*(['"])<svg\/>\1;/g;
const REPLACEMENT = "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));";
const LEAFLET_ESM = /leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/;

/** The patched source of leaflet-src.esm.js; throws unless the probe occurs exactly once. */
export function patchLeafletSource(code) {
  const found = code.match(PROBE)?.length ?? 0;
  if (found !== 1) {
    throw new Error(
      `leaflet-trusted-types: expected Leaflet's inline-SVG probe once in leaflet-src.esm.js, found it ${found} times. ` +
        'Leaflet changed: check where it assigns innerHTML and update scripts/build/leaflet-trusted-types.mjs.',
    );
  }
  return code.replace(PROBE, () => REPLACEMENT);
}

/** Line-for-line source map: the patch only changes columns on one line. */
function identityMap(code, source) {
  const lines = code.split('\n').length;
  return { version: 3, sources: [source], names: [], mappings: `AAAA${';AACA'.repeat(lines - 1)}` };
}

/** Rollup / Vite plugin. */
export function leafletTrustedTypes() {
  return {
    name: 'leaflet-trusted-types',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!LEAFLET_ESM.test(path)) return null;
      return { code: patchLeafletSource(code), map: identityMap(code, path) };
    },
  };
}

/** @web/dev-server and @web/test-runner plugin. */
export function leafletTrustedTypesDevServer() {
  return {
    name: 'leaflet-trusted-types',
    transform(context) {
      if (LEAFLET_ESM.test(context.path) && typeof context.body === 'string') {
        return { body: patchLeafletSource(context.body) };
      }
      return undefined;
    },
  };
}
