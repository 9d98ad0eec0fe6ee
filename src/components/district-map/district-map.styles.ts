// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';
import { legendStyles } from './district-map-legend.styles.js';
import { districtListStyles } from './district-map-list.styles.js';

/**
 * The map's frame: toolbar, stage, controls, attribution and the tile consent placeholder. They come
 * after leaflet.css, so equal selectors here win.
 */
const frameStyles = css`
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
    /* The height the loading state reserves too (district-map.component.ts); a long credit wraps below it. */
    min-block-size: 1.75rem;
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.75rem;
  }
  .map__attribution a {
    /* The credit's text wraps, never a name inside the link ("Leaf|let"). */
    flex: none;
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
`;

/**
 * Styles of `<district-map>`'s view, including what Leaflet draws into its shadow root (districts,
 * markers, labels, popups) and the text alternative.
 */
export const districtMapStyles = [frameStyles, legendStyles, districtListStyles];
