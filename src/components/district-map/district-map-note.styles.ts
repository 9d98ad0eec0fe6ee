// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/**
 * The "schematic boundaries" note on the map: in a bottom corner, where labels and markers make
 * room for it (they avoid what lies over the map, see `overlayBoxes`).
 */
export const mapNoteStyles = css`
  .map__note {
    position: absolute;
    z-index: 2;
    inset-block-end: 0.5rem;
    inset-inline-start: 0.5rem;
    max-inline-size: min(20rem, calc(100% - 1rem));
  }
  /* What lies over the map: this note and the marker key (placed in district-map-shapes.styles.ts). */
  .map__note,
  .marker-key {
    margin: 0;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.8125rem;
    line-height: 1.3;
  }
  @media (forced-colors: active) {
    .map__note,
    .marker-key {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
