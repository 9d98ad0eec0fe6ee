// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/**
 * Styles of `<district-map>`'s view, including what Leaflet draws into its shadow root (districts,
 * markers, labels, popups). They come after leaflet.css, so equal selectors here win. SVG
 * presentation attributes Leaflet sets (fill, stroke) lose against any CSS rule.
 */
export const districtMapStyles = css`
  /* --_map-height comes from the element's own (loading) styles. */
  :host {
    --_shade-0: var(--_surface);
    --_shade-1: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
    --_shade-2: color-mix(in srgb, var(--_accent) 48%, var(--_surface));
    --_shade-3: color-mix(in srgb, var(--_accent) 78%, var(--_surface));
  }
  .base {
    display: grid;
    gap: 0.5rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  .note {
    margin: 0;
    padding: 0.5rem var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    inline-size: 100%;
  }
  .toggle__box {
    inline-size: 1rem;
    block-size: 1rem;
    border: 2px solid currentColor;
    border-radius: 0.2rem;
  }
  .toggle[aria-pressed='true'] .toggle__box {
    background: currentColor;
    box-shadow: inset 0 0 0 2px var(--_surface);
  }

  /* The map */
  .map {
    display: grid;
    gap: 0.5rem;
  }
  .map__stage {
    position: relative;
    block-size: var(--_map-height);
    min-block-size: 12rem;
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    overflow: hidden;
    /* Leaflet's pane z-indices (up to 1000) stay inside the map. */
    isolation: isolate;
  }
  .map__canvas {
    position: absolute;
    inset: 0;
    z-index: 0;
  }
  .map__canvas.leaflet-container {
    background: var(--_surface-alt);
    font: inherit;
    font-size: 0.875rem;
  }
  .map__canvas:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .map__controls {
    position: absolute;
    z-index: 2;
    inset-block-start: 0.5rem;
    inset-inline-start: 0.5rem;
    display: grid;
    gap: 0.25rem;
  }
  .control {
    display: grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 1.4rem;
    line-height: 1;
    cursor: pointer;
    box-shadow: var(--_shadow);
  }
  .control:hover {
    background: var(--_accent-soft);
  }
  .control[aria-disabled='true'] {
    color: var(--_text-muted);
    background: var(--_surface-alt);
    cursor: default;
  }
  .control__all {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    border: 2px dashed currentColor;
    border-radius: 0.15rem;
  }
  /* Below the map, not over it: it never covers a marker, and its links are full-size targets. */
  .map__attribution {
    display: flex;
    justify-content: flex-end;
    align-items: center;
    gap: 0.25em;
    /* A fixed height, which the loading state reserves too (district-map.component.ts). */
    block-size: 1.75rem;
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.75rem;
  }
  .map__attribution a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: var(--_accent-text);
  }

  /* Consent placeholder for background tiles */
  .consent {
    position: absolute;
    z-index: 3;
    inset-inline: 0.5rem;
    inset-block-end: 0.5rem;
    margin-inline-start: auto;
    max-inline-size: 24rem;
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  .consent__title {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }
  .consent__text {
    margin: 0 0 0.5rem;
    font-size: 0.875em;
  }

  /* Districts (SVG paths drawn by Leaflet) */
  .district {
    fill: var(--_accent-soft);
    fill-opacity: 0.75;
    stroke: var(--_accent);
    stroke-width: 2px;
    stroke-opacity: 1;
    cursor: pointer;
  }
  .district:hover {
    fill-opacity: 1;
  }
  .district:focus {
    outline: none;
  }
  .district:focus-visible {
    stroke: var(--_focus);
    stroke-width: 4px;
  }
  .district--shade-0 {
    fill: var(--_shade-0);
  }
  .district--shade-1 {
    fill: var(--_shade-1);
  }
  .district--shade-2 {
    fill: var(--_shade-2);
  }
  .district--shade-3 {
    fill: var(--_shade-3);
  }
  .district--selected {
    fill: color-mix(in srgb, var(--_accent) 30%, var(--_surface));
    fill-opacity: 0.9;
  }
  .district-outline {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 5px;
    stroke-opacity: 1;
  }
  .district-label {
    pointer-events: none;
  }
  .district-label__text {
    position: absolute;
    /* Centred on its anchor in both directions: Leaflet's coordinates are physical, and in
       right-to-left text an unset offset would put the label's right edge on the anchor. */
    left: 0;
    top: 0;
    display: flex;
    align-items: center;
    gap: 0.25em;
    transform: translate(-50%, -50%);
    white-space: nowrap;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_text);
    text-shadow:
      0 0 2px var(--_surface),
      0 0 4px var(--_surface),
      0 0 6px var(--_surface);
  }
  .district-label__number {
    min-inline-size: 1.5em;
    padding: 0 0.35em;
    border-radius: var(--_radius-pill);
    background: var(--_text);
    color: var(--_surface);
    text-align: center;
    text-shadow: none;
  }

  /* Welcome Points and clusters (Leaflet marker icons holding our buttons) */
  .marker,
  .cluster {
    background: none;
    border: 0;
  }
  .marker__button,
  .cluster__button {
    pointer-events: auto;
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    padding: 0;
    border: 3px solid var(--_surface);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.45);
    cursor: pointer;
  }
  .marker__button::after {
    content: '';
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: var(--_on-accent);
  }
  .marker__button--inactive {
    background: var(--_surface);
    color: var(--_text-muted);
    border: 3px dashed var(--_text-muted);
  }
  .marker__button--inactive::after {
    background: var(--_text-muted);
  }
  .marker__button--selected {
    background: var(--_focus);
    transform: scale(1.25);
  }
  .cluster__button {
    font-weight: 700;
    font-size: 0.875rem;
    border-width: 4px;
    border-color: color-mix(in srgb, var(--_accent) 35%, var(--_surface));
  }
  .marker__button:focus-visible,
  .cluster__button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Popup (Leaflet's frame, our content) */
  .point-popup .leaflet-popup-content-wrapper {
    /* leaflet.css says left; right-to-left text starts on the right. */
    text-align: start;
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }
  .point-popup .leaflet-popup-tip {
    background: var(--_surface);
  }
  .point-popup .leaflet-popup-content {
    margin: 0.75rem 2.5rem 0.75rem 0.9rem;
    font-size: 0.875rem;
  }
  :host([dir='rtl']) .point-popup .leaflet-popup-content {
    margin: 0.75rem 0.9rem 0.75rem 2.5rem;
  }
  .popup__title {
    margin: 0 0 0.25rem;
    font-weight: 700;
    font-size: 1rem;
  }
  .popup__line {
    margin: 0;
  }
  .popup__close {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_text-muted);
    font-size: 1.3rem;
    line-height: 1;
    cursor: pointer;
  }
  .popup__close:hover {
    background: var(--_surface-alt);
    color: var(--_text);
  }

  /* Legend for shade="offers" */
  .legend__title {
    margin: 0 0 0.25rem;
    font-weight: 600;
    font-size: 0.875em;
  }
  .legend__items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend__item {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .legend__swatch {
    inline-size: 1.25rem;
    block-size: 0.9rem;
    border: 1px solid var(--_accent);
  }
  .legend__swatch.district--shade-0 {
    background: var(--_shade-0);
  }
  .legend__swatch.district--shade-1 {
    background: var(--_shade-1);
  }
  .legend__swatch.district--shade-2 {
    background: var(--_shade-2);
  }
  .legend__swatch.district--shade-3 {
    background: var(--_shade-3);
  }

  /* The text alternative */
  .list__districts,
  .list__points {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list__districts {
    display: grid;
    gap: var(--_gap);
  }
  .list__district {
    padding-block-end: var(--_gap);
    border-block-end: 1px solid var(--_border-subtle);
  }
  .list__district-button,
  .list__point-button {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent-text);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .list__district-button {
    font-weight: 700;
    font-size: 1.05em;
  }
  .list__district-button[aria-current='true'],
  .list__point-button[aria-current='true'] {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .badge {
    min-inline-size: 1.75em;
    padding: 0 0.4em;
    border-radius: var(--_radius-pill);
    background: var(--_text);
    color: var(--_surface);
    text-align: center;
    text-decoration: none;
  }
  .list__points {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: 1.25rem;
  }
  .list__point {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5rem;
  }
  .status-note {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: 0.25rem;
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 600;
  }
  .list__address,
  .list__note,
  .list__empty {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .list__empty,
  .list__other {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .list__other {
    font-weight: 700;
    padding-inline-start: 0.5rem;
  }

  .map--numbers-only .district-label__name:not(:only-child) {
    display: none;
  }
  @container (max-width: 30rem) {
    .district-label__name:not(:only-child) {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .district {
      fill: Canvas;
      stroke: CanvasText;
    }
    .district--selected,
    .district-outline {
      stroke: Highlight;
    }
    .marker__button,
    .cluster__button {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
    /* Ended and paused points: outlined and dashed, in system colours like everything here. */
    .marker__button--inactive {
      background: Canvas;
      color: CanvasText;
      border: 3px dashed CanvasText;
    }
    .marker__button--inactive::after {
      background: CanvasText;
    }
    .marker__button--selected {
      background: Highlight;
    }
  }
`;
