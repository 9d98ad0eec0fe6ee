// SPDX-License-Identifier: EUPL-1.2
import { css } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { WelcomeElement } from '../../internal/welcome-element.js';
import type { ViewModule } from '../../internal/welcome-element.js';
import type { DistrictMapView } from './district-map-view.js';

/** The lazily loaded map module (Leaflet and our adapter). */
export type MapModule = typeof import('../../map/leaflet-map.js');

/**
 * Until the view arrives, the skeleton is as tall as the map will be, with its toolbar and credit
 * line, so nothing jumps. The view's styles read `--_map-height` too.
 */
const pendingStyles = css`
  :host {
    --_map-height: var(--welcome-map-height, 25rem);
  }
  .skeleton__row {
    block-size: var(--_map-height);
    min-block-size: 12rem;
  }
  /* Room for what the map has above and below: the toolbar, the credit line and the data footer. */
  .skeleton {
    padding-block: calc(2.75rem + 0.5rem) calc(0.5rem + 1.75rem + 3rem);
  }
`;

/**
 * The city's districts (Stadtbezirke) and their Welcome Points on a map, with the same content
 * as an accessible list. Private by default: without `tile-url` the districts on a neutral
 * background are the map and nothing but the feed is requested; with `tile-url` and
 * `tile-attribution` the visitor is asked before any tile is loaded.
 *
 * Leaflet and all map code are a separate chunk loaded on first connect. If it cannot load (no
 * network, a page whose Trusted Types policy forbids it), the element shows the list instead.
 *
 * @summary Districts and Welcome Points on a private, keyboard-accessible map with a list view.
 * @tag district-map
 * @event {WelcomeDistrictSelectEvent} welcome-district-select - The visitor chose a district on the map or in its list (`source: 'map'`); `districtId` is `null` after "Show all".
 * @event {WelcomePointSelectEvent} welcome-point-select - The visitor chose a Welcome Point marker or list entry (`source: 'map'`).
 * @event {WelcomeFeedLoadEvent} welcome-feed-load - The feed loaded.
 * @event {WelcomeFeedErrorEvent} welcome-feed-error - The feed could not be loaded.
 * @csspart base - The wrapper around toolbar, map and list.
 * @csspart toolbar - The bar with the "List view" toggle.
 * @csspart view-toggle - The "List view" toggle button.
 * @csspart map - The map area (Leaflet's container).
 * @csspart controls - The zoom and "Show all" buttons on the map.
 * @csspart consent - The placeholder asking before background tiles are loaded.
 * @csspart attribution - The attribution line of the map.
 * @csspart boundaries-note - The note on the map that the district boundaries are only approximate (`meta.schematicBoundaries` in the feed).
 * @csspart legend - The legend of `shade="offers"`.
 * @csspart marker-key - The key over the map's top corner: what the marker shapes mean (open now, closed now, closed).
 * @csspart list - The text alternative: districts and their Welcome Points.
 * @csspart map-unavailable - The note shown when the map could not be loaded.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message box (role="alert").
 * @csspart retry - The retry button in the error box.
 * @csspart problems - The note that some entries could not be shown.
 * @cssproperty [--welcome-map-height=25rem] - Height of the map; the `height` attribute wins.
 * @cssproperty [--welcome-color-accent=#0a5fa8] - Districts, markers and buttons.
 * @cssproperty [--welcome-color-accent-soft=#e3effa] - District fill.
 * @cssproperty [--welcome-color-surface-alt=#f3f5f8] - Map background without tiles.
 * @cssproperty [--welcome-color-focus=#c2410c] - Focus ring and the selected marker.
 */
export class DistrictMap extends WelcomeElement {
  static override styles = [WelcomeElement.styles, pendingStyles];

  /**
   * Loads the map chunk. Replaced in tests to simulate a chunk that fails to load.
   * @internal
   */
  static loadMap: () => Promise<MapModule> = () => import('../../map/leaflet-map.js');

  /**
   * Loads the view chunk. Replaced in tests to simulate a chunk that fails to load.
   * @internal
   */
  static loadView: () => Promise<typeof import('./district-map-view.js')> = () => import('./district-map-view.js');

  /** Id of the selected district: highlighted, and the map fits to it. Reflects the visitor's choice. */
  @property({ reflect: true }) district: string | null = null;

  /** Id of the selected Welcome Point: highlighted with its popup open. Reflects the visitor's choice. */
  @property({ reflect: true }) selected: string | null = null;

