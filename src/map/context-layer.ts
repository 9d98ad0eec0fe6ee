// SPDX-License-Identifier: EUPL-1.2
/**
 * The optional context layer: water (the Rhine) and outlines from a GeoJSON the page or feed
 * provides, so the map looks like Düsseldorf without third-party tiles. Drawn above the district
 * fills (which cover the whole city) and below outlines, labels and markers; never interactive.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type * as Leaflet from 'leaflet';
import type { Feature, GeoJsonObject } from 'geojson';

/** OpenStreetMap-style tags (or a plain `kind`) that mark a feature as water. */
function isWater(feature: Feature | undefined): boolean {
  const p = (feature?.properties ?? {}) as Record<string, unknown>;
  return p.kind === 'water' || p.natural === 'water' || p.water !== undefined || p.waterway !== undefined || p.landuse === 'basin';
}

/** Draws `data` in `pane`; points in it are skipped (a context layer has no places). */
export function contextLayer(data: GeoJsonObject, pane: string): Leaflet.GeoJSON {
  return L.geoJSON(data, {
    pane,
    interactive: false,
    filter: feature => feature.geometry?.type !== 'Point' && feature.geometry?.type !== 'MultiPoint',
    style: feature => ({ className: isWater(feature) ? 'context context--water' : 'context', interactive: false }),
  });
}
