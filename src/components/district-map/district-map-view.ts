// SPDX-License-Identifier: EUPL-1.2
/**
 * The district map once its code is there: toolbar, map, consent, legend and the list, with the
 * URL and group links behind them. A chunk of its own, fetched in parallel with the feed: a
 * reactive controller the element adds when it arrives (see `ViewController`); Leaflet is yet another chunk, which the shell requests at the same time
 * (`DistrictMap.loadMap`) and hands to this view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/localization.js';
import type { ViewController } from '../../internal/welcome-element.js';
import type { SharedEvent } from '../../internal/group-controller.js';
import { emit } from '../../internal/emit.js';
import { UrlSync } from '../../internal/url-sync.js';
import type { UrlState } from '../../internal/url-state.js';
import { Announcer } from '../../internal/announcer.js';
import { warnOnce } from '../../internal/logger.js';
import { addStyles } from '../../internal/add-styles.js';
import type { NearViewport } from '../../internal/near-viewport.js';
import { renderLoading } from '../../internal/status.js';
import type { WelcomeFeed } from '../../feed/schema.js';
import type { WelcomeFilters } from '../../events/welcome-filter-change.js';
import { renderProblems } from '../shared/list-status.js';
import { listStatusStyles } from '../shared/list-status.styles.js';
import { districtMapStyles } from './district-map.styles.js';
import { mapNoteStyles } from './district-map-note.styles.js';
import type { DistrictMap, MapModule } from './district-map.component.js';
import type { DistrictShapes, MapView } from '../../map/leaflet-map.js';
import { feedText } from '../../i18n/feed-text.js';
import { buildModel, sharedChoice, type Model } from './district-map-model.js';
import { districtLabel, mapDataOf, renderList, renderPopup } from './district-map-list.js';
import { giveConsent, loadContext, loadShapes, tileSource, tilesAllowed } from './district-map-sources.js';
import { renderMapFrame } from './district-map-frame.js';

export const styles = [listStatusStyles, districtMapStyles, mapNoteStyles];

/** The view of one map; `resolveMapReady` settles the host's `mapReady`. */
export function createView(host: DistrictMap, mapModule: Promise<MapModule>, resolveMapReady: (drawn: boolean) => void): DistrictMapView {
  return new DistrictMapView(host, mapModule, resolveMapReady);
}

/** The state and behaviour of one `<district-map>` once its code is there; the Leaflet map is drawn from it. */
export class DistrictMapView implements ViewController {
  #mapStatus: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  #canZoomIn = true;
  #canZoomOut = true;
  #groupFilters?: WelcomeFilters;
  #shapes?: DistrictShapes;
  /** `districts-src`, `district-id-property` and `quarter-property` the shapes were matched with. */
  #shapesKey = '';

  #mapModule?: MapModule;
  /** The `context-src` drawn on the current map. */
  #contextShown: string | null = null;
  /** Opening hours in popups, a chunk fetched with the map (see popup-opening.ts). */
  #popupOpening?: typeof import('./popup-opening.js');
  #mapView?: MapView;
  #mapContainer?: HTMLElement;
  /** Leaflet builds the map once its box is displayed near the viewport, not behind a closed pane (a chunk that comes with Leaflet). */
  #nearViewport?: NearViewport;
  /** Inputs of the last drawn data; any change redraws. */
  #drawnWith: unknown[] = [];
  #markerKey?: typeof import('./marker-key.js').renderMarkerKey;
  #appliedSelection = { district: null as string | null, selected: null as string | null };
  /** Whether the next selection change should move the map (not after a click on the map). */
  #fitNext = true;
  #shapesRequest?: AbortController;
  #modelCache?: { inputs: unknown[]; model: Model };
  /** What the visitor's last selection did, for screen readers. */
  readonly #announcer: Announcer;
  readonly #url: UrlSync;
  /** The page's `district` and `selected`: what a URL without the map's keys stands for. */
  readonly #presets: UrlState;

