// SPDX-License-Identifier: EUPL-1.2
import { literal } from 'lit/static-html.js';
import type { StaticValue } from 'lit/static-html.js';

const headingTags: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The heading tag for a level from `heading-level` (2–6, so a widget never claims the page's h1); h3 otherwise. */
export function headingTag(level: number): StaticValue {
  return headingTags[level] ?? headingTags[3];
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
