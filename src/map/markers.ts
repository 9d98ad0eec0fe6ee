// SPDX-License-Identifier: EUPL-1.2
/**
 * Marker icons as DOM nodes: a `<button>` in a Leaflet DivIcon. Leaflet's string icons would be
 * assigned to `innerHTML` (feed text becoming markup, and a TypeError under Trusted Types).
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type * as Leaflet from 'leaflet';
import type { MapPoint } from './types.js';
import type { ClusterItem } from './cluster.js';

/** The marker of one Welcome Point; `onActivate` runs on click, Enter and Space. */
export function pointMarker(point: MapPoint, onActivate: () => void): Leaflet.Marker {
  const button = document.createElement('button');
  button.type = 'button';
  const state = point.state ?? (point.inactive ? 'inactive' : 'open');
  button.className = `marker__button marker__button--${state}`;
  button.setAttribute('aria-label', point.accessibleName);
  button.tabIndex = -1;
  button.dataset.pointId = point.id;
  button.dataset.state = state;
  // Leaflet must not see the click as a map click (which would close the popup we open).
  L.DomEvent.disableClickPropagation(button);
  button.addEventListener('click', onActivate);
  const icon = L.divIcon({ html: button, className: 'marker', iconSize: [28, 28] });
  // Not `interactive`: the button handles clicks, and the icon's corners around the round
  // button let clicks through to the district below.
  return L.marker([point.lat, point.lng], { icon, keyboard: false, interactive: false });
}

/** The marker of a group of points: its count, and a button that zooms into it. */
export function clusterMarker(item: ClusterItem, name: string, onActivate: () => void): Leaflet.Marker {
  const { count } = item;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'cluster__button';
  button.tabIndex = -1;
  button.textContent = count > 999 ? `${Math.floor(count / 1000)}k` : String(count);
  button.setAttribute('aria-label', name);
  L.DomEvent.disableClickPropagation(button);
  button.addEventListener('click', onActivate);
  const size = count < 10 ? 34 : count < 100 ? 40 : 48;
  const icon = L.divIcon({ html: button, className: 'cluster', iconSize: [size, size] });
  return L.marker([item.lat, item.lng], { icon, keyboard: false, interactive: false });
}

/** The button inside a marker (what takes focus and clicks). */
export function markerButton(marker: Leaflet.Marker): HTMLButtonElement | undefined {
  return (marker.getElement()?.firstElementChild as HTMLButtonElement | null) ?? undefined;
}
