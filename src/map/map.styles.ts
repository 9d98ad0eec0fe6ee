// SPDX-License-Identifier: EUPL-1.2
/**
 * Styles of what the adapter adds to a map: the keyboard help and "Skip map" button, the gesture
 * hint, label fitting, open/closed marker shapes and the context layer. Adopted with leaflet.css,
 * before the element's own styles, so selectors here are one class more specific where they
 * must win.
 */
import { css } from 'lit';

export const mapStyles = css`
  .map-skip {
    position: absolute;
    z-index: 1001;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.9rem;
    border: 2px solid currentColor;
    border-radius: 0.375rem;
    background: var(--_surface, #fff);
    color: var(--_text, #1a1a1a);
    font: inherit;
    font-size: 0.875rem;
    cursor: pointer;
  }
  .map-skip:not(:focus) {
    clip-path: inset(50%);
    inline-size: 1px;
    block-size: 1px;
    min-block-size: 0;
    padding: 0;
    overflow: hidden;
    white-space: nowrap;
  }
  .map-skip:focus-visible {
    outline: 3px solid var(--_focus, #1a5fb4);
    outline-offset: 2px;
  }
  .map-end {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    clip-path: inset(50%);
    outline: none;
  }
  .map-hint {
    position: absolute;
    inset: 0;
    z-index: 1000;
    display: grid;
    place-items: center;
    margin: 0;
    padding: 1rem;
    /* Dark enough that the labels and markers behind it no longer compete with the sentence. */
    background: rgb(0 0 0 / 0.72);
    color: #fff;
    font-size: 1.125rem;
    font-weight: 600;
    text-align: center;
    pointer-events: none;
  }
  .map-hint[hidden] {
    display: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    .map-hint {
      animation: map-hint-in 0.2s ease-out;
    }
  }
  @keyframes map-hint-in {
    from {
      opacity: 0;
    }
  }

  /* Labels: the name shows unless placeLabels found no room for it. */
  .leaflet-container .district-label:not(.district-label--number) .district-label__name {
    display: inline;
  }
  .leaflet-container .district-label--number .district-label__name:not(:only-child) {
    display: none;
  }
  .leaflet-container .district-label--outside {
    visibility: hidden;
  }

  /* Closed right now: an outlined marker with a bar instead of a dot (not colour alone). */
  .marker .marker__button--closed-now {
    background: var(--_surface, #fff);
    color: var(--_accent, #1a5fb4);
    border: 3px solid currentColor;
  }
  .marker .marker__button--closed-now::after {
    inline-size: 0.75rem;
    block-size: 0.1875rem;
    border-radius: 1px;
    background: currentColor;
  }

  /* No hours in the feed: no claim either way. */
  .marker .marker__button--unknown::after {
    content: none;
  }

  /* Water and outlines from the context layer: under the districts, never interactive. */
  .context {
    fill: none;
    stroke: #7a8a99;
    stroke-width: 1.5px;
  }
  .context--water {
    fill: #a8cdea;
    fill-opacity: 1;
    stroke: #6fa3cc;
    stroke-width: 1px;
  }

  @media (forced-colors: active) {
    .map-hint {
      background: Canvas;
      color: CanvasText;
      border: 2px solid CanvasText;
    }
    .marker .marker__button--closed-now {
      background: Canvas;
      color: CanvasText;
      border: 3px solid CanvasText;
    }
    .context--water {
      fill: Canvas;
      stroke: GrayText;
    }
  }
`;
