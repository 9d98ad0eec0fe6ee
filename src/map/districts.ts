// SPDX-License-Identifier: EUPL-1.2
/** District shapes: a polygon from the boundaries, or a circle at the district's centre. */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type * as Leaflet from 'leaflet';
import { largestPolygonCenter } from './geometry.js';
import type { MapDistrict } from './types.js';

/** The district's shape (a named button for the keyboard) and where its label goes; none without a place. */
export function districtShape(district: MapDistrict, onActivate: () => void): { layer: Leaflet.Path; labelAt?: Leaflet.LatLng } | undefined {
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
    layer = L.circleMarker(district.center, { className: `district district--point${shade}`, radius: 14, weight: 2, bubblingMouseEvents: false });
    labelAt = L.latLng(district.center);
  } else {
    return undefined;
  }
  layer.on('click', onActivate);
  return { layer, labelAt };
}

/**
 * Leaflet draws paths without keyboard access; this makes a drawn district a named button
 * (reached with the arrow keys, see RovingFocus). Call once the layer is on the map.
 */
export function makeButton(element: SVGElement, district: MapDistrict, onActivate: () => void): void {
  element.setAttribute('tabindex', '-1');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', district.accessibleName);
  element.dataset.districtId = district.id;
  element.addEventListener('keydown', event => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onActivate();
  });
}

/**
 * A copy of a district's outline above all districts (pane `welcome-outline`), so its stroke is
 * never painted over by a neighbour drawn later, and the districts keep their keyboard order
 * (bringToFront would move, and so blur, a focused element).
 */
function outlineCopy(shape: Leaflet.Path | undefined, className: string): Leaflet.Path | undefined {
  const outline = { className, interactive: false, pane: 'welcome-outline', fill: false };
  if (shape instanceof L.Polygon) return L.polygon(shape.getLatLngs(), outline);
  if (shape instanceof L.CircleMarker) return L.circleMarker(shape.getLatLng(), { ...outline, radius: 14 });
  return undefined;
}

/** Marks the selected district and draws its outline above all others (in `outlineLayer`). */
export function highlightDistrict(shapes: ReadonlyMap<string, Leaflet.Path>, districtId: string | null | undefined, outlineLayer: Leaflet.LayerGroup): Leaflet.Path | undefined {
  for (const [id, layer] of shapes) {
    const element = layer.getElement() as SVGElement | undefined;
    element?.classList.toggle('district--selected', id === districtId);
    if (id === districtId) element?.setAttribute('aria-current', 'true');
    else element?.removeAttribute('aria-current');
  }
  outlineLayer.clearLayers();
  const selected = districtId ? shapes.get(districtId) : undefined;
  outlineCopy(selected, 'district-outline')?.addTo(outlineLayer);
  return selected;
}

/**
 * Draws the keyboard focus of a district above all others too (in `focusLayer`): on the district
 * itself, half of its focus stroke lay under its neighbours.
 */
export function outlineFocusedDistrict(container: HTMLElement, shapes: ReadonlyMap<string, Leaflet.Path>, focusLayer: Leaflet.LayerGroup): void {
  const draw = (event: FocusEvent) => {
    focusLayer.clearLayers();
    const target = event.type === 'focusin' ? (event.composedPath()[0] as HTMLElement | SVGElement) : undefined;
    const id = target?.matches(':focus-visible') ? target.dataset.districtId : undefined;
    if (id) outlineCopy(shapes.get(id), 'district-focus')?.addTo(focusLayer);
  };
  container.addEventListener('focusin', draw);
  container.addEventListener('focusout', draw);
}
