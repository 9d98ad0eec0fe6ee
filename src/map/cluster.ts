// SPDX-License-Identifier: EUPL-1.2
/**
 * Clustering for maps with many points, in a chunk of its own: most maps show a few dozen
 * Welcome Points and never load it. `leaflet-map.ts` loads it through `loadClustering`.
 *
 * A grid per zoom level, built the first time that level is shown and kept while the data stays:
 * drawing 10,000 points costs one pass over them at the current zoom (about a millisecond),
 * where a hierarchical index (supercluster) builds every level up front. Points in one grid
 * cell of `radius` screen pixels become one cluster at their mean position.
 */

/** One cluster (more than one point) or a single point, at one zoom level. */
export interface ClusterItem {
  /** Stable within a zoom level; the point's id for single points. */
  key: string;
  lat: number;
  lng: number;
  /** 1 for a single point. */
  count: number;
  /** Index into the points given to the constructor (for single points). */
  index: number;
  /** The members' bounds, for zooming into a cluster. */
  south: number;
  west: number;
  north: number;
  east: number;
}

interface Located {
  id: string;
  lat: number;
  lng: number;
}

const TILE = 256;

export class ClusterIndex {
  /** Web Mercator x and y of every point in 0…1 (Leaflet's world at zoom 0, divided by 256). */
  readonly #xs: Float64Array;
  readonly #ys: Float64Array;
  readonly #levels = new Map<number, ClusterItem[]>();

  constructor(
    private readonly points: readonly Located[],
    private readonly radius = 72,
    /** Above this zoom every point is shown on its own. */
    readonly maxZoom = 14,
  ) {
    this.#xs = new Float64Array(points.length);
    this.#ys = new Float64Array(points.length);
    for (let i = 0; i < points.length; i++) {
      const { lat, lng } = points[i];
      const sin = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
      this.#xs[i] = lng / 360 + 0.5;
      this.#ys[i] = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
    }
  }

  /** Clusters and single points whose position lies in the bounds, at (integer) `zoom`. */
  getClusters(west: number, south: number, east: number, north: number, zoom: number): ClusterItem[] {
    const items = this.#level(Math.min(Math.round(zoom), this.maxZoom + 1));
    return items.filter(item => item.lat >= south && item.lat <= north && item.lng >= west && item.lng <= east);
  }

  #level(zoom: number): ClusterItem[] {
    let items = this.#levels.get(zoom);
    if (items) return items;
    // Cells two radii wide: about what a radius search merges, with one pass and no index.
    const cell = (2 * this.radius) / (TILE * 2 ** zoom);
    const single = zoom > this.maxZoom;
    // cell index → [count, sum lat, sum lng, S, W, N, E, first index]
    const cells = new Map<number, number[]>();
    const columns = Math.ceil(1 / cell) + 1;
    for (let i = 0; i < this.points.length; i++) {
      const key = single ? i : Math.floor(this.#ys[i] / cell) * columns + Math.floor(this.#xs[i] / cell);
      const { lat, lng } = this.points[i];
      const found = cells.get(key);
      if (!found) {
        cells.set(key, [1, lat, lng, lat, lng, lat, lng, i]);
        continue;
      }
      found[0]++;
      found[1] += lat;
      found[2] += lng;
      if (lat < found[3]) found[3] = lat;
      if (lng < found[4]) found[4] = lng;
      if (lat > found[5]) found[5] = lat;
      if (lng > found[6]) found[6] = lng;
    }
    items = [];
    for (const [key, [count, sumLat, sumLng, south, west, north, east, index]] of cells) {
      const lone = count === 1;
      items.push({
        key: lone ? `p:${this.points[index].id}` : `c:${zoom}:${key}`,
        lat: lone ? sumLat : sumLat / count,
        lng: lone ? sumLng : sumLng / count,
        count,
        index,
        south,
        west,
        north,
        east,
      });
    }
    this.#levels.set(zoom, items);
    return items;
  }
}
