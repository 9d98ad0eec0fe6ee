// SPDX-License-Identifier: EUPL-1.2
/**
 * The Leaflet adapter: the only module that imports Leaflet. `<district-map>` reaches it through
 * `import()`, so Rollup emits it (with Leaflet, supercluster and leaflet.css) as one lazy chunk
 * that pages without a map never download.
 *
 * It draws what the element hands it — plain, already localized data — and reports what the
 * visitor did through callbacks; selection state lives in the element. Nothing here writes an
 * HTML string: Leaflet's controls, string popups/tooltips and string DivIcons would assign to
 * `innerHTML` (feed text becoming markup, and a TypeError on pages that enforce Trusted Types),
 * so the zoom buttons and attribution are the element's own, and every marker, label and popup
 * is a DOM node.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type * as Leaflet from 'leaflet';
import type Supercluster from 'supercluster';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export { leafletStyles } from './generated/leaflet-css.js';
export type { DistrictShapes, MatchOptions } from './match-districts.js';

export interface MapDistrict {
  id: string;
  /** Official number, shown in the label badge. */
  number?: number;
  /** Visible label text. */
  name: string;
  /** Language of `name` when it differs from the element's. */
  lang?: string;
  /** Name for assistive technology ("District 1: Mitte, 3 Welcome Points"). */
  accessibleName: string;
  shape?: Polygon | MultiPolygon;
  center?: { lat: number; lng: number };
  /** Shade class 0–3 for `shade="offers"`; undefined draws the neutral fill. */
  shade?: number;
}

export interface MapPoint {
  id: string;
  lat: number;
  lng: number;
  accessibleName: string;
  /** Closed for now or for good: drawn muted. */
  inactive?: boolean;
}

export interface MapData {
  /** In the order keyboard users should meet them. */
  districts: readonly MapDistrict[];
  /** In the order keyboard users should meet them. */
  points: readonly MapPoint[];
}

export interface MapViewOptions {
  /** No zoom, fade or pan animations (`prefers-reduced-motion: reduce`). */
  reducedMotion?: boolean;
  /** More points than this are clustered (after {@link loadClustering}). Default {@link CLUSTER_THRESHOLD}. */
  clusterThreshold?: number;
  /** Accessible name of a cluster marker. */
  clusterName?: (count: number) => string;
  /** Builds the popup content of a point as a DOM node (never an HTML string). */
  popupContent?: (pointId: string) => HTMLElement;
  onDistrictActivate?: (districtId: string) => void;
  onPointActivate?: (pointId: string) => void;
  /** The visitor closed the popup (close button, Escape, a click on the map). */
  onPopupClose?: (pointId: string) => void;
  onZoom?: (state: { canZoomIn: boolean; canZoomOut: boolean }) => void;
}

export interface Selection {
  districtId?: string | null;
  pointId?: string | null;
}

// Below city scale one level of clusters is enough; the index is built for every level in between.
const CLUSTER_MIN_ZOOM = 8;
// Building the index costs most at the deepest levels (almost one cluster per point); from
// zoom 15 on (a few streets in view) every point is shown on its own.
const CLUSTER_MAX_ZOOM = 14;
const NAME_LABEL_MIN_ZOOM = 12;
const FIT_PADDING: Leaflet.PointTuple = [24, 24];

let liveMaps = 0;
let SuperclusterClass: typeof Supercluster | undefined;

/** Default number of points above which a map clusters them. */
export const CLUSTER_THRESHOLD = 80;

/**
 * Closest distance between two point markers' centres along x or y, in screen pixels: markers
 * are 28 px boxes, so none covers a part of another (WCAG 2.5.8 Target Size).
 */
const MARKER_SPACING = 30;

/** Closest distance between a district's label (its number badge) and a marker's centre. */
const LABEL_CLEARANCE = 26;

/**
 * Loads the clustering code, which {@link MapView.setData} needs for more than
 * `clusterThreshold` points; a separate chunk, since most maps never need it.
 */
export async function loadClustering(): Promise<void> {
  SuperclusterClass ??= (await import('./cluster.js')).Supercluster;
}