  /** `resolveMapReady` settles the host's `mapReady`, which tests await from construction on. */
  constructor(
    private readonly host: DistrictMap,
    /** Leaflet and our adapter, requested by the shell alongside this view. */
    private readonly mapModulePromise: Promise<MapModule>,
    private readonly resolveMapReady: (drawn: boolean) => void,
  ) {
    this.#announcer = new Announcer(host);
    this.#presets = { district: host.district ?? '', point: host.selected ?? '' };
    this.#url = new UrlSync(host, 'map', state => this.#applyUrlState(state));
    host.groupLink.follow(event => this.#applyShared(event));
  }

  hostConnected(): void {
    if (this.host.syncUrl) this.#applyUrlState(this.#url.read());
    if (this.#mapStatus === 'idle') void this.#loadMapModule();
    // After a move in the document the map is built again in `updated`.
    if (this.#mapStatus === 'ready') this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#destroyMap();
    this.#nearViewport?.stop();
    this.#shapesRequest?.abort();
    this.#shapesRequest = undefined;
  }

  hostUpdate(): void {
    const { districtsSrc, districtIdProperty, quarterProperty } = this.host;
    const shapesKey = JSON.stringify([districtsSrc, districtIdProperty, quarterProperty]);
    if (shapesKey !== this.#shapesKey) {
      this.#shapesKey = shapesKey;
      this.#shapesRequest?.abort();
      this.#shapesRequest = undefined;
      this.#shapes = undefined;
      this.#drawnWith = [];
    }
  }

  hostUpdated(): void {
    const feed = this.host.feedController.result?.feed;
    if (this.host.districtsSrc && !this.#shapes && !this.#shapesRequest && feed && this.#mapModule) {
      const request = (this.#shapesRequest = new AbortController());
      void loadShapes(this.host, this.host.districtsSrc, feed, this.#mapModule, request.signal).then(shapes => {
        if (this.#shapesRequest === request) this.#shapesRequest = undefined;
        if (!shapes) return;
        this.#shapes = shapes;
        this.host.requestUpdate();
      });
    }
    this.#syncMap();
  }

  /** Moves the map to the selection, or to all districts when nothing is selected. */
  fitToSelection(): void {
    this.#mapView?.select({ districtId: this.host.district, pointId: this.host.selected }, { fit: true });
  }

  /** The host renders a load error itself; this is loading, the ready map and list, and nothing without a feed. */
  render(): TemplateResult {
    const { state, result } = this.host.feedController;
    return html`<div class="base" part="base">
      ${this.host.renderLanguageSwitcher()}
      ${state === 'loading' ? renderLoading(this.host.loadingRows) : result ? this.#renderReady(result.feed, result.problems.length) : nothing}
      ${this.#announcer.render()}
    </div>`;
  }

  #renderReady(feed: WelcomeFeed, feedProblems: number): TemplateResult {
    const model = this.#model(feed);
    const mapUnavailable = this.#mapStatus === 'failed';
    const listShown = mapUnavailable || this.host.view === 'list';
    const problems = feedProblems + (this.#shapes?.unmatched.length ?? 0);
    return html`<div class="toolbar" part="toolbar">
        ${mapUnavailable
          ? html`<p class="note" part="map-unavailable">
              ${msg('The map could not be loaded. All districts and Welcome Points are listed below.', {
                id: 'district-map.unavailable',
                desc: 'Shown instead of the map when it cannot load',
              })}
            </p>`
          : html`<button
              type="button"
              class="button toggle"
              part="view-toggle"
              aria-pressed=${listShown ? 'true' : 'false'}
              @click=${this.#handleToggleView}
            >
              <span class="toggle__box" aria-hidden="true"></span>
              ${msg('List view', { id: 'district-map.list-view', desc: 'Toggle button: show the districts and Welcome Points as a list instead of the map' })}
            </button>`}
      </div>
      ${renderProblems(problems)} ${mapUnavailable ? nothing : this.#renderMap(model, listShown)} ${renderList(this.host, model, listShown, this.#listActions)}`;
  }

  #renderMap(model: Model, hidden: boolean): TemplateResult {
    return renderMapFrame(this.host, model, {
      hidden,
      busy: this.#mapStatus !== 'ready',
      canZoomIn: this.#canZoomIn,
      canZoomOut: this.#canZoomOut,
      onZoomIn: () => this.#mapView?.zoomIn(),
      onZoomOut: () => this.#mapView?.zoomOut(),
      onShowAll: this.#handleShowAll,
      onConsent: tileHost => this.#handleConsent(tileHost),
      markerKey: this.#markerKey?.(model) ?? nothing,
    });
  }

  readonly #listActions = {
    onDistrict: (id: string) => this.#handleDistrictActivate(id),
    onPoint: (id: string) => this.#handlePointActivate(id, true),
  };

  #handleToggleView = () => {
    this.host.view = this.host.view === 'list' ? 'map' : 'list';
  };

  #handleShowAll = () => {
    const hadDistrict = this.host.district !== null;
    this.host.district = null;
    this.host.selected = null;
    this.#fitNext = true;
    this.#appliedSelection = { district: null, selected: null };
    this.#mapView?.select({}, { fit: true });
    this.#writeUrl();
    if (hadDistrict) emit(this.host, 'welcome-district-select', { districtId: null, source: 'map' });
  };

  /** `sync-url`: the map's district and Welcome Point live in the URL, under the group name or `map`. */
  #writeUrl() {
    // `-`: the visitor cleared what the page preset (see readUrlState)
    const value = (chosen: string | null, preset: string) => chosen ?? (preset && '-');
    this.#url.write({ district: value(this.host.district, this.#presets.district), point: value(this.host.selected, this.#presets.point) });
  }

