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
