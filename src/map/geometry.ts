// SPDX-License-Identifier: EUPL-1.2
/** Small geometry helpers of the map: where a label goes, what a selection's bounds are. */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type * as Leaflet from 'leaflet';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** The bounds of a district's shape (a polygon, or the point of a district drawn as a circle). */
export function selectedBounds(layer: Leaflet.Path): Leaflet.LatLngBounds {
  if (layer instanceof L.Polygon) return layer.getBounds();
  const at = (layer as Leaflet.CircleMarker).getLatLng();
  return L.latLngBounds(at, at);
}

/** Where a label goes: the centroid of the district's largest polygon. */
export function largestPolygonCenter(shape: Polygon | MultiPolygon): Leaflet.LatLng | undefined {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  let best: Position[] | undefined;
  let bestArea = -1;
  for (const [outer] of polygons) {
    if (!outer) continue;
    const area = Math.abs(ringArea(outer));
    if (area > bestArea) [best, bestArea] = [outer, area];
  }
  if (!best || !(bestArea > 0)) return undefined;
  try {
    const latlngs = best.map(([lng, lat]) => L.latLng(lat, lng));
    return L.PolyUtil.polygonCenter(latlngs, L.CRS.EPSG3857);
  } catch {
    // A degenerate ring (a feed's broken geometry) has no centre: the caller falls back to the district's centre.
    return undefined;
  }
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return sum / 2;
}

/** The focused element, looking into shadow roots from `node`'s root down. */
export function deepActiveElement(node: Node): Element | null {
  let active = (node.getRootNode() as Document | ShadowRoot).activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** An axis-aligned box in container pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two boxes share more than `slack` pixels in both directions. */
export function overlaps(a: Box, b: Box, slack = 0.5): boolean {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
}

/** The bounds of many points, without a LatLng object each (ten thousand are measurable). */
export function pointsBounds(points: ReadonlyArray<{ lat: number; lng: number }>): Leaflet.LatLngBounds | undefined {
  if (!points.length) return undefined;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const { lat, lng } of points) {
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (lng < west) west = lng;
    if (lng > east) east = lng;
  }
  return L.latLngBounds([south, west], [north, east]);
}

/** The boxes of markers, in container pixels. */
export function markerBoxes(map: Leaflet.Map, markers: Iterable<Leaflet.Marker>): Box[] {
  return [...markers].map(marker => {
    const at = map.latLngToContainerPoint(marker.getLatLng());
    const [width, height] = (marker.options.icon?.options.iconSize as Leaflet.PointTuple | undefined) ?? [28, 28];
    return { left: at.x - width / 2, top: at.y - height / 2, right: at.x + width / 2, bottom: at.y + height / 2 };
  });
}

/** What the element lays over the map (its zoom buttons): the container's siblings over it, in container pixels. */
export function overlayBoxes(container: HTMLElement): Box[] {
  const outer = container.getBoundingClientRect();
  return [...(container.parentElement?.children ?? [])].flatMap(element => {
    if (element === container) return [];
    const r = element.getBoundingClientRect();
    const over = r.width && r.height && r.left < outer.right && r.right > outer.left && r.top < outer.bottom && r.bottom > outer.top;
    // A placeholder over the whole map (consent) is not an obstacle to avoid.
    if (!over || r.width * r.height > (outer.width * outer.height) / 2) return [];
    return [{ left: r.left - outer.left, top: r.top - outer.top, right: r.right - outer.left, bottom: r.bottom - outer.top }];
  });
}

/**
 * Room to keep free at each edge when fitting the view: `margin`, plus what the element lays over
 * the map (see {@link overlayBoxes}). A tall box (the zoom buttons) takes room at its side, a wide
 * one (a note) at the top or bottom, so no district, label or badge ends up under either.
 */
export function fitPadding(container: HTMLElement, margin: number): [Leaflet.Point, Leaflet.Point] {
  const { clientWidth: w, clientHeight: h } = container;
  const pad = [margin, margin, margin, margin];
  for (const b of overlayBoxes(container)) {
    const tall = b.bottom - b.top > b.right - b.left;
    const [edge, room] = tall ? (b.left < w - b.right ? [0, b.right] : [2, w - b.left]) : b.top < h - b.bottom ? [1, b.bottom] : [3, h - b.top];
    pad[edge] = Math.max(pad[edge], room + margin / 2);
  }
  return [L.point(pad[0], pad[1]), L.point(pad[2], pad[3])];
}
