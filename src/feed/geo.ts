// SPDX-License-Identifier: EUPL-1.2
/** Distances for "nearest Welcome Point": great-circle maths is enough at city scale. */
import type { LatLng, WelcomeFeed, WelcomePoint } from './schema.js';

/** Mean earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Great-circle distance in kilometres (haversine).
 * @example
 * distanceKm({ lat: 51.2277, lng: 6.7735 }, { lat: 51.1649, lng: 6.8485 }) // ≈ 8.6 (centre → Benrath)
 */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Where to put a point on a map or measure from: its own location, else its district's centre
 * (good enough to sort by, and honest enough for a district-level marker).
 * @example
 * const where = pointLocation(feed, point); // undefined when neither is known
 */
export function pointLocation(feed: WelcomeFeed, point: WelcomePoint): LatLng | undefined {
  return point.location ?? feed.districts.find(district => district.id === point.districtId)?.center;
}

/**
 * Pairs each item with its distance from `from` and sorts nearest first; items without a
 * location keep their order at the end (`km: undefined`).
 * @example
 * sortByDistance(points, here, point => pointLocation(feed, point))[0].item // the nearest point
 */
export function sortByDistance<T>(
  items: T[],
  from: LatLng,
  locate: (item: T) => LatLng | undefined,
): Array<{ item: T; km: number | undefined }> {
  return items
    .map(item => {
      const where = locate(item);
      return { item, km: where ? distanceKm(from, where) : undefined };
    })
    // Array#sort is stable, so equal distances and the unlocated tail keep their input order.
    .sort((a, b) => (a.km === b.km ? 0 : (a.km ?? Infinity) - (b.km ?? Infinity)));
}
