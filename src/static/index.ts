// SPDX-License-Identifier: EUPL-1.2
/**
 * The static edition for Node (`dist/static.js`, used by `welcome-feed render`). Not part of the
 * widget bundles.
 */
export { renderSite, resolveLocales, normaliseBaseUrl, allLocales } from './render.js';
export type { RenderOptions, RenderResult } from './render.js';
export { pointPath, districtPath, languagePath, pointCalendarPath, slug } from './paths.js';
export { CSP } from './layout.js';
/** @internal for tests: the escaping and URL filter every page goes through. */
export { escapeHtml, safeHref, markup } from './escape.js';
