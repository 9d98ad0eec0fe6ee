// SPDX-License-Identifier: EUPL-1.2
/**
 * The Leaflet adapter: the only modules that import Leaflet are here. `<district-map>` reaches
 * this one through `import()`, so Rollup emits it (with Leaflet and leaflet.css) as one lazy
 * chunk that pages without a map never download.
 *
 * It draws what the element hands it — plain, already localized data — and reports what the
 * visitor did through callbacks; selection state lives in the element. Nothing here writes an
 * HTML string: Leaflet's controls, string popups/tooltips and string DivIcons would assign to
 * `innerHTML` (feed text becoming markup, and a TypeError on pages that enforce Trusted Types),
 * so the zoom buttons and attribution are the element's own, and every marker, label and popup
 * is a DOM node. The parts: markers, labels, spread (markers apart), keyboard (one Tab stop),
 * gestures (scrolling past the map), context-layer (water), cluster (many points, lazily).
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type * as Leaflet from 'leaflet';
import type { GeoJsonObject } from 'geojson';
import { leafletStyles as leafletCss } from './generated/leaflet-css.js';
import { mapStyles } from './map.styles.js';
import type { ClusterIndex, ClusterItem } from './cluster.js';
import { CLUSTER_THRESHOLD, clusterClass, countMap } from './chunks.js';
import type { MapData, MapDistrict, MapPoint, MapViewOptions, Selection } from './types.js';
import { fitPadding, markerBoxes, overlayBoxes, pointsBounds, selectedBounds } from './geometry.js';
import { districtShape, highlightDistrict, makeButton, outlineFocusedDistrict } from './districts.js';
import { clusterMarker, markerButton, pointMarker } from './markers.js';
import { labelMarker, namedByNumber, placeLabels } from './labels.js';
import type { Label } from './labels.js';
import { spreadApart } from './spread.js';
import { RovingFocus } from './keyboard.js';
import { CooperativeGestures } from './gestures.js';
import { createLeafletMap } from './create-map.js';
import { MapPopup } from './popup.js';

export type { DistrictShapes, MatchOptions } from './match-districts.js';
export { CLUSTER_THRESHOLD, liveMapCount, loadBoundaryMatcher, loadClustering, needsClustering } from './chunks.js';
export type { MapData, MapDistrict, MapPoint, MapPointState, MapViewOptions, Selection } from './types.js';

/** leaflet.css and the adapter's own styles, for the shadow root that holds the map. */
export const leafletStyles = [leafletCss, mapStyles];

// From zoom 15 on (a few streets in view) every point is shown on its own.
const CLUSTER_MAX_ZOOM = 14;
const FIT_PADDING: Leaflet.PointTuple = [24, 24];

/**
 * One Leaflet map in a container the element owns. Create it when the container is in the
 * document, feed it with {@link setData} and {@link select}, and {@link destroy} it on disconnect.
 */