/** Whether {@link loadClustering} must run before drawing `count` points. */
export function needsClustering(count: number, threshold = CLUSTER_THRESHOLD): boolean {
  return count > threshold && !SuperclusterClass;
}

/** Loads the matcher for official boundary files (`districts-src`), a chunk of its own. */
export function loadBoundaryMatcher(): Promise<typeof import('./match-districts.js')> {
  return import('./match-districts.js');
}

/** How many Leaflet maps exist right now (for leak tests). @internal */
export function liveMapCount(): number {
  return liveMaps;
}

type PointFeature = Supercluster.PointFeature<{ id: string }>;

/**
 * One Leaflet map in a container the element owns. Create it when the container is in the
 * document, feed it with {@link setData} and {@link select}, and {@link destroy} it on disconnect.
 */
export class MapView {
  private readonly map: Leaflet.Map;
  private readonly districtLayer = L.layerGroup();
  private readonly labelLayer = L.layerGroup();
  private readonly outlineLayer = L.layerGroup();
  private readonly markerLayer = L.layerGroup();
  private readonly resizeObserver: ResizeObserver;
  private readonly districtShapes = new Map<string, Leaflet.Path>();
  private readonly markers = new Map<string, Leaflet.Marker>();
  /** District labels and where they belong (they step aside for markers, see spreadPoints). */
  private labels: Array<{ marker: Leaflet.Marker; at: Leaflet.LatLng }> = [];
  private points = new Map<string, MapPoint>();
  private cluster?: Supercluster<{ id: string }>;
  /** Zoom and bounds the cluster markers were last drawn for. */
  private clusterView = '';
  private tiles?: Leaflet.TileLayer;
  private tileUrl: string | null = null;
  private popup?: Leaflet.Popup;
  private popupPointId: string | null = null;
  private selection: Selection = {};
  private fitPending = true;
  private destroyed = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: MapViewOptions = {},
  ) {
    const still = !!options.reducedMotion;
    const MapClass = still ? StillMap() : L.Map;
    this.map = new MapClass(container, {
      zoomControl: false,
      attributionControl: false,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      inertia: !still,
      trackResize: false,
      minZoom: 3,
      maxZoom: 18,
      // Fractional zoom lets a city fill the box instead of jumping to half the size.
      zoomSnap: 0.25,
      zoomDelta: 1,
      center: [51.2277, 6.7735],
      zoom: 11,
    });
    liveMaps++;
    for (const [name, zIndex] of [
      ['welcome-outline', 410],
      ['welcome-labels', 450],
    ] as const) {
      const pane = this.map.createPane(name);
      pane.style.zIndex = String(zIndex);
      pane.style.pointerEvents = 'none';
    }
    this.districtLayer.addTo(this.map);
    this.outlineLayer.addTo(this.map);
    this.labelLayer.addTo(this.map);
    this.markerLayer.addTo(this.map);
    this.map.on('moveend', this.handleMoveEnd);
    this.map.on('zoomend', this.reportZoom);
    L.DomEvent.on(container, 'keydown', this.handleKeyDown as Leaflet.DomEvent.EventHandlerFn);
    this.resizeObserver = new ResizeObserver(() => this.handleResize());
    this.resizeObserver.observe(container);
    this.reportZoom();
  }

  /** Replaces districts and points (and the selection); fits the view only the first time. */
  setData(data: MapData, selection: Selection = this.selection): void {
    this.selection = { ...selection };
    // New data (a filter, a language) redraws the open popup, but must not pan the visitor's view.
    const popupWasOpen = this.popupPointId;
    this.dropPopup();
    this.districtLayer.clearLayers();
    this.labelLayer.clearLayers();
    this.labels = [];
    this.districtShapes.clear();
    for (const district of data.districts) this.addDistrict(district);
    this.points = new Map(data.points.map(point => [point.id, point]));
    this.markerLayer.clearLayers();
    this.markers.clear();
    this.clusterView = '';
    const threshold = this.options.clusterThreshold ?? CLUSTER_THRESHOLD;
    if (data.points.length > threshold) {
      if (!SuperclusterClass) throw new Error(`${data.points.length} points need clustering: await loadClustering() first`);
      this.cluster = new SuperclusterClass<{ id: string }>({
        // extent 256 = Leaflet's tile size, so the radius is in screen pixels.
        extent: 256,
        radius: 72,
        minZoom: CLUSTER_MIN_ZOOM,
        maxZoom: CLUSTER_MAX_ZOOM,
      });
      this.cluster.load(data.points.map(toFeature));
    } else {
      this.cluster = undefined;
    }
    // The first data fits the view; later changes (a filter) leave the visitor's view alone.
    this.applySelection(false, popupWasOpen);
  }

  /**
   * Highlights a district and/or point and opens the point's popup. With `fit`, the view moves
   * to the selection (or to everything when nothing is selected).
   */
  select(selection: Selection, { fit = true } = {}): void {
    this.selection = { ...selection };
    this.applySelection(fit);
  }

  /** Shows tiles from `url` (an `{z}/{x}/{y}` template), or removes them with `null`. */
  setTiles(url: string | null): void {
    if (url === this.tileUrl) return;
    this.tileUrl = url;
    this.tiles?.remove();
    this.tiles = undefined;
    if (!url) return;
    // The OSM tile usage policy asks for a Referer; keep sending the origin even when the host
    // page's own policy is stricter.
    this.tiles = L.tileLayer(url, { maxZoom: 19, referrerPolicy: 'strict-origin-when-cross-origin' }).addTo(this.map);
  }

  /** Closes the popup as the visitor's action (reported through `onPopupClose`). */
  closePopup(): void {
    this.map.closePopup();
  }

  zoomIn(): void {
    this.map.zoomIn();
  }

  zoomOut(): void {
    this.map.zoomOut();
  }

  /** Fits the whole data set. */
  fitAll(): void {
    this.fitTo(this.allBounds());
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.resizeObserver.disconnect();
    L.DomEvent.off(this.container, 'keydown', this.handleKeyDown as Leaflet.DomEvent.EventHandlerFn);
    this.popup?.off();
    // Leaflet finishes a zoom animation from a timer that outlives map.remove() and then
    // reads the removed panes; ending it now turns that timer into a no-op.
    const animating = this.map as unknown as { _animatingZoom?: boolean; _onZoomTransitionEnd?: () => void };
    if (animating._animatingZoom) animating._onZoomTransitionEnd?.();
    this.map.stop();
    this.map.off();
    this.map.remove();
    this.markers.clear();
    this.districtShapes.clear();
    liveMaps--;
  }

  private addDistrict(district: MapDistrict): void {
    const shade = district.shade === undefined ? '' : ` district--shade-${district.shade}`;
    let layer: Leaflet.Path;
    let labelAt: Leaflet.LatLng | undefined;
    if (district.shape) {
      const depth = district.shape.type === 'Polygon' ? 1 : 2;
      const latlngs = L.GeoJSON.coordsToLatLngs(district.shape.coordinates as unknown[], depth) as Leaflet.LatLng[][];
      layer = L.polygon(latlngs, { className: `district${shade}`, weight: 2, bubblingMouseEvents: false });
      // The shape's middle, not the feed's `center`: that is often where the Welcome Point is,
      // and the marker would hide the label.
      labelAt = largestPolygonCenter(district.shape) ?? (district.center && L.latLng(district.center));
    } else if (district.center) {
      layer = L.circleMarker(district.center, {
        className: `district district--point${shade}`,
        radius: 14,
        weight: 2,
        bubblingMouseEvents: false,
      });
      labelAt = L.latLng(district.center);
    } else {
      return;
    }
    layer.on('click', () => this.options.onDistrictActivate?.(district.id));
    layer.addTo(this.districtLayer);
    this.districtShapes.set(district.id, layer);
    const element = layer.getElement() as SVGElement | undefined;
    if (element) {
      // Leaflet draws paths without keyboard access; these make each district a named button.
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'button');
      element.setAttribute('aria-label', district.accessibleName);
      element.dataset.districtId = district.id;
      element.addEventListener('keydown', event => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        this.options.onDistrictActivate?.(district.id);
      });
    }
    if (labelAt) this.addLabel(district, labelAt);
  }

  private addLabel(district: MapDistrict, at: Leaflet.LatLng): void {
    const label = document.createElement('span');
    label.className = 'district-label__text';
    if (district.number !== undefined) {
      const number = document.createElement('span');
      number.className = 'district-label__number';
      number.textContent = String(district.number);
      label.append(number, ' ');
    }
    const name = document.createElement('span');
    name.className = 'district-label__name';
    name.textContent = district.name;
    if (district.lang) name.lang = district.lang;
    label.append(name);
    const icon = L.divIcon({ html: label, className: 'district-label', iconSize: null as unknown as Leaflet.PointTuple });
    const marker = L.marker(at, { icon, interactive: false, keyboard: false, pane: 'welcome-labels' });
    marker.addTo(this.labelLayer);
    this.labels.push({ marker, at });
    // The district's own button already carries this name.
    marker.getElement()?.setAttribute('aria-hidden', 'true');
  }

  private pointMarker(point: MapPoint): Leaflet.Marker {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = point.inactive ? 'marker__button marker__button--inactive' : 'marker__button';
    button.setAttribute('aria-label', point.accessibleName);
    button.dataset.pointId = point.id;
    // Leaflet must not see the click as a map click (which would close the popup we open).
    L.DomEvent.disableClickPropagation(button);
    button.addEventListener('click', () => this.options.onPointActivate?.(point.id));
    const icon = L.divIcon({ html: button, className: 'marker', iconSize: [28, 28] });
    // Not `interactive`: the button handles clicks, and the icon's corners around the round
    // button let clicks through to the district below.
    return L.marker([point.lat, point.lng], { icon, keyboard: false, interactive: false });
  }

  private clusterMarker(feature: Supercluster.ClusterFeature<Supercluster.AnyProps>): Leaflet.Marker {
    const count = feature.properties.point_count;
    const [lng, lat] = feature.geometry.coordinates;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cluster__button';
    button.textContent = count > 999 ? `${Math.floor(count / 1000)}k` : String(count);
    button.setAttribute('aria-label', this.options.clusterName?.(count) ?? String(count));
    L.DomEvent.disableClickPropagation(button);
    button.addEventListener('click', () => {
      const zoom = Math.min(this.cluster!.getClusterExpansionZoom(feature.properties.cluster_id), this.map.getMaxZoom());
      this.map.setView([lat, lng], zoom);
      // The button is gone after the zoom; keep keyboard focus inside the map.
      this.container.focus({ preventScroll: true });
    });
    const size = count < 10 ? 34 : count < 100 ? 40 : 48;
    const icon = L.divIcon({ html: button, className: 'cluster', iconSize: [size, size] });
    return L.marker([lat, lng], { icon, keyboard: false, interactive: false });
  }

  /** Draws the markers: all points, or in cluster mode the clusters and points in view. */
  private renderMarkers(): void {
    if (!this.cluster) {
      if (!this.markers.size) {
        for (const point of this.points.values()) {
          const marker = this.pointMarker(point);
          this.markers.set(`p:${point.id}`, marker);
          marker.addTo(this.markerLayer);
        }
      }
      this.spreadPoints();
      this.markSelectedPoint();
      return;
    }
    const bounds = this.map.getBounds().pad(0.25);
    const zoom = Math.round(this.map.getZoom());
    // A fit fires moveend and then asks again: the same view needs no second pass.
    const view = `${zoom} ${bounds.toBBoxString()}`;
    if (view === this.clusterView) {
      this.markSelectedPoint();
      return;
    }
    this.clusterView = view;
    const items = this.cluster.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom);
    // Reading order (north to south, then west to east) is the keyboard order of what is in view.
    items.sort((a, b) => b.geometry.coordinates[1] - a.geometry.coordinates[1] || a.geometry.coordinates[0] - b.geometry.coordinates[0]);
    const next = new Map<string, Leaflet.Marker>();
    for (const item of items) {
      const props = item.properties as Supercluster.AnyProps;
      const key = props.cluster ? `c:${zoom}:${props.cluster_id}` : `p:${props.id}`;
      const marker =
        this.markers.get(key) ??
        (props.cluster
          ? this.clusterMarker(item as Supercluster.ClusterFeature<Supercluster.AnyProps>)
          : this.pointMarker(this.points.get(props.id as string)!));
      next.set(key, marker);
    }
    for (const [key, marker] of this.markers) if (!next.has(key)) marker.remove();
    for (const [key, marker] of next) if (!this.markers.has(key)) marker.addTo(this.markerLayer);
    this.markers.clear();
    for (const [key, marker] of next) this.markers.set(key, marker);
    this.markSelectedPoint();
  }

  private applySelection(fit: boolean, reopening: string | null = null): void {
    const { districtId, pointId } = this.selection;
    for (const [id, layer] of this.districtShapes) {
      const element = layer.getElement() as SVGElement | undefined;
      element?.classList.toggle('district--selected', id === districtId);
      if (id === districtId) element?.setAttribute('aria-current', 'true');
      else element?.removeAttribute('aria-current');
    }
    this.outlineLayer.clearLayers();
    const selected = districtId ? this.districtShapes.get(districtId) : undefined;
    // A copy above all districts, so the highlight is never painted over by a neighbour and the
    // districts keep their keyboard order (bringToFront would move the focused element).
    if (selected instanceof L.Polygon) {
      L.polygon(selected.getLatLngs(), { className: 'district-outline', interactive: false, pane: 'welcome-outline', fill: false }).addTo(this.outlineLayer);
    } else if (selected instanceof L.CircleMarker) {
      L.circleMarker(selected.getLatLng(), { className: 'district-outline', interactive: false, pane: 'welcome-outline', fill: false, radius: 14 }).addTo(this.outlineLayer);
    }

    const point = pointId ? this.points.get(pointId) : undefined;
    // A popup opens once the view has settled: Leaflet pans a popup into view only on a still
    // map, and a deep link to a point must show its name, not a popup cut off at the edge. A move
    // without animation (reduced motion, or no move at all) ends before fitTo returns.
    const openPopup = () => {
      if (point && this.selection.pointId === point.id) this.openPopup(point, point.id !== reopening);
    };
    let moving = false;
    if (fit || this.fitPending) {
      // Listening before the move: without animation its `moveend` comes before setView returns.
      if (point) this.map.once('moveend', openPopup);
      if (point && this.cluster) {
        this.map.setView([point.lat, point.lng], Math.max(this.map.getZoom(), CLUSTER_MAX_ZOOM + 1));
        moving = true;
      } else if (point) moving = this.fitTo(selected ? selectedBounds(selected) : undefined, L.latLng(point.lat, point.lng));
      else if (selected) this.fitTo(selectedBounds(selected));
      else this.fitAll();
      if (point && !moving) this.map.off('moveend', openPopup);
    }
    this.renderMarkers();
    if (!point) this.dropPopup();
    else if (!moving) openPopup();
  }

  private markSelectedPoint(): void {
    for (const [key, marker] of this.markers) {
      const button = marker.getElement()?.firstElementChild;
      if (!button) continue;
      const selected = key === `p:${this.selection.pointId}`;
      button.classList.toggle('marker__button--selected', selected);
      if (selected) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  private openPopup(point: MapPoint, autoPan = true): void {
    if (this.popupPointId === point.id && this.popup?.isOpen()) return;
    this.dropPopup();
    const content = this.options.popupContent?.(point.id);
    if (!content) return;
    const popup = L.popup({
      closeButton: false,
      autoClose: true,
      closeOnEscapeKey: true,
      className: 'point-popup',
      offset: [0, -12],
      maxWidth: 280,
      autoPan,
      autoPanPadding: [16, 16],
    });
    // At its marker, which may sit a little apart from the point at city scale (see spreadPoints).
    popup.setLatLng(this.markers.get(`p:${point.id}`)?.getLatLng() ?? [point.lat, point.lng]).setContent(content);
    this.popup = popup;
    this.popupPointId = point.id;
    popup.on('remove', () => {
      if (this.popup !== popup) return;
      this.popup = undefined;
      this.popupPointId = null;
      // Focus inside the closed popup would fall to the page; give it back to the marker.
      if (content.contains(document.activeElement) || content.contains(deepActiveElement(content))) this.focusPoint(point.id);
      this.options.onPopupClose?.(point.id);
    });
    popup.openOn(this.map);
    // Leaflet skips panning the popup into view while the map is still zooming or panning
    // (a click right after a district fit); pan once the map has settled.
    const map = this.map as unknown as { _animatingZoom?: boolean; _panAnim?: { _inProgress?: boolean } };
    if (map._animatingZoom || map._panAnim?._inProgress) {
      this.map.once('moveend', () => {
        if (this.popup === popup && popup.isOpen()) popup.update();
      });
    }
  }

  /** Closes the popup without reporting it as the visitor's action. */
  private dropPopup(): void {
    const popup = this.popup;
    this.popup = undefined;
    this.popupPointId = null;
    popup?.remove();
  }

  private focusPoint(pointId: string): void {
    const button = this.markers.get(`p:${pointId}`)?.getElement()?.firstElementChild as HTMLElement | null | undefined;
    (button ?? this.container).focus({ preventScroll: true });
  }

  /** Moves the view to the bounds or point; whether it did (every move ends with `moveend`). */
  private fitTo(bounds?: Leaflet.LatLngBounds, center?: Leaflet.LatLng): boolean {
    if (!this.container.clientWidth || !this.container.clientHeight) {
      // A hidden container (list view) has no size to fit; do it when it appears.
      this.fitPending = true;
      return false;
    }
    this.fitPending = false;
    if (center) {
      const zoom = bounds?.isValid() ? Math.max(this.map.getBoundsZoom(bounds, false, L.point(FIT_PADDING)), 13) : Math.max(this.map.getZoom(), 14);
      this.map.setView(center, Math.min(zoom, 16));
      return true;
    }
    if (bounds?.isValid()) this.map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: 15 });
    return false;
  }

  private allBounds(): Leaflet.LatLngBounds {
    const bounds = L.latLngBounds([]);
    for (const layer of this.districtShapes.values()) bounds.extend(selectedBounds(layer));
    if (this.points.size) {
      // Plain numbers: ten thousand LatLng objects are measurable in the render time.
      let [south, west, north, east] = [90, 180, -90, -180];
      for (const { lat, lng } of this.points.values()) {
        if (lat < south) south = lat;
        if (lat > north) north = lat;
        if (lng < west) west = lng;
        if (lng > east) east = lng;
      }
      bounds.extend(L.latLngBounds([south, west], [north, east]));
    }
    return bounds;
  }

  private handleResize(): void {
    if (this.destroyed) return;
    this.map.invalidateSize({ animate: false, pan: false });
    if (this.fitPending && this.container.clientWidth && this.container.clientHeight) this.applySelection(true);
  }

  private readonly handleMoveEnd = () => {
    if (this.cluster) this.renderMarkers();
    else this.spreadPoints();
  };

  /**
   * Nudges point markers apart where they would overlap at this zoom (neighbouring Welcome Points
   * at city scale), each as little as needed, so every marker is a target of its own, and moves
   * district numbers out from under them. Zoomed in far enough, everything is back on its place.
   * (Clusters need no help: they merge instead.)
   */
  private spreadPoints(): void {
    const placed = [...this.points.values()].flatMap(point => {
      const marker = this.markers.get(`p:${point.id}`);
      const at = this.map.latLngToLayerPoint([point.lat, point.lng]);
      return marker ? [{ marker, x: at.x, y: at.y, home: at }] : [];
    });
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
          if (distance >= MARKER_SPACING - 0.01) continue;
          // Two points at the very same spot part in a fixed direction, so the layout is stable.
          if (distance < 0.01) {
            [dx, dy] = [Math.cos(i + j), Math.sin(i + j)];
            distance = 0;
          }
          const push = (MARKER_SPACING - distance) / 2 / Math.max(Math.abs(dx), Math.abs(dy));
          a.x -= dx * push;
          a.y -= dy * push;
          b.x += dx * push;
          b.y += dy * push;
          moved = true;
        }
      }
    }
    for (const item of placed) {
      // Never further than a marker's width from its place, so it stays in its street and district
      // (where even that is not enough, points overlap as before; above 80 points they are clustered).
      // The labels below step aside from these final positions.
      const { home } = item;
      const scale = Math.min(1, MARKER_SPACING / (Math.hypot(item.x - home.x, item.y - home.y) || 1));
      item.x = home.x + (item.x - home.x) * scale;
      item.y = home.y + (item.y - home.y) * scale;
      item.marker.setLatLng(this.map.layerPointToLatLng([item.x, item.y]));
    }
    // An open popup points at its marker, wherever that now sits (without panning the view).
    const popupMarker = this.popupPointId ? this.markers.get(`p:${this.popupPointId}`) : undefined;
    if (this.popup && popupMarker) {
      const { autoPan } = this.popup.options;
      this.popup.options.autoPan = false;
      this.popup.setLatLng(popupMarker.getLatLng());
      this.popup.options.autoPan = autoPan;
    }
    // District numbers step aside where a marker would hide them.
    for (const label of this.labels) {
      let { x, y } = this.map.latLngToLayerPoint(label.at);
      for (let round = 0, moved = true; moved && round < 10; round++) {
        moved = false;
        for (const point of placed) {
          let dx = x - point.x;
          let dy = y - point.y;
          const distance = Math.hypot(dx, dy);
          if (distance >= LABEL_CLEARANCE - 0.01) continue;
          if (distance < 0.01) [dx, dy] = [0, -1];
          const push = (LABEL_CLEARANCE - distance) / Math.hypot(dx, dy);
          x += dx * push;
          y += dy * push;
          moved = true;
        }
      }
      label.marker.setLatLng(this.map.layerPointToLatLng([x, y]));
    }
  }

  private readonly reportZoom = () => {
    const zoom = this.map.getZoom();
    // At city scale the names of neighbouring districts collide; the numbers still fit.
    this.container.classList.toggle('map--numbers-only', zoom < NAME_LABEL_MIN_ZOOM);
    this.options.onZoom?.({ canZoomIn: zoom < this.map.getMaxZoom(), canZoomOut: zoom > this.map.getMinZoom() });
  };

  private readonly handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.popup) return;
    event.stopPropagation();
    const pointId = this.popupPointId;
    this.map.closePopup();
    if (pointId) this.focusPoint(pointId);
  };
}

