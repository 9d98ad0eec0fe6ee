// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';

/**
 * What Leaflet draws into the map's shadow root, with our classes: districts and their labels,
 * markers and clusters, the popup. SVG presentation attributes Leaflet sets (fill, stroke) lose
 * against any CSS rule. Needed only once there is a map: fetched with Leaflet and adopted after
 * leaflet.css (see `DistrictMapView.loadMapModule`), not part of the first render.
 */
export const districtShapeStyles = css`
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
  .district-focus {
    fill: none;
    stroke: var(--_focus);
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

  /*
   * The key: each marker shape beside what it means. It lies over the map's top corner beside the
   * zoom buttons (a place of its own would move the page when the map arrives); the map's fit
   * keeps districts and markers out from under it (overlayBoxes).
   */
  .marker-key {
    position: absolute;
    z-index: 2;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    /* One line where it fits: the less of the map it takes, the larger the districts are drawn. */
    inline-size: max-content;
    max-inline-size: calc(100% - 4.5rem);
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.75rem;
    list-style: none;
    /* Its box looks like the map's note (district-map-note.styles.ts). */
  }
  .marker-key li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  /* Each swatch takes its marker's look from the rules below (and map.styles.ts), at key size. */
  /* Welcome Points and clusters (Leaflet marker icons holding our buttons) */
  .marker,
  .cluster {
    background: none;
    border: 0;
  }
  .marker__button,
  .cluster__button,
  .marker-key__swatch {
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
  .marker__button::after,
  .marker-key__swatch::after {
    content: '';
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: var(--_on-accent);
  }
  .marker__button--inactive,
  .marker-key__swatch--inactive {
    background: var(--_surface);
    color: var(--_text-muted);
    border: 3px dashed var(--_text-muted);
  }
  .marker__button--inactive::after,
  .marker-key__swatch--inactive::after {
    background: var(--_text-muted);
  }
  .marker-key__swatch {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border-width: 2px;
    box-shadow: none;
    cursor: auto;
  }
  /* Closed now: as its marker (map.styles.ts), outlined with a bar. */
  .marker-key__swatch--closed-now {
    background: var(--_surface);
    color: var(--_accent);
    border: 2px solid currentColor;
  }
  .marker-key__swatch--closed-now::after {
    inline-size: 0.75rem;
    block-size: 0.1875rem;
    border-radius: 1px;
    background: currentColor;
  }
  .marker-key__swatch--unknown::after {
    content: none;
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
    /* Never wider than the map beside its zoom buttons (Leaflet's maxWidth is fixed pixels); the host is the container. */
    max-inline-size: calc(100cqi - 8.5rem);
    margin: 0.75rem 2.5rem 0.75rem 0.9rem;
    font-size: 0.875rem;
  }
  :host([dir='rtl']) .point-popup .leaflet-popup-content {
    margin: 0.75rem 0.9rem 0.75rem 2.5rem;
  }
  /* One class more than leaflet.css's ".leaflet-popup-content p", whose 1.3em margins would space the lines apart. */
  .point-popup .popup__title {
    margin: 0 0 0.25rem;
    font-weight: 700;
    font-size: 1rem;
  }
  .point-popup .popup__line {
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
    .district-outline,
    .district-focus {
      stroke: Highlight;
    }
    .marker__button,
    .cluster__button,
    .marker-key__swatch {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
    /* The dot in the button's text colour: white on a white ButtonText (dark themes) it vanished. */
    .marker__button::after,
    .marker-key__swatch::after {
      background: ButtonFace;
    }
    /* Ended and paused points: outlined and dashed, in system colours like everything here. */
    .marker__button--inactive,
    .marker-key__swatch--inactive {
      background: Canvas;
      color: CanvasText;
      border: 3px dashed CanvasText;
    }
    .marker__button--inactive::after,
    .marker-key__swatch--inactive::after {
      background: CanvasText;
    }
    .marker__button--selected {
      background: Highlight;
    }
    .marker-key__swatch--closed-now {
      background: Canvas;
      color: CanvasText;
      border: 3px solid CanvasText;
    }
    .marker-key__swatch--closed-now::after {
      background: CanvasText;
    }
  }
`;
