// SPDX-License-Identifier: EUPL-1.2
import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** What every heading of a widget carries: a class for its styles, a part for the host's, an id for `aria-labelledby`. */
export interface HeadingAttributes {
  className: string;
  part: string;
  id: string;
}

/**
 * A heading of `level` (2–6, so a widget never claims the page's h1; h3 otherwise). Five plain
 * templates rather than lit's static-html: that module would be the only reason to load it, and
 * it cost 0.6 KB of every first render.
 */
export function renderHeading(level: number, { className, part, id }: HeadingAttributes, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class=${className} part=${part} id=${id}>${content}</h2>`;
    case 4:
      return html`<h4 class=${className} part=${part} id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part} id=${id}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part} id=${id}>${content}</h6>`;
    default:
      return html`<h3 class=${className} part=${part} id=${id}>${content}</h3>`;
  }
}

/** A heading level from an attribute, kept within 2–6 (`fallback` when it is not a number). */
export function clampLevel(level: number, fallback = 2): number {
  return Math.min(6, Math.max(2, Math.round(level) || fallback));
}

/**
 * One below the nearest heading before `element` in document order, looking at preceding
 * siblings of the element and of each ancestor (crossing shadow roots): an `<h2>` section gives
 * 3, a finder card titled with an `<h3>` gives 4. 2 when there is none.
 */
export function inferHeadingLevel(element: Element): number {
  let node: Node | null = element;
  while (node) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (!(sibling instanceof Element)) continue;
      const match = /^H([1-6])$/.exec(sibling.tagName);
      const level = match ? Number(match[1]) : sibling.getAttribute('role') === 'heading' ? Number(sibling.getAttribute('aria-level')) : 0;
      if (level) return clampLevel(level + 1);
    }
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return 2;
}
