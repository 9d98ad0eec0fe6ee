// SPDX-License-Identifier: EUPL-1.2
/** The Leaflet map itself: options, our panes, and a variant without animated pans. */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type * as Leaflet from 'leaflet';

/** A bare Leaflet map in `container`: no Leaflet controls (the element has its own), no keyboard handler (see RovingFocus). */
export function createLeafletMap(container: HTMLElement, reducedMotion: boolean): Leaflet.Map {
  const still = reducedMotion;
  const MapClass = still ? StillMap() : L.Map;
  const map = new MapClass(container, {
    zoomControl: false,
    attributionControl: false,
    // Leaflet's keyboard handler makes the map a Tab stop of its own and pans with the arrows;
    // ours moves between districts and markers instead.
    keyboard: false,
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
  for (const [name, zIndex] of [
    // Above the district fills (which cover the city), so the river shows.
    ['welcome-context', 405],
    ['welcome-outline', 410],
    ['welcome-labels', 450],
  ] as const) {
    const pane = map.createPane(name);
    pane.style.zIndex = String(zIndex);
    pane.style.pointerEvents = 'none';
  }
  return map;
}

/** A map whose pans never animate, for `prefers-reduced-motion` (Leaflet animates `panBy` by default). */
function StillMap(): typeof L.Map {
  return L.Map.extend({
    panBy(this: Leaflet.Map, offset: Leaflet.PointExpression, options?: Leaflet.PanOptions) {
      return L.Map.prototype.panBy.call(this, offset, { ...options, animate: false });
    },
  });
}
