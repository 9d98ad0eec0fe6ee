// SPDX-License-Identifier: EUPL-1.2
/**
 * Matches a city's open-data boundary file (a GeoJSON FeatureCollection) to the feed's
 * districts. Cities publish either one feature per district (Stadtbezirk), matched by an id,
 * number or name property, or one feature per quarter (Stadtteil), matched by the quarter's
 * name or number against the feed's `quarters`; all quarters of a district become one shape.
 * Names are compared loosely, because the same place is spelled "Flingern Nord",
 * "Flingern-Nord" and "Flingern nord", with or without umlauts and ß.
 */
import type { Feature, MultiPolygon, Position } from 'geojson';
import type { District, Text } from '../feed/schema.js';
import { normalizeForSearch } from '../feed/search.js';

export interface MatchOptions {
  /** Feature property holding a district's id, number or name. */
  districtIdProperty?: string | null;
  /** Feature property holding a quarter's name or number (one feature per quarter). */
  quarterProperty?: string | null;
}

export interface DistrictShapes {
  /** One (multi)polygon per matched feed district, keyed by district id. */
  shapes: Map<string, MultiPolygon>;
  /** Features that matched no district, described for editors ("feature 3 (name: Atlantis)"). */
  unmatched: string[];
}

/**
 * The form two spellings of one place name share: lower case, no accents, ß → ss, no
 * punctuation or spaces, and German ae/oe/ue written as a/o/u.
 * @example
 * placeKey('Flingern-Nord') === placeKey('Flingern Nord') // true
 * placeKey('Düsseltal') === placeKey('Duesseltal')        // true
 */
export function placeKey(text: string): string {
  return normalizeForSearch(text).replace(/ /g, '').replace(/([aou])e/g, '$1');
}

/**
 * Assigns each feature of `data` to a feed district; see {@link MatchOptions}. Without either
 * option the feature's `name` property is tried as a quarter name, then as a district name.
 * Throws a `TypeError` when `data` is not a FeatureCollection.
 * @example
 * const { shapes, unmatched } = matchDistrictFeatures(geojson, feed.districts, { quarterProperty: 'name' });
 */
export function matchDistrictFeatures(data: unknown, districts: readonly District[], options: MatchOptions = {}): DistrictShapes {
  if (!isFeatureCollection(data)) throw new TypeError('not a GeoJSON FeatureCollection');
  const lookup = buildLookup(districts);
  const polygons = new Map<string, Position[][][]>();
  const unmatched: string[] = [];
  data.features.forEach((feature, index) => {
    const districtId = matchFeature(feature, lookup, options);
    const rings = districtId ? polygonsOf(feature) : [];
    if (!districtId || !rings.length) {
      unmatched.push(describe(feature, index, districtId ? 'no polygon' : 'no matching district'));
      return;
    }
    polygons.set(districtId, [...(polygons.get(districtId) ?? []), ...rings]);
  });
  const shapes = new Map<string, MultiPolygon>();
  for (const [id, coordinates] of polygons) shapes.set(id, { type: 'MultiPolygon', coordinates });
  return { shapes, unmatched };
}

interface Lookup {
  districtByKey: Map<string, string>;
  districtByNumber: Map<number, string>;
  districtIds: Set<string>;
  quarterByKey: Map<string, string>;
  quarterByNumber: Map<number, string>;
  quarterById: Map<string, string>;
}

function buildLookup(districts: readonly District[]): Lookup {
  const lookup: Lookup = {
    districtByKey: new Map(),
    districtByNumber: new Map(),
    districtIds: new Set(),
    quarterByKey: new Map(),
    quarterByNumber: new Map(),
    quarterById: new Map(),
  };
  for (const district of districts) {
    lookup.districtIds.add(district.id);
    if (district.number !== undefined) lookup.districtByNumber.set(district.number, district.id);
    for (const name of textsOf(district.name)) lookup.districtByKey.set(placeKey(name), district.id);
    for (const quarter of district.quarters ?? []) {
      lookup.quarterById.set(quarter.id, district.id);
      lookup.quarterByKey.set(placeKey(quarter.name), district.id);
      // Quarter ids often carry the official number ("q071" for 071 Gerresheim).
      const digits = quarter.id.match(/\d+/)?.[0];
      if (digits) lookup.quarterByNumber.set(Number(digits), district.id);
    }
  }
  return lookup;
}

function matchFeature(feature: Feature, lookup: Lookup, options: MatchOptions): string | undefined {
  const props = (feature.properties ?? {}) as Record<string, unknown>;
  if (options.districtIdProperty) return matchDistrict(props[options.districtIdProperty], lookup);
  if (options.quarterProperty) return matchQuarter(props[options.quarterProperty], lookup);
  return matchQuarter(props.name, lookup) ?? matchDistrict(props.name, lookup);
}

function matchDistrict(value: unknown, lookup: Lookup): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (lookup.districtIds.has(text)) return text;
  if (/^\d+$/.test(text)) return lookup.districtByNumber.get(Number(text));
  return lookup.districtByKey.get(placeKey(text));
}

function matchQuarter(value: unknown, lookup: Lookup): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (lookup.quarterById.has(text)) return lookup.quarterById.get(text);
  if (/^\d+$/.test(text)) return lookup.quarterByNumber.get(Number(text));
  return lookup.quarterByKey.get(placeKey(text));
}

function textsOf(text: Text): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** The feature's polygons, with rings that are not lists of [lng, lat] numbers dropped. */
function polygonsOf(feature: Feature): Position[][][] {
  const geometry = feature.geometry;
  const polygons =
    geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons
    .map(polygon => (Array.isArray(polygon) ? polygon.filter(isRing) : []))
    .filter(polygon => polygon.length > 0);
}

function isRing(ring: unknown): ring is Position[] {
  return (
    Array.isArray(ring) &&
    ring.length >= 4 &&
    ring.every(p => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]))
  );
}

function isFeatureCollection(data: unknown): data is { type: 'FeatureCollection'; features: Feature[] } {
  const candidate = data as { type?: unknown; features?: unknown } | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.type === 'FeatureCollection' &&
    Array.isArray(candidate.features) &&
    candidate.features.every(f => typeof f === 'object' && f !== null)
  );
}

function describe(feature: Feature, index: number, reason: string): string {
  const props = (feature.properties ?? {}) as Record<string, unknown>;
  const named = Object.entries(props)
    .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
    .slice(0, 3)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(', ');
  return `feature ${index + 1}${named ? ` (${named})` : ''}: ${reason}`;
}
