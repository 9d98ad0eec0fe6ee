// SPDX-License-Identifier: EUPL-1.2
/** Shared by the theme suites: loading the dark scheme's tokens and reading used colours. */
import { luminance, parseColour } from '../../src/styles/contrast.js';

let sheet: Promise<void> | undefined;
/** Adds src/styles/dark-scheme.css to the page once (it is inert until `color-scheme` says dark). */
export function loadDarkScheme(): Promise<void> {
  sheet ??= new Promise(resolve => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/src/styles/dark-scheme.css' });
    link.addEventListener('load', () => resolve(), { once: true });
    document.head.append(link);
  });
  return sheet;
}

/** Relative luminance of a computed colour (rgb() in every engine for hex-based tokens). */
export function luminanceOf(colour: string): number {
  const rgb = parseColour(colour);
  if (!rgb) throw new Error(`unexpected computed colour ${colour}`);
  return luminance(rgb);
}

/** Modern engines: light-dark() and relative colours, so the dark scheme and derived colours apply. */
export const hasModernColour = CSS.supports('color', 'light-dark(red, red)') && CSS.supports('color', 'oklch(from red l c h)');