  /**
   * Background tile URL template such as `https://tile.openstreetmap.org/{z}/{x}/{y}.png`.
   * Default: no tiles and no request to any tile server. Needs `tile-attribution`.
   */
  @property({ attribute: 'tile-url' }) tileUrl: string | null = null;

  /** Attribution the tile provider requires, shown as text (e.g. `© OpenStreetMap contributors`). */
  @property({ attribute: 'tile-attribution' }) tileAttribution: string | null = null;

  /**
   * `granted` when the site has already asked visitors for consent to load tiles; otherwise the
   * map asks with a placeholder that names the tile host.
   */
  @property({ attribute: 'tile-consent' }) tileConsent: string | null = null;

  /** URL of an official boundary file (GeoJSON FeatureCollection) to draw the districts with. */
  @property({ attribute: 'districts-src' }) districtsSrc: string | null = null;

  /**
   * URL of a GeoJSON with water and outlines to draw under the markers (e.g. the Rhine), so the map
   * is recognisable without a background map. Features with `natural=water`, `waterway` or
   * `kind: "water"` are filled as water, others drawn as lines. A top-level `attribution` string in
   * the file (e.g. `© OpenStreetMap contributors`) is shown in the map's credit line, as text.
   */
  @property({ attribute: 'context-src' }) contextSrc: string | null = null;

  /** Feature property in `districts-src` holding the district's id, number or name. */
  @property({ attribute: 'district-id-property' }) districtIdProperty: string | null = null;

  /**
   * Feature property in `districts-src` holding a quarter's (Stadtteil) name or number, for files
   * with one feature per quarter; the quarters of a district are drawn and selected as one.
   */
  @property({ attribute: 'quarter-property' }) quarterProperty: string | null = null;

  /** `offers` shades each district by its number of offers (of the shown points), with a legend. */
  @property({ reflect: true }) shade: 'offers' | null = null;

  /** Height of the map as a CSS length (`400px`, `30rem`; a bare number means pixels). */
  @property({ reflect: true }) height: string | null = null;

  /** `map` (default) or `list`: which view is shown first. The visitor can switch. */
  @property({ reflect: true }) view: 'map' | 'list' = 'map';

  /**
   * Only these Welcome Points are shown (property only). The finder passes its filtered results;
   * default: every current point of the feed.
   */
  @property({ attribute: false }) pointIds?: readonly string[];

  /** The view chunk's part of this map, once loaded (see `importView`). */
  #view?: DistrictMapView;
  #resolveMapReady!: (drawn: boolean) => void;
  readonly #mapReady = new Promise<boolean>(resolve => (this.#resolveMapReady = resolve));

  override willUpdate(changed: PropertyValues<this>): void {
    // Before the view's `hostUpdated`, so a new map measures its container at the right height.
    if (changed.has('height')) {
      const height = this.height?.trim();
      if (height) this.style.setProperty('--_map-height', /^\d+(\.\d+)?$/.test(height) ? `${height}px` : height);
      else this.style.removeProperty('--_map-height');
    }
  }

  /**
   * Resolves `true` once the map has drawn the feed (Leaflet builds it once its box is displayed
   * within a screen of the viewport: not behind a finder's closed "Map" pane), or `false` as soon as the map is known to be
   * unavailable (its chunk failed, maybe before the feed arrived); the list then stands in for it.
   * @internal
   */
  get mapReady(): Promise<boolean> {
    return this.#mapReady;
  }

  /** Moves the map to the selection, or to all districts when nothing is selected. */
  fitToSelection(): void {
    this.#view?.fitToSelection();
  }

  protected override async importView(): Promise<ViewModule<this>> {
    // Leaflet is requested now too, not after the view arrives: the three downloads (feed, view,
    // map) run side by side. The class's loader, so tests can replace it.
    const mapModule = (this.constructor as typeof DistrictMap).loadMap();
    mapModule.catch(() => undefined); // the view reports a failure; no unhandled rejection meanwhile
    const { styles, createView } = await (this.constructor as typeof DistrictMap).loadView().catch((error: unknown) => {
      // No view, no map: `mapReady` says so (the base shows the error with its retry).
      this.#resolveMapReady(false);
      throw error;
    });
    // Keep the view for `fitToSelection`, and let it settle `mapReady`, which exists from the start.
    return { styles, createView: host => (this.#view = createView(host, mapModule, drawn => this.#resolveMapReady(drawn))) };
  }

  /** @internal */
  override get loadingRows(): number {
    return 1;
  }
}