export class MapView {
  readonly #map: Leaflet.Map;
  readonly #districtLayer = L.layerGroup();
  readonly #labelLayer = L.layerGroup();
  readonly #outlineLayer = L.layerGroup();
  readonly #focusLayer = L.layerGroup();
  readonly #markerLayer = L.layerGroup();
  readonly #resizeObserver: ResizeObserver;
  readonly #districtShapes = new Map<string, Leaflet.Path>();
  /** Markers in view, by `p:<point id>` or the cluster's key, in keyboard order. */
  readonly #markers = new Map<string, Leaflet.Marker>();
  readonly #roving: RovingFocus;
  readonly #gestures: CooperativeGestures;
  readonly #popups: MapPopup;
  #labels: Label[] = [];
  #points?: Map<string, MapPoint>;
  #pointList: readonly MapPoint[] = [];
  #cluster?: ClusterIndex;
  /** Zoom and bounds the cluster markers were last drawn for. */
  #clusterView = '';
  #context?: Leaflet.GeoJSON;
  #tiles?: Leaflet.TileLayer;
  #tileUrl: string | null = null;
  #selection: Selection = {};
  #fitPending = true;
  #fitted = false;
  #destroyed = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: MapViewOptions = {},
  ) {
    this.#map = createLeafletMap(container, !!options.reducedMotion);
    countMap(1);
    for (const layer of [this.#districtLayer, this.#outlineLayer, this.#focusLayer, this.#labelLayer, this.#markerLayer]) layer.addTo(this.#map);
    outlineFocusedDistrict(container, this.#districtShapes, this.#focusLayer);
    this.#popups = new MapPopup(this.#map, {
      content: id => options.popupContent?.(id),
      markerAt: id => this.#markers.get(`p:${id}`)?.getLatLng(),
      onClose: (id, hadFocus) => {
        if (hadFocus) this.#focusPoint(id);
        options.onPopupClose?.(id);
      },
    });
    this.#roving = new RovingFocus(container, {
      items: () => this.#keyboardItems(),
      selected: () => {
        const marker = this.#markers.get(`p:${this.#selection.pointId}`);
        return (marker && markerButton(marker)) ?? this.#districtShapes.get(this.#selection.districtId ?? '')?.getElement();
      },
      zoomIn: () => this.zoomIn(),
      zoomOut: () => this.zoomOut(),
      onEscape: () => {
        const pointId = this.#popups.pointId;
        if (!pointId) return false;
        this.#map.closePopup();
        this.#focusPoint(pointId);
        return true;
      },
    });
    this.#gestures = new CooperativeGestures(this.#map, container);
    this.#map.on('moveend', this.#handleMoveEnd);
    this.#map.on('zoomend', this.#reportZoom);
    this.#resizeObserver = new ResizeObserver(() => this.#handleResize());
    this.#resizeObserver.observe(container);
    this.#reportZoom();
  }

  /** Replaces districts and points (and the selection); fits the view only the first time. */
  setData(data: MapData, selection: Selection = this.#selection): void {
    this.#selection = { ...selection };
    // New data (a filter, a language) redraws the open popup, but must not pan the visitor's view.
    const popupWasOpen = this.#popups.pointId;
    this.#popups.drop();
    this.#roving.localize();
    for (const layer of [this.#districtLayer, this.#labelLayer, this.#focusLayer]) layer.clearLayers();
    this.#labels = [];
    this.#districtShapes.clear();
    const withNames = !namedByNumber(data.districts);
    for (const district of data.districts) this.#addDistrict(district, withNames);
    this.#pointList = data.points;
    // Looked up by id only for a selection: built then, not for every redraw of 10,000 points.
    this.#points = undefined;
    this.#markerLayer.clearLayers();
    this.#markers.clear();
    this.#clusterView = '';
    const threshold = this.options.clusterThreshold ?? CLUSTER_THRESHOLD;
    if (data.points.length > threshold) {
      const ClusterIndexClass = clusterClass();
      if (!ClusterIndexClass) throw new Error(`${data.points.length} points need clustering: await loadClustering() first`);
      // Radius in screen pixels; levels are built when first shown.
      this.#cluster = new ClusterIndexClass(data.points, 72, CLUSTER_MAX_ZOOM);
    } else {
      this.#cluster = undefined;
    }
    // The first data fits the view; later changes (a filter) leave the visitor's view alone.
    this.#applySelection(false, popupWasOpen);
  }

  /**
   * Highlights a district and/or point and opens the point's popup. With `fit`, the view moves
   * to the selection (or to everything when nothing is selected).
   */
  select(selection: Selection, { fit = true } = {}): void {
    this.#selection = { ...selection };
    this.#applySelection(fit);
  }

  /** Shows tiles from `url` (an `{z}/{x}/{y}` template), or removes them with `null`. */
  setTiles(url: string | null): void {
    if (url === this.#tileUrl) return;
    this.#tileUrl = url;
    this.#tiles?.remove();
    this.#tiles = undefined;
    if (!url) return;
    // The OSM tile usage policy asks for a Referer; keep sending the origin even when the host
    // page's own policy is stricter.
    this.#tiles = L.tileLayer(url, { maxZoom: 19, referrerPolicy: 'strict-origin-when-cross-origin' }).addTo(this.#map);
  }

  /**
   * Draws water and outlines (a GeoJSON; features tagged as water are filled), or removes them
   * with `null`. The drawing code is a chunk of its own: most maps have no context layer.
   */
  async setContext(data: GeoJsonObject | null): Promise<void> {
    const { contextLayer } = await import('./context-layer.js');
    if (this.#destroyed) return;
    this.#context?.remove();
    this.#context = data ? contextLayer(data, 'welcome-context').addTo(this.#map) : undefined;
  }

  /** Closes the popup as the visitor's action (reported through `onPopupClose`). */
  closePopup(): void {
    this.#map.closePopup();
  }

  zoomIn(): void {
    this.#map.zoomIn();
  }

  zoomOut(): void {
    this.#map.zoomOut();
  }

  /** Fits the whole data set. */
  fitAll(): void {
    this.#fitTo(this.#allBounds());
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#resizeObserver.disconnect();
    this.#roving.destroy();
    this.#gestures.destroy();
    this.#popups.destroy();
    // Leaflet finishes a zoom animation from a timer that outlives map.remove() and then
    // reads the removed panes; ending it now turns that timer into a no-op.
    const animating = this.#map as unknown as { _animatingZoom?: boolean; _onZoomTransitionEnd?: () => void };
    if (animating._animatingZoom) animating._onZoomTransitionEnd?.();
    this.#map.stop();
    this.#map.off();
    this.#map.remove();
    this.#markers.clear();
    this.#districtShapes.clear();
    countMap(-1);
  }

  #addDistrict(district: MapDistrict, withName: boolean): void {
    const activate = () => this.options.onDistrictActivate?.(district.id);
    const drawn = districtShape(district, activate);
    if (!drawn) return;
    drawn.layer.addTo(this.#districtLayer);
    this.#districtShapes.set(district.id, drawn.layer);
    const element = drawn.layer.getElement() as SVGElement | undefined;
    if (element) makeButton(element, district, activate);
    if (drawn.labelAt) this.#labels.push(labelMarker(district, drawn.labelAt, this.#labelLayer, withName));
  }

  #pointMarker(point: MapPoint): Leaflet.Marker {
    return pointMarker(point, () => this.options.onPointActivate?.(point.id));
  }

  /** Draws the markers: all points, or in cluster mode the clusters and points in view. */
  #renderMarkers(): void {
    if (!this.#cluster) {
      if (!this.#markers.size) {
        for (const point of this.#pointList) this.#markers.set(`p:${point.id}`, this.#pointMarker(point).addTo(this.#markerLayer));
      }
      this.#layOut();
      return;
    }
    const bounds = this.#map.getBounds().pad(0.1);
    const zoom = Math.round(this.#map.getZoom());
    // A fit fires moveend and then asks again: the same view needs no second pass.
    const view = `${zoom} ${bounds.toBBoxString()}`;
    if (view === this.#clusterView) return this.#layOut();
    this.#clusterView = view;
    const items = this.#cluster.getClusters(bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth(), zoom);
    // Reading order (north to south, then west to east) is the keyboard order of what is in view.
    items.sort((a, b) => b.lat - a.lat || a.lng - b.lng);
    const next = new Map<string, Leaflet.Marker>();
    for (const item of items) {
      const name = this.options.clusterName?.(item.count) ?? String(item.count);
      next.set(item.key, this.#markers.get(item.key) ?? (item.count > 1 ? clusterMarker(item, name, () => this.#zoomInto(item)) : this.#pointMarker(this.#pointList[item.index])));
    }
    for (const [key, marker] of this.#markers) if (!next.has(key)) marker.remove();
    for (const [key, marker] of next) if (!this.#markers.has(key)) marker.addTo(this.#markerLayer);
    this.#markers.clear();
    for (const [key, marker] of next) this.#markers.set(key, marker);
    this.#layOut();
  }

  /** A cluster's button: zoom until its points part, then keep keyboard focus in the map. */
  #zoomInto(item: ClusterItem): void {
    const bounds = L.latLngBounds([item.south, item.west], [item.north, item.east]);
    const zoom = Math.min(Math.max(this.#map.getBoundsZoom(bounds, false, L.point(FIT_PADDING)), Math.round(this.#map.getZoom()) + 1), this.#map.getMaxZoom());
    this.#map.once('moveend', () => this.#roving.focus());
    this.#map.setView(bounds.getCenter(), zoom);
  }

  #applySelection(fit: boolean, reopening: string | null = null): void {
    const { districtId, pointId } = this.#selection;
    const selected = highlightDistrict(this.#districtShapes, districtId, this.#outlineLayer);

    if (pointId) this.#points ??= new Map(this.#pointList.map(point => [point.id, point]));
    const point = pointId ? this.#points?.get(pointId) : undefined;
    // A popup opens once the view has settled: Leaflet pans a popup into view only on a still
    // map, and a deep link to a point must show its name, not a popup cut off at the edge. A move
    // without animation (reduced motion, or no move at all) ends before fitTo returns.
    const openPopup = () => {
      if (point && this.#selection.pointId === point.id) this.#popups.open(point, point.id !== reopening);
    };
    let moving = false;
    if (fit || this.#fitPending) {
      // Listening before the move: without animation its `moveend` comes before setView returns.
      if (point) this.#map.once('moveend', openPopup);
      if (point && this.#cluster) {
        this.#map.setView([point.lat, point.lng], Math.max(this.#map.getZoom(), CLUSTER_MAX_ZOOM + 1));
        moving = true;
      } else if (point) moving = this.#fitTo(selected ? selectedBounds(selected) : undefined, L.latLng(point.lat, point.lng));
      else if (selected) this.#fitTo(selectedBounds(selected));
      else this.fitAll();
      if (point && !moving) this.#map.off('moveend', openPopup);
    }
    this.#renderMarkers();
    if (!point) this.#popups.drop();
    else if (!moving) openPopup();
  }

  #markSelectedPoint(): void {
    for (const [key, marker] of this.#markers) {
      const button = markerButton(marker);
      if (!button) continue;
      const selected = key === `p:${this.#selection.pointId}`;
      button.classList.toggle('marker__button--selected', selected);
      if (selected) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  #focusPoint(pointId: string): void {
    const button = this.#markers.get(`p:${pointId}`);
    if (button) markerButton(button)?.focus({ preventScroll: true });
    else this.#roving.focus();
  }

  /**
   * Districts, then markers, in view: what the arrow keys move through (from map coordinates, not
   * the DOM, as this runs on every move). A district counts when its label is in view.
   */
  #keyboardItems(): Array<HTMLElement | SVGElement> {
    const size = this.#map.getSize();
    const inView = (at: Leaflet.LatLng) => {
      const { x, y } = this.#map.latLngToContainerPoint(at);
      return x >= 0 && y >= 0 && x <= size.x && y <= size.y;
    };
    const districts = this.#labels.filter(label => inView(label.at)).map(label => this.#districtShapes.get(label.districtId)?.getElement() as SVGElement | undefined);
    const markers = [...this.#markers.values()].filter(marker => inView(marker.getLatLng())).map(markerButton);
    return [...districts, ...markers].filter(item => !!item);
  }

  /** Moves the view to the bounds or point; whether it did (every move ends with `moveend`). */
  #fitTo(bounds?: Leaflet.LatLngBounds, center?: Leaflet.LatLng): boolean {
    if (!this.container.clientWidth || !this.container.clientHeight) {
      // A hidden container (list view) has no size to fit; do it when it appears.
      this.#fitPending = true;
      return false;
    }
    this.#fitPending = false;
    // The first view appears in place: nothing on screen to animate from.
    const animate = this.#fitted;
    this.#fitted = true;
    if (center) {
      const zoom = bounds?.isValid() ? Math.max(this.#map.getBoundsZoom(bounds, false, L.point(FIT_PADDING)), 13) : Math.max(this.#map.getZoom(), 14);
      this.#map.setView(center, Math.min(zoom, 16), { animate });
      return true;
    }
    if (!bounds?.isValid()) return false;
    const [paddingTopLeft, paddingBottomRight] = fitPadding(this.container, FIT_PADDING[0]);
    this.#map.fitBounds(bounds, { paddingTopLeft, paddingBottomRight, maxZoom: 15, animate });
    return false;
  }

  #allBounds(): Leaflet.LatLngBounds {
    const bounds = L.latLngBounds([]);
    for (const layer of this.#districtShapes.values()) bounds.extend(selectedBounds(layer));
    const points = pointsBounds(this.#pointList);
    return points ? bounds.extend(points) : bounds;
  }

  #handleResize(): void {
    if (this.#destroyed) return;
    this.#map.invalidateSize({ animate: false, pan: false });
    if (this.#fitPending && this.container.clientWidth && this.container.clientHeight) this.#applySelection(true);
    else this.#layOut();
  }

  readonly #handleMoveEnd = () => {
    if (this.#cluster) this.#renderMarkers();
    else this.#layOut();
  };

  /**
   * After every draw and move: markers apart (unclustered; clusters merge instead), the popup at
   * its marker, labels where they fit, and the keyboard's Tab stop on something in view.
   */
  #layOut(): void {
    if (!this.#cluster) {
      const placed = this.#pointList.flatMap(point => {
        const marker = this.#markers.get(`p:${point.id}`);
        const home = this.#map.latLngToLayerPoint([point.lat, point.lng]);
        // Before the map has a view (no size yet, or nothing valid to fit) there is nothing to lay out.
        return marker && Number.isFinite(home.x) && Number.isFinite(home.y) ? [{ marker, x: home.x, y: home.y, home }] : [];
      });
      spreadApart(placed);
      for (const item of placed) item.marker.setLatLng(this.#map.layerPointToLatLng([item.x, item.y]));
      this.#popups.follow();
    }
    this.#markSelectedPoint();
    const size = this.#map.getSize();
    if (this.#labels.length && size.x && size.y) placeLabels(this.#map, this.#labels, [...markerBoxes(this.#map, this.#markers.values()), ...overlayBoxes(this.container)], size);
    this.#roving.refresh();
  }

  readonly #reportZoom = () => {
    const zoom = this.#map.getZoom();
    this.options.onZoom?.({ canZoomIn: zoom < this.#map.getMaxZoom(), canZoomOut: zoom > this.#map.getMinZoom() });
  };
}
