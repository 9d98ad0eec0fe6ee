// SPDX-License-Identifier: EUPL-1.2
/** Moving point markers apart where neighbouring Welcome Points would overlap at city scale. */

/** A marker's screen position (`x`, `y`, moved by {@link spreadApart}) and its true place. */
export interface Spreadable {
  x: number;
  y: number;
  readonly home: { readonly x: number; readonly y: number };
}

/**
 * Closest distance between two point markers' centres along x or y, in screen pixels: markers
 * are 28 px boxes, so none covers a part of another (WCAG 2.5.8 Target Size).
 */
export const MARKER_SPACING = 30;
/** A marker's width: how far a marker may move from its place. */
const MARKER_SIZE = 28;

/**
 * Nudges markers apart, each as little as needed, so every marker is a target of its own; but
 * never further than a marker's width from its place, so it stays in its street and district
 * (where even that is not enough, points overlap as before; above 80 points they are clustered).
 */
export function spreadApart(placed: Spreadable[], spacing = MARKER_SPACING): void {
  // Pairwise pushes, repeated until nothing overlaps: fine for the few points shown unclustered.
  for (let round = 0, moved = true; moved && round < 50; round++) {
    moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i];
        const b = placed[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        // Square distance: the markers' boxes must not overlap (that is how targets are measured).
        let distance = Math.max(Math.abs(dx), Math.abs(dy));
        if (distance >= spacing - 0.01) continue;
        // Two points at the very same spot part in a fixed direction, so the layout is stable.
        if (distance < 0.01) {
          [dx, dy] = [Math.cos(i + j), Math.sin(i + j)];
          distance = 0;
        }
        const push = (spacing - distance) / 2 / Math.max(Math.abs(dx), Math.abs(dy));
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
  }
  for (const item of placed) {
    const { home } = item;
    const scale = Math.min(1, MARKER_SIZE / (Math.hypot(item.x - home.x, item.y - home.y) || 1));
    item.x = home.x + (item.x - home.x) * scale;
    item.y = home.y + (item.y - home.y) * scale;
  }
}
