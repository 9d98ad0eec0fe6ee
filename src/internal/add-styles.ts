// SPDX-License-Identifier: EUPL-1.2
import type { CSSResult, CSSResultGroup } from 'lit';

/**
 * Adds the styles of a lazily loaded part (a view chunk, the language menu, leaflet.css) to a
 * widget's shadow root, after (or, with `first`, before) the styles already there. Lit applies
 * only the static `styles` of the class, once.
 */
export function addStyles(root: ShadowRoot, styles: CSSResultGroup, { first = false } = {}): void {
  const results = [styles].flat(Infinity as 1) as Array<CSSResult | CSSStyleSheet>;
  const sheets = results.map(result => (result instanceof CSSStyleSheet ? result : result.styleSheet));
  if (sheets.every(sheet => sheet !== undefined)) {
    const fresh = sheets.filter(sheet => !root.adoptedStyleSheets.includes(sheet));
    root.adoptedStyleSheets = first ? [...fresh, ...root.adoptedStyleSheets] : [...root.adoptedStyleSheets, ...fresh];
    return;
  }
  // No constructable stylesheets: <style> elements, as Lit itself falls back to.
  const elements = results.map(result => Object.assign(document.createElement('style'), { textContent: (result as CSSResult).cssText }));
  if (first) root.prepend(...elements);
  else root.append(...elements);
}