/** A map whose pans never animate, for `prefers-reduced-motion` (Leaflet animates `panBy` by default). */
function StillMap(): typeof L.Map {
  return L.Map.extend({
    panBy(this: Leaflet.Map, offset: Leaflet.PointExpression, options?: Leaflet.PanOptions) {
      return L.Map.prototype.panBy.call(this, offset, { ...options, animate: false });
    },
  });
}

function toFeature(point: MapPoint): PointFeature {
  return { type: 'Feature', properties: { id: point.id }, geometry: { type: 'Point', coordinates: [point.lng, point.lat] } };
}

function selectedBounds(layer: Leaflet.Path): Leaflet.LatLngBounds {
  if (layer instanceof L.Polygon) return layer.getBounds();
  const at = (layer as Leaflet.CircleMarker).getLatLng();
  return L.latLngBounds(at, at);
}

/** Where a label goes: the centroid of the district's largest polygon. */
function largestPolygonCenter(shape: Polygon | MultiPolygon): Leaflet.LatLng | undefined {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  let best: Position[] | undefined;
  let bestArea = -1;
  for (const [outer] of polygons) {
    if (!outer) continue;
    const area = Math.abs(ringArea(outer));
    if (area > bestArea) [best, bestArea] = [outer, area];
  }
  if (!best) return undefined;
  const latlngs = best.map(([lng, lat]) => L.latLng(lat, lng));
  return L.PolyUtil.polygonCenter(latlngs, L.CRS.EPSG3857);
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return sum / 2;
}

function deepActiveElement(node: Node): Element | null {
  let active = (node.getRootNode() as Document | ShadowRoot).activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
