// SPDX-License-Identifier: EUPL-1.2
/**
 * The district map once its code is there: toolbar, map, consent, legend and the list, with the
 * URL and group links behind them. A chunk of its own, fetched in parallel with the feed (see
 * `WidgetView`); Leaflet is yet another chunk, which the shell requests at the same time
 * (`DistrictMap.loadMap`) and hands to this view.
 */
import { html, nothing, render } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/localization.js';
import type { WidgetView } from '../../internal/welcome-element.js';
import { viewState } from '../../internal/view-state.js';
import type { SharedEventName } from '../../internal/group-controller.js';
import { emit } from '../../internal/emit.js';
import { readUrlState, writeUrlState } from '../../internal/url-state.js';
import { warnOnce } from '../../internal/logger.js';
import { addStyles } from '../../internal/add-styles.js';
import { pointLocation } from '../../feed/geo.js';
import { districtById, offersOfPoint, pointById } from '../../feed/query.js';
import type { District, Geometry, WelcomeFeed, WelcomePoint } from '../../feed/schema.js';
import type { WelcomeFilters } from '../../events/welcome-filter-change.js';
import { renderLoading } from '../shared/status.js';
import { renderProblems } from '../shared/list-status.js';
import { listStatusStyles } from '../shared/list-status.styles.js';
import { districtMapStyles } from './district-map.styles.js';
import type { DistrictMap, MapModule } from './district-map.component.js';
import type { DistrictShapes, MapData, MapDistrict, MapPoint, MapPointState, MapView } from '../../map/leaflet-map.js';
import { feedText } from '../../i18n/feed-text.js';
import type { GeoJsonObject } from 'geojson';
import { pointOpeningState } from '../../feed/hours.js';
import type { OpeningState } from '../../feed/hours.js';
import { address, buildModel, langIfOther, shadeOf, shadeRanges } from './district-map-model.js';
import type { Model, PointStatus } from './district-map-model.js';

export const styles = [listStatusStyles, districtMapStyles];

/** The view of one map; `resolveMapReady` settles the host's `mapReady`. */
export function createView(host: DistrictMap, mapModule: Promise<MapModule>, resolveMapReady: (drawn: boolean) => void): DistrictMapView {
  return new DistrictMapView(host, mapModule, resolveMapReady);
}

/** Tile hosts the visitor agreed to on this page; one consent covers every map on it. */
const consentedHosts = new Set<string>();

/** The state and behaviour of one `<district-map>` once its code is there; the Leaflet map is drawn from it. */
export class DistrictMapView implements WidgetView {
  @viewState private mapStatus: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @viewState private consentGiven = false;
  @viewState private canZoomIn = true;
  @viewState private canZoomOut = true;
  @viewState private groupFilters?: WelcomeFilters;
  @viewState private shapes?: DistrictShapes;
  /** What the visitor's last selection did, for screen readers (one polite live region). */
  @viewState private announcement = '';

  private mapModule?: MapModule;
  /** The `context-src` drawn on the current map. */
  private contextShown: string | null = null;
  /** Opening hours in popups, a chunk fetched with the map (see popup-opening.ts). */
  private popupOpening?: typeof import('./popup-opening.js');
  private mapView?: MapView;
  private mapContainer?: HTMLElement;
  /** Inputs of the last drawn data; any change redraws. */
  private drawnWith: unknown[] = [];
  private appliedSelection = { district: null as string | null, selected: null as string | null };
  /** Whether the next selection change should move the map (not after a click on the map). */
  private fitNext = true;
  private shapesRequest?: AbortController;
  private modelCache?: { inputs: unknown[]; model: Model };

  /** `resolveMapReady` settles the host's `mapReady`, which tests await from construction on. */
  constructor(
    private readonly host: DistrictMap,
    /** Leaflet and our adapter, requested by the shell alongside this view. */
    private readonly mapModulePromise: Promise<MapModule>,
    private readonly resolveMapReady: (drawn: boolean) => void,
  ) {}

  connected(): void {
    window.addEventListener('popstate', this.handlePopState);
    if (this.host.syncUrl) this.applyUrlState();
    if (this.mapStatus === 'idle') void this.loadMapModule();
    // After a move in the document the map is built again in `updated`.
    if (this.mapStatus === 'ready') this.host.requestUpdate();
  }

  disconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
    this.destroyMap();
    this.shapesRequest?.abort();
    this.shapesRequest = undefined;
  }

  willUpdate(changed: PropertyValues): void {
    if (changed.has('districtsSrc') || changed.has('districtIdProperty') || changed.has('quarterProperty')) {
      this.shapesRequest?.abort();
      this.shapesRequest = undefined;
      this.shapes = undefined;
      this.drawnWith = [];
    }
  }

  updated(): void {
    if (this.host.districtsSrc && !this.shapes && !this.shapesRequest && this.host.feedController.result && this.mapModule) {
      void this.loadShapes(this.host.districtsSrc);
    }
    this.syncMap();
  }

  /** Moves the map to the selection, or to all districts when nothing is selected. */
  fitToSelection(): void {
    this.mapView?.select({ districtId: this.host.district, pointId: this.host.selected }, { fit: true });
  }

  /** The host renders a load error itself; this is loading, the ready map and list, and nothing without a feed. */
  render(): TemplateResult {
    const { state, result } = this.host.feedController;
    return html`<div class="base" part="base">
      ${this.host.renderLanguageSwitcher()}
      ${state === 'loading' ? renderLoading(this.host.loadingRows) : result ? this.renderReady(result.feed, result.problems.length) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
    </div>`;
  }

  private renderReady(feed: WelcomeFeed, feedProblems: number): TemplateResult {
    const model = this.model(feed);
    const mapUnavailable = this.mapStatus === 'failed';
    const listShown = mapUnavailable || this.host.view === 'list';
    const problems = feedProblems + (this.shapes?.unmatched.length ?? 0);
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
              @click=${this.handleToggleView}
            >
              <span class="toggle__box" aria-hidden="true"></span>
              ${msg('List view', { id: 'district-map.list-view', desc: 'Toggle button: show the districts and Welcome Points as a list instead of the map' })}
            </button>`}
      </div>
      ${renderProblems(problems)} ${mapUnavailable ? nothing : this.renderMap(model, listShown)} ${this.renderList(model, listShown)}`;
  }

  private renderMap(model: Model, hidden: boolean): TemplateResult {
    const tiles = this.tileSource();
    const askConsent = tiles && !this.tilesAllowed(tiles.host);
    return html`<div class="map" ?hidden=${hidden}>
      <div class="map__stage">
        <div class="map__controls" part="controls">
          <button
            type="button"
            class="control"
            aria-label=${msg('Zoom in', { id: 'district-map.zoom-in' })}
            aria-disabled=${this.canZoomIn ? 'false' : 'true'}
            @click=${() => this.canZoomIn && this.mapView?.zoomIn()}
          >
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            class="control"
            aria-label=${msg('Zoom out', { id: 'district-map.zoom-out' })}
            aria-disabled=${this.canZoomOut ? 'false' : 'true'}
            @click=${() => this.canZoomOut && this.mapView?.zoomOut()}
          >
            <span aria-hidden="true">−</span>
          </button>
          <button type="button" class="control" aria-label=${msg('Show all districts', { id: 'district-map.show-all', desc: 'Map button: zoom out to the whole city and clear the selection' })} @click=${this.handleShowAll}>
            <span class="control__all" aria-hidden="true"></span>
          </button>
        </div>
        <div
          class="map__canvas"
          part="map"
          role="region"
          aria-label=${msg('Map of the districts and Welcome Points', { id: 'district-map.map-label' })}
          aria-busy=${this.mapStatus === 'ready' ? 'false' : 'true'}
        ></div>
        ${askConsent ? this.renderConsent(tiles.host) : nothing}
      </div>
      <p class="map__attribution" part="attribution">
        ${tiles && !askConsent
          ? html`${tiles.osm
                ? html`<a href="https://www.openstreetmap.org/copyright" rel="noopener">${this.host.tileAttribution}</a>`
                : this.host.tileAttribution}
              <span aria-hidden="true">|</span> `
          : nothing}<a href="https://leafletjs.com" rel="noopener">Leaflet</a>
      </p>
      ${this.host.shade === 'offers' ? this.renderLegend(model) : nothing}
    </div>`;
  }

  private renderConsent(host: string): TemplateResult {
    return html`<div class="consent" part="consent" role="group" aria-labelledby="consent-title">
      <p class="consent__title" id="consent-title">${msg(str`Background map from ${host}`, { id: 'district-map.consent-title' })}</p>
      <p class="consent__text">
        ${msg(str`Showing it loads map images from ${host}, which then receives your IP address.`, {
          id: 'district-map.consent-text',
          desc: 'Consent placeholder before loading map tiles from another server',
        })}
      </p>
      <button type="button" class="button button--primary" @click=${() => this.handleConsent(host)}>
        ${msg('Show background map', { id: 'district-map.consent-button' })}
      </button>
    </div>`;
  }

  private renderLegend(model: Model): TemplateResult {
    const steps = shadeRanges(model.maxOffers);
    return html`<div class="legend" part="legend">
      <p class="legend__title" id="legend-title">${msg('Offers per district', { id: 'district-map.legend-title' })}</p>
      <ul class="legend__items" aria-labelledby="legend-title">
        ${steps.map(
          ([shade, from, to]) => html`<li class="legend__item">
            <span class="legend__swatch district--shade-${shade}" aria-hidden="true"></span>
            ${from === to ? from : msg(str`${from} to ${to}`, { id: 'district-map.legend-range', desc: 'Legend: a range of offer counts, e.g. "3 to 5"' })}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderList(model: Model, shown: boolean): TemplateResult {
    // Hidden visually in map view, but still read by screen readers. Its buttons leave the tab
    // order there, so keyboard users do not land on invisible controls; the map has its own.
    const tabindex = shown ? 0 : -1;
    return html`<section
      class="list ${shown ? '' : 'visually-hidden'}"
      part="list"
      aria-label=${msg('Districts and Welcome Points', { id: 'district-map.list-label', desc: 'Name of the text alternative to the map' })}
    >
      <ul class="list__districts">
        ${model.districts.map(
          entry => html`<li class="list__district">
            <button
              type="button"
              class="list__district-button"
              tabindex=${tabindex}
              aria-current=${ifDefined(entry.district.id === this.host.district ? 'true' : undefined)}
              @click=${() => this.handleDistrictActivate(entry.district.id)}
            >
              ${entry.district.number !== undefined ? html`<span class="badge" aria-hidden="true">${entry.district.number}</span>` : nothing}
              <span class="visually-hidden">${this.districtLabel(entry)}</span>
              <span aria-hidden="true" lang=${ifDefined(entry.lang)}>${entry.name}</span>
            </button>
            ${entry.points.length
              ? this.renderPointList(model, entry.points, tabindex)
              : html`<p class="list__empty">${msg('No Welcome Point here.', { id: 'district-map.district-empty' })}</p>`}
          </li>`,
        )}
        ${model.orphans.length
          ? html`<li class="list__district">
              <p class="list__other">${msg('Other places', { id: 'district-map.other-places', desc: 'Heading for Welcome Points outside the listed districts' })}</p>
              ${this.renderPointList(model, model.orphans, tabindex)}
            </li>`
          : nothing}
      </ul>
    </section>`;
  }

  private renderPointList(model: Model, points: WelcomePoint[], tabindex: number): TemplateResult {
    return html`<ul class="list__points">
      ${points.map(point => {
        const name = feedText(this.host, point.name);
        return html`<li class="list__point">
          <button
            type="button"
            class="list__point-button"
            tabindex=${tabindex}
            aria-current=${ifDefined(point.id === this.host.selected ? 'true' : undefined)}
            @click=${() => this.handlePointActivate(point.id, true)}
          >
            <span lang=${ifDefined(langIfOther(name.lang, this.host))}>${name.text}</span>
          </button>
          <span class="list__address">${address(point)}</span>
          ${this.renderStatus(model.status.get(point.id))}
          ${pointLocation(model.feed, point)
            ? nothing
            : html`<span class="list__note">${msg('(not on the map)', { id: 'district-map.not-on-map' })}</span>`}
        </li>`;
      })}
    </ul>`;
  }

  private handleToggleView = () => {
    this.host.view = this.host.view === 'list' ? 'map' : 'list';
  };

  private handleShowAll = () => {
    const hadDistrict = this.host.district !== null;
    this.host.district = null;
    this.host.selected = null;
    this.fitNext = true;
    this.appliedSelection = { district: null, selected: null };
    this.mapView?.select({}, { fit: true });
    this.writeUrl();
    if (hadDistrict) emit(this.host, 'welcome-district-select', { districtId: null, source: 'map' });
  };

  /** `sync-url`: the map's district and Welcome Point live in the URL, under the group name or `map`. */
  private get urlNamespace(): string {
    return this.host.group || 'map';
  }

  private writeUrl() {
    if (this.host.syncUrl) writeUrlState(this.urlNamespace, { district: this.host.district ?? '', point: this.host.selected ?? '' });
  }

  private applyUrlState() {
    const state = readUrlState(this.urlNamespace);
    this.fitNext = true;
    this.host.district = state.district || null;
    this.host.selected = state.point || null;
  }

  private handlePopState = () => {
    if (this.host.syncUrl) this.applyUrlState();
  };

  private handleConsent(host: string) {
    consentedHosts.add(host);
    this.consentGiven = true;
    // The placeholder and its button are gone; keep focus in the map.
    void this.host.updateComplete.then(() => this.canvas?.focus({ preventScroll: true }));
  }

  private handleDistrictActivate(districtId: string) {
    this.fitNext = true;
    this.host.district = districtId;
    this.host.selected = null;
    const entry = this.modelCache?.model.districts.find(d => d.district.id === districtId);
    if (entry) {
      this.announcement = msg(str`${this.districtLabel(entry)} selected (Welcome Points: ${entry.points.length})`, {
        id: 'district-map.announce-district',
        desc: 'Screen reader announcement after choosing a district',
      });
    }
    this.writeUrl();
    emit(this.host, 'welcome-district-select', { districtId, source: 'map' });
  }

  private handlePointActivate(pointId: string, fromList = false) {
    // A marker the visitor clicked is in view already; a list entry may not be.
    this.fitNext = fromList;
    this.host.selected = pointId;
    const point = this.modelCache?.model.points.find(p => p.id === pointId);
    if (point) {
      this.announcement = msg(str`${feedText(this.host, point.name).text} selected`, {
        id: 'district-map.announce-point',
        desc: 'Screen reader announcement after choosing a Welcome Point',
      });
    }
    this.writeUrl();
    emit(this.host, 'welcome-point-select', { pointId, source: 'map' });
    // Clicking the selected marker again reopens a popup that was closed.
    if (this.appliedSelection.selected === pointId) this.mapView?.select({ districtId: this.host.district, pointId }, { fit: fromList });
  }

  /** Selections made in a sibling widget of the same group; applied without emitting again. */
  onGroupEvent(event: GlobalEventHandlersEventMap[SharedEventName]): void {
    this.fitNext = true;
    switch (event.type) {
      case 'welcome-district-select':
        this.host.district = (event as GlobalEventHandlersEventMap['welcome-district-select']).detail.districtId;
        this.host.selected = null;
        break;
      case 'welcome-point-select':
        this.host.selected = (event as GlobalEventHandlersEventMap['welcome-point-select']).detail.pointId;
        break;
      case 'welcome-offer-select':
        this.host.selected = (event as GlobalEventHandlersEventMap['welcome-offer-select']).detail.pointId;
        break;
      case 'welcome-filter-change': {
        const { filters } = (event as GlobalEventHandlersEventMap['welcome-filter-change']).detail;
        this.groupFilters = filters;
        this.host.district = filters.district ?? null;
        break;
      }
    }
  }

  private async loadMapModule(): Promise<void> {
    this.mapStatus = 'loading';
    try {
      // Popups show today's hours from the start: their formatting comes with the map.
      const [module] = await Promise.all([this.mapModulePromise, import('./popup-opening.js').then(opening => (this.popupOpening = opening), () => undefined)]);
      this.adoptLeafletStyles(module);
      this.mapModule = module;
      this.mapStatus = 'ready';
    } catch (error) {
      this.handleMapFailure(error);
    }
  }

  /** Without the map code, the list is the map. */
  private handleMapFailure(error: unknown) {
    warnOnce(this.host, `the map could not be loaded, showing the list instead (${String((error as Error)?.message ?? error)})`);
    this.destroyMap();
    this.mapStatus = 'failed';
    this.resolveMapReady(false);
  }

  /** leaflet.css goes into this shadow root only, before our own styles so they win. */
  private adoptLeafletStyles(module: MapModule): void {
    addStyles(this.host.renderRoot as ShadowRoot, module.leafletStyles, { first: true });
  }

  private async loadShapes(url: string): Promise<void> {
    const request = new AbortController();
    this.shapesRequest = request;
    const feed = this.host.feedController.result!.feed;
    try {
      const response = await fetch(new URL(url, document.baseURI), { signal: request.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data: unknown = await response.json();
      const { matchDistrictFeatures } = await this.mapModule!.loadBoundaryMatcher();
      const shapes = matchDistrictFeatures(data, feed.districts, {
        districtIdProperty: this.host.districtIdProperty,
        quarterProperty: this.host.quarterProperty,
      });
      if (request.signal.aborted) return;
      if (shapes.unmatched.length) {
        warnOnce(this.host, `${shapes.unmatched.length} feature(s) in ${url} match no district and are not drawn:\n  ${shapes.unmatched.join('\n  ')}`);
      }
      this.shapes = shapes;
    } catch (error) {
      if (request.signal.aborted) return;
      warnOnce(this.host, `the district boundaries at ${url} could not be used (${String((error as Error)?.message ?? error)}); drawing the feed's own`);
      this.shapes = { shapes: new Map(), unmatched: [] };
    } finally {
      if (this.shapesRequest === request) this.shapesRequest = undefined;
    }
  }

  /** Creates, updates or rebuilds the Leaflet map to match the element's state. */
  private syncMap(): void {
    const feed = this.host.feedController.result?.feed;
    const canvas = this.canvas;
    if (!this.mapModule || !feed || !canvas || !this.host.isConnected) {
      if (!canvas) this.destroyMap();
      return;
    }
    // Wait for the boundary file, so the districts are not drawn twice.
    if (this.host.districtsSrc && !this.shapes) return;
    if (this.mapView && this.mapContainer !== canvas) this.destroyMap();
    if (!this.mapView) {
      this.mapContainer = canvas;
      this.mapView = new this.mapModule.MapView(canvas, {
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        clusterName: count =>
          msg(str`${count} Welcome Points, zoom in`, { id: 'district-map.cluster', desc: 'Map button for a group of nearby Welcome Points' }),
        popupContent: pointId => this.popupContent(pointId),
        onDistrictActivate: id => this.handleDistrictActivate(id),
        onPointActivate: id => this.handlePointActivate(id),
        onPopupClose: id => {
          if (this.host.selected === id) {
            this.host.selected = null;
            this.appliedSelection = { ...this.appliedSelection, selected: null };
          }
        },
        // Leaflet reports the zoom of setData() while `updated` runs; apply it after, in a
        // microtask, so Lit does not schedule an update from inside an update.
        onZoom: ({ canZoomIn, canZoomOut }) =>
          queueMicrotask(() => {
            this.canZoomIn = canZoomIn;
            this.canZoomOut = canZoomOut;
          }),
      });
      this.drawnWith = [];
    }
    const view = this.mapView;
    const selection = { districtId: this.host.district, pointId: this.host.selected };
    const inputs = [feed, this.pointIdsKey, this.groupFilters, this.shapes, this.host.shade, getLocale(), this.host.contentLanguage];
    if (inputs.length !== this.drawnWith.length || inputs.some((value, i) => value !== this.drawnWith[i])) {
      const data = this.mapData(this.model(feed));
      if (this.mapModule.needsClustering(data.points.length)) {
        this.mapModule.loadClustering().then(
          () => this.host.requestUpdate(),
          (error: unknown) => this.handleMapFailure(error),
        );
        return;
      }
      this.drawnWith = inputs;
      view.setData(data, selection);
      this.appliedSelection = { district: this.host.district, selected: this.host.selected };
      this.resolveMapReady(true);
    } else if (this.appliedSelection.district !== this.host.district || this.appliedSelection.selected !== this.host.selected) {
      this.appliedSelection = { district: this.host.district, selected: this.host.selected };
      view.select(selection, { fit: this.fitNext });
    }
    this.fitNext = true;
    if (this.contextShown !== this.host.contextSrc) {
      this.contextShown = this.host.contextSrc;
      void this.loadContext(view, this.host.contextSrc);
    }
    const tiles = this.tileSource();
    view.setTiles(tiles && this.tilesAllowed(tiles.host) ? tiles.url : null);
  }

  /** Leaflet's container in the current render; none while loading or when the map failed. */
  private get canvas(): HTMLElement | undefined {
    return this.host.renderRoot.querySelector<HTMLElement>('.map__canvas') ?? undefined;
  }

  /** `context-src`: water and outlines under the markers; a broken file only warns. */
  private async loadContext(view: MapView, url: string | null): Promise<void> {
    try {
      const data = url ? ((await (await fetch(new URL(url, document.baseURI))).json()) as GeoJsonObject) : null;
      if (view === this.mapView && url === this.host.contextSrc) await view.setContext(data);
    } catch (error) {
      warnOnce(this.host, `the context layer at ${url} could not be drawn (${String((error as Error)?.message ?? error)})`);
    }
  }

  private destroyMap(): void {
    this.contextShown = null;
    this.mapView?.destroy();
    this.mapView = undefined;
    this.mapContainer = undefined;
    this.drawnWith = [];
  }

  /** `pointIds` by value: an embedding finder passes a new array on every render. */
  private get pointIdsKey(): string | undefined {
    return this.host.pointIds?.join('\n');
  }

  /** The districts in order (by number, then name), each with its visible points. */
  private model(feed: WelcomeFeed): Model {
    const inputs = [feed, this.pointIdsKey, this.groupFilters, this.host.shade, getLocale(), this.host.contentLanguage];
    if (this.modelCache?.inputs.every((value, i) => value === inputs[i])) return this.modelCache.model;
    const model = buildModel(feed, {
      text: this.host,
      pointIds: this.host.pointIds,
      groupFilters: this.groupFilters,
      countOffers: this.host.shade === 'offers',
    });
    this.modelCache = { inputs, model };
    return model;
  }

  private mapData(model: Model): MapData {
    const districts: MapDistrict[] = model.districts.map(entry => ({
      id: entry.district.id,
      number: entry.district.number,
      name: entry.name,
      lang: entry.lang,
      accessibleName: msg(str`${this.districtLabel(entry)} (Welcome Points: ${entry.points.length})`, {
        id: 'district-map.district-button',
        desc: 'Name of a district on the map, e.g. "District 1: Mitte (Welcome Points: 3)"',
      }),
      shape: (this.shapes?.shapes.get(entry.district.id) ?? entry.district.geometry) as Geometry | undefined,
      center: entry.district.center,
      shade: this.host.shade === 'offers' ? shadeOf(entry.offers, model.maxOffers) : undefined,
    }));
    const points: MapPoint[] = [];
    const now = new Date();
    for (const point of [...model.districts.flatMap(entry => entry.points), ...model.orphans]) {
      const at = pointLocation(model.feed, point);
      if (!at) continue;
      const status = model.status.get(point.id);
      const state = status === 'open' ? mapState(pointOpeningState(point, now, model.feed.meta.timeZone)) : 'inactive';
      points.push({ id: point.id, lat: at.lat, lng: at.lng, accessibleName: this.pointName(point, status, state), state });
    }
    return { districts, points };
  }

  /** A marker's name: the point, its address, and whether it is closed. */
  private pointName(point: WelcomePoint, status: PointStatus = 'open', state?: MapPointState): string {
    const name = feedText(this.host, point.name).text;
    const where = address(point);
    if (status === 'open' && state === 'open') return msg(str`${name}, ${where} (open now)`, { id: 'district-map.point-button-open-now', desc: 'Marker of a Welcome Point that is open at this moment' });
    if (status === 'open' && state === 'closed-now') return msg(str`${name}, ${where} (closed now)`, { id: 'district-map.point-button-closed-now', desc: 'Marker of a Welcome Point that is closed at this moment (outside its hours)' });
    switch (status) {
      case 'closed':
        return msg(str`${name}, ${where} (closed)`, { id: 'district-map.point-button-closed', desc: 'Marker of a Welcome Point that no longer exists' });
      case 'paused':
        return msg(str`${name}, ${where} (temporarily closed)`, { id: 'district-map.point-button-paused' });
      default:
        return msg(str`${name}, ${where}`, { id: 'district-map.point-button', desc: 'Name of a Welcome Point marker: the name, then the address' });
    }
  }

  private renderStatus(status: PointStatus | undefined): TemplateResult | typeof nothing {
    if (status === 'closed') return html`<span class="status-note">${msg('Closed', { id: 'district-map.status-closed', desc: 'A Welcome Point that no longer exists' })}</span>`;
    if (status === 'paused') return html`<span class="status-note">${msg('Temporarily closed', { id: 'district-map.status-paused' })}</span>`;
    return nothing;
  }

  /** The popup of a point, rendered by Lit into a DOM node: feed text never becomes markup. */
  private popupContent(pointId: string): HTMLElement {
    const container = document.createElement('div');
    container.className = 'popup';
    const feed = this.host.feedController.result?.feed;
    const point = feed && pointById(feed, pointId);
    if (!feed || !point) return container;
    const name = feedText(this.host, point.name);
    const district = districtById(feed, point.districtId);
    const districtName = district && feedText(this.host, district.name);
    const offers = offersOfPoint(feed, point.id).length;
    const status = this.modelCache?.model.status.get(point.id);
    render(
      html`<p class="popup__title" lang=${ifDefined(langIfOther(name.lang, this.host))}>${name.text}</p>
        ${status && status !== 'open' ? html`<p class="popup__line">${this.renderStatus(status)}</p>` : (this.popupOpening?.renderOpening(point, feed.meta.timeZone, getLocale()) ?? nothing)}
        <p class="popup__line">${address(point)}</p>
        ${districtName
          ? html`<p class="popup__line" lang=${ifDefined(langIfOther(districtName.lang, this.host))}>
              ${this.districtLabel({ district: district, name: districtName.text })}
            </p>`
          : nothing}
        ${offers ? html`<p class="popup__line">${msg(str`Offers: ${offers}`, { id: 'district-map.popup-offers' })}</p>` : nothing}
        <button type="button" class="popup__close" aria-label=${msg('Close', { id: 'district-map.popup-close' })} @click=${() => this.mapView?.closePopup()}>
          <span aria-hidden="true">×</span>
        </button>`,
      container,
    );
    return container;
  }

  private districtLabel({ district, name }: { district: District; name: string }): string {
    // "Stadtbezirk 1" already says which district it is.
    return district.number === undefined || new RegExp(`(^|\\D)${district.number}(\\D|$)`).test(name)
      ? name
      : msg(str`District ${district.number}: ${name}`, { id: 'district-map.district-label', desc: 'A city district with its official number' });
  }

  /** The configured tile server, when it is usable: an http(s) template with an attribution. */
  private tileSource(): { url: string; host: string; osm: boolean } | undefined {
    if (!this.host.tileUrl) return undefined;
    let url: URL;
    try {
      url = new URL(this.host.tileUrl.replace('{s}.', '').replace(/\{[a-z]+\}/g, '0'), document.baseURI);
    } catch {
      warnOnce(this.host, `tile-url "${this.host.tileUrl}" is not a URL; no background map`);
      return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      warnOnce(this.host, `tile-url must be an http(s) URL; no background map`);
      return undefined;
    }
    if (!this.host.tileAttribution?.trim()) {
      warnOnce(this.host, 'tile-url needs tile-attribution (tile providers require credit); no background map');
      return undefined;
    }
    return { url: new URL(this.host.tileUrl, document.baseURI).href.replace(/%7B/g, '{').replace(/%7D/g, '}'), host: url.host, osm: /(^|\.)openstreetmap\.org$/.test(url.hostname) };
  }

  private tilesAllowed(host: string): boolean {
    return this.host.tileConsent === 'granted' || this.consentGiven || consentedHosts.has(host);
  }
}

/** A marker's shape for the point's opening state now. */
function mapState(opening: OpeningState): MapPointState {
  if (opening.state === 'open') return 'open';
  if (opening.state === 'closed' || opening.state === 'closure') return 'closed-now';
  return opening.state === 'inactive' ? 'inactive' : 'unknown';
}
