// SPDX-License-Identifier: EUPL-1.2
import type { CSSResult, CSSResultGroup } from 'lit';

/**
 * Adds the styles of a lazily loaded part (a view chunk, the language menu, leaflet.css) to a
 * widget's shadow root, after (or, with `first`, before) the styles already there. Lit applies
 * only the static `styles` of the class, once. Needs constructable stylesheets, which every
 * supported browser has (docs/browser-support.md, "Oldest browsers").
 */
export function addStyles(root: ShadowRoot, styles: CSSResultGroup, { first = false } = {}): void {
  const sheets = ([styles].flat(Infinity as 1) as Array<CSSResult | CSSStyleSheet>).map(style =>
    style instanceof CSSStyleSheet ? style : style.styleSheet!,
  );
  const fresh = sheets.filter(sheet => !root.adoptedStyleSheets.includes(sheet));
  root.adoptedStyleSheets = first ? [...fresh, ...root.adoptedStyleSheets] : [...root.adoptedStyleSheets, ...fresh];
}