  #applyUrlState(state: UrlState) {
    this.#fitNext = true;
    this.host.district = (state.district ?? this.#presets.district) || null;
    this.host.selected = (state.point ?? this.#presets.point) || null;
  }

  #handleConsent(host: string) {
    giveConsent(host);
    this.host.requestUpdate();
    // The placeholder and its button are gone; keep focus in the map.
    void this.host.updateComplete.then(() => this.#canvas?.focus({ preventScroll: true }));
  }

  #handleDistrictActivate(districtId: string) {
    this.#fitNext = true;
    this.host.district = districtId;
    this.host.selected = null;
    const entry = this.#modelCache?.model.districts.find(d => d.district.id === districtId);
    if (entry) {
      this.#announcer.announce(
        msg(str`${districtLabel(entry)} selected (Welcome Points: ${entry.points.length})`, {
          id: 'district-map.announce-district',
          desc: 'Screen reader announcement after choosing a district',
        }),
      );
    }
    this.#writeUrl();
    emit(this.host, 'welcome-district-select', { districtId, source: 'map' });
  }

  #handlePointActivate(pointId: string, fromList = false) {
    // A marker the visitor clicked is in view already; a list entry may not be.
    this.#fitNext = fromList;
    this.host.selected = pointId;
    const point = this.#modelCache?.model.points.find(p => p.id === pointId);
    if (point) {
      this.#announcer.announce(
        msg(str`${feedText(this.host, point.name).text} selected`, {
          id: 'district-map.announce-point',
          desc: 'Screen reader announcement after choosing a Welcome Point',
        }),
      );
    }
    this.#writeUrl();
    emit(this.host, 'welcome-point-select', { pointId, source: 'map' });
    // Clicking the selected marker again reopens a popup that was closed.
    if (this.#appliedSelection.selected === pointId) this.#mapView?.select({ districtId: this.host.district, pointId }, { fit: fromList });
  }

  /** Selections made in a sibling widget of the same group; applied without emitting again. */
  #applyShared(event: SharedEvent): void {
    this.#fitNext = true;
    const { district, selected, filters } = sharedChoice(event);
    if (filters) this.#groupFilters = filters;
    if (district !== undefined) this.host.district = district;
    if (selected !== undefined) this.host.selected = selected;
    this.host.requestUpdate();
  }

  async #loadMapModule(): Promise<void> {
    this.#mapStatus = 'loading';
    this.host.requestUpdate();
    try {
      // Popups show today's hours from the start: their formatting comes with the map.
      const [module, { NearViewport }, { districtShapeStyles }] = await Promise.all([
        this.mapModulePromise,
        import('../../internal/near-viewport.js'),
        import('./district-map-shapes.styles.js'),
        import('./popup-opening.js').then(opening => (this.#popupOpening = opening), () => undefined),
        import('./marker-key.js').then(key => (this.#markerKey = key.renderMarkerKey), () => undefined),
      ]);
      this.#nearViewport = new NearViewport(() => this.host.requestUpdate());
      // leaflet.css and the styles of what it draws go into this shadow root only, before the element's own styles.
      addStyles(this.host.renderRoot as ShadowRoot, [module.leafletStyles, districtShapeStyles], { first: true });
      this.#mapModule = module;
      this.#mapStatus = 'ready';
      this.host.requestUpdate();
    } catch (error) {
      this.#handleMapFailure(error);
    }
  }

  /** Without the map code, the list is the map. */
  #handleMapFailure(error: unknown) {
    warnOnce(this.host, `the map could not be loaded, showing the list instead (${String((error as Error)?.message ?? error)})`);
    this.#destroyMap();
    this.#mapStatus = 'failed';
    this.host.requestUpdate();
    this.resolveMapReady(false);
  }

  /** Creates, updates or rebuilds the Leaflet map to match the element's state. */
  #syncMap(): void {
    const feed = this.host.feedController.result?.feed;
    const canvas = this.#canvas;
    if (!this.#mapModule || !feed || !canvas || !this.host.isConnected) {
      if (!canvas) this.#destroyMap();
      return;
    }
    // Wait for the boundary file, so the districts are not drawn twice.
    if (this.host.districtsSrc && !this.#shapes) return;
    if (this.#mapView && this.#mapContainer !== canvas) this.#destroyMap();
    if (!this.#mapView) {
      if (!this.#nearViewport?.check(canvas)) return;
      this.#mapContainer = canvas;
      this.#mapView = new this.#mapModule.MapView(canvas, {
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        clusterName: count =>
          msg(str`${count} Welcome Points, zoom in`, { id: 'district-map.cluster', desc: 'Map button for a group of nearby Welcome Points' }),
        popupContent: pointId => renderPopup(this.host, pointId, this.#modelCache?.model, () => this.#mapView?.closePopup(), (point, feed) => this.#popupOpening?.renderOpening(point, feed, getLocale())),
        onDistrictActivate: id => this.#handleDistrictActivate(id),
        onPointActivate: id => this.#handlePointActivate(id),
        onPopupClose: id => {
          if (this.host.selected === id) {
            this.host.selected = null;
            this.#appliedSelection = { ...this.#appliedSelection, selected: null };
          }
        },
        // Leaflet reports the zoom of setData() while `updated` runs; apply it after, in a
        // microtask, so Lit does not schedule an update from inside an update.
        onZoom: ({ canZoomIn, canZoomOut }) =>
          queueMicrotask(() => {
            this.#canZoomIn = canZoomIn;
            this.#canZoomOut = canZoomOut;
            this.host.requestUpdate();
          }),
      });
      this.#drawnWith = [];
    }
    const view = this.#mapView;
    const selection = { districtId: this.host.district, pointId: this.host.selected };
    const inputs = [feed, this.#pointIdsKey, this.#groupFilters, this.#shapes, this.host.shade, getLocale(), this.host.contentLanguage];
    if (inputs.length !== this.#drawnWith.length || inputs.some((value, i) => value !== this.#drawnWith[i])) {
      const data = mapDataOf(this.host, this.#model(feed), this.#shapes);
      if (this.#mapModule.needsClustering(data.points.length)) {
        this.#mapModule.loadClustering().then(
          () => this.host.requestUpdate(),
          (error: unknown) => this.#handleMapFailure(error),
        );
        return;
      }
      this.#drawnWith = inputs;
      view.setData(data, selection);
      this.#appliedSelection = { district: this.host.district, selected: this.host.selected };
      this.resolveMapReady(true);
    } else if (this.#appliedSelection.district !== this.host.district || this.#appliedSelection.selected !== this.host.selected) {
      this.#appliedSelection = { district: this.host.district, selected: this.host.selected };
      view.select(selection, { fit: this.#fitNext });
    }
    this.#fitNext = true;
    if (this.#contextShown !== this.host.contextSrc) {
      this.#contextShown = this.host.contextSrc;
      void loadContext(this.host, view, this.host.contextSrc, () => view === this.#mapView);
    }
    const tiles = tileSource(this.host);
    view.setTiles(tiles && tilesAllowed(this.host, tiles.host) ? tiles.url : null);
  }

  /** Leaflet's container in the current render; none while loading or when the map failed. */
  get #canvas(): HTMLElement | undefined {
    return this.host.renderRoot.querySelector<HTMLElement>('.map__canvas') ?? undefined;
  }

  #destroyMap(): void {
    this.#contextShown = null;
    this.#mapView?.destroy();
    this.#mapView = undefined;
    this.#mapContainer = undefined;
    this.#drawnWith = [];
  }

  /** `pointIds` by value: an embedding finder passes a new array on every render. */
  get #pointIdsKey(): string | undefined {
    return this.host.pointIds?.join('\n');
  }

  /** The districts in order (by number, then name), each with its visible points. */
  #model(feed: WelcomeFeed): Model {
    const inputs = [feed, this.#pointIdsKey, this.#groupFilters, this.host.shade, getLocale(), this.host.contentLanguage];
    if (this.#modelCache?.inputs.every((value, i) => value === inputs[i])) return this.#modelCache.model;
    const model = buildModel(feed, {
      text: this.host,
      pointIds: this.host.pointIds,
      groupFilters: this.#groupFilters,
      countOffers: this.host.shade === 'offers',
    });
    this.#modelCache = { inputs, model };
    return model;
  }
}
