// SPDX-License-Identifier: EUPL-1.2
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import commonjs from '@rollup/plugin-commonjs';
import license from 'rollup-plugin-license';
import { minifyTemplates } from './scripts/build/minify-templates.mjs';
import { leafletTrustedTypes } from './scripts/build/leaflet-trusted-types.mjs';
import { stripMsgDesc } from './scripts/build/strip-msg-desc.mjs';
import { readFileSync } from 'node:fs';
import pkg from './package.json' with { type: 'json' };

// src/internal/version.ts reads the version from here: package.json is its only home.
const define = { __WELCOME_WIDGETS_VERSION__: JSON.stringify(pkg.version) };

const plugins = () => [
  nodeResolve({ browser: true }),
  // Leaflet must load on pages that enforce Trusted Types; see the script.
  leafletTrustedTypes(),
  // Schema descriptions are for the JSON Schema only (see src/feed/schema.ts).
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', define: { ...define, FEED_SCHEMA_DOCS: 'false' } }),
  // Notes for translators stay in the sources and xliff files, not in what pages download.
  stripMsgDesc(),
  minifyTemplates(),
  // More compress passes find what the first pass uncovers: a few hundred bytes per first render.
  terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
];

/**
 * Modules every view chunk needs (the feed query, texts, search, language names, audiences, list
 * states, view styles) as ONE chunk: left to Rollup they are five, and each file costs its own gzip
 * header and dictionary, about 440 bytes per first render in all.
 */
const viewShared = /\/src\/(feed\/(query|hours|word-index|text|search|audiences)|i18n\/(languages|render-text|feed-text|i18n-view\.styles)|internal\/url-(state|sync)|styles\/theme\.styles|components\/shared\/(list-status(\.styles)?|address-label))\.ts$/;
/**
 * Rollup puts a manual chunk's dependencies into it too, so the shell (`welcome-element.ts` and
 * everything it imports statically) is named as well: it stays the chunk the entries import.
 */
/** What the finder's and the offer list's cards share (contact links, routes, schedules, the folding filters): one chunk too. */
const cardShared = /\/src\/(internal\/(clock|render-steps)|components\/shared\/(heading|contact-links|route-label|card-action\.styles|filter-fold)|feed\/route-url|i18n\/(audience-label|format-schedule|date-style)|events\/welcome-filter-change)\.ts$|\/lit-html\/static\.js$/;

function manualChunks(id, { getModuleIds, getModuleInfo }) {
  if (viewShared.test(id)) return 'query';
  if (cardShared.test(id)) return 'welcome-filter-change';
  // Every entry imports the shell chunk anyway: `defineElement` need not be a file of its own.
  if (/\/src\/internal\/define\.ts$|\/lit-html\/directives\/if-defined\.js$/.test(id)) return 'welcome-element';
  shell ??= staticImports([...getModuleIds()].find(m => m.endsWith('/src/internal/welcome-element.ts')), getModuleInfo);
  return shell.has(id) ? 'welcome-element' : undefined;
}
let shell;

/** The dark scheme is a stylesheet for the host page (docs/theming.md), so it sits beside the bundle: dist/dark-scheme.css. */
const darkSchemeCss = () => ({
  name: 'dark-scheme-css',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'dark-scheme.css', source: readFileSync('src/styles/dark-scheme.css', 'utf8') });
  },
});
function staticImports(id, getModuleInfo, seen = new Set()) {
  if (!id || seen.has(id)) return seen;
  seen.add(id);
  for (const dep of getModuleInfo(id)?.importedIds ?? []) staticImports(dep, getModuleInfo, seen);
  return seen;
}

/**
 * The licences of the npm packages inside a hosted bundle (Lit, Leaflet, …), as one text file for
 * the release archive: terser drops their licence comments, and MIT/BSD ask for the notice to travel
 * with the code.
 */
function thirdPartyLicenses(bundle) {
  return license({ thirdParty: { includePrivate: false, output: { file: `dist/licenses/${bundle}.txt` } } });
}

export default [
  // The npm entries: one module per element, the side-effect-free index and the theme check; shared code
  // (Lit, the feed layer) lands in common chunks, Leaflet in its own lazy chunk.
  {
    input: {
      index: 'src/index.ts',
      'welcome-point-finder': 'src/components/welcome-point-finder/welcome-point-finder.ts',
      'offer-list': 'src/components/offer-list/offer-list.ts',
      'district-map': 'src/components/district-map/district-map.ts',
      theme: 'src/theme.ts',
    },
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js', manualChunks },
    plugins: plugins(),
  },
  // The drop-in file for CMS pages: one <script type="module"> defines every element.
  // Leaflet and the translations stay lazy chunks beside it.
  {
    input: { 'welcome-widgets': 'src/define.ts' },
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'bundle/[name]-[hash].js' },
    plugins: [...plugins(), darkSchemeCss(), thirdPartyLicenses('welcome-widgets')],
  },
  // The feed layer for Node (validator CLI, JSON Schema script, servers): one self-contained
  // file with valibot inside, so `node bin/welcome-feed.mjs` needs nothing but dist/.
  {
    input: { feed: 'src/feed/standalone.ts' },
    // One file, also for the lazily imported holiday rules.
    output: { dir: 'dist', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      nodeResolve(),
      esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', define }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
  // The editors' toolkit (CSV, Open Referral, lint) for the CLI and the feed workshop page:
  // self-contained like dist/feed.js (papaparse and uuid inside), and never part of a widget bundle.
  {
    input: { editor: 'src/editor/index.ts' },
    // One file also for the feed layer's lazy parts (holiday rules, unknown-field check): the
    // release archive ships dist/editor.js alone for the workshop.
    output: { dir: 'dist', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      nodeResolve({ browser: true }),
      commonjs(), // papaparse ships only as UMD
      esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
      thirdPartyLicenses('editor'),
    ],
  },
  // The static edition for Node (`welcome-feed render`): one file with the translations inlined,
  // kept apart from the widget bundles above so it never changes what a page downloads.
  {
    input: { static: 'src/static/index.ts' },
    output: { dir: 'dist', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      nodeResolve({ exportConditions: ['node'] }),
      esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', define }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];
