// SPDX-License-Identifier: EUPL-1.2
/** The map's optional chunks (clustering, boundary matching) and a count of live maps for leak tests. */
import type { ClusterIndex } from './cluster.js';

let ClusterIndexClass: typeof ClusterIndex | undefined;
let liveMaps = 0;

/** Default number of points above which a map clusters them. */
export const CLUSTER_THRESHOLD = 80;

/**
 * Loads the clustering code, which `MapView.setData` needs for more than `clusterThreshold`
 * points; a separate chunk, since most maps never need it.
 */
export async function loadClustering(): Promise<void> {
  ClusterIndexClass ??= (await import('./cluster.js')).ClusterIndex;
}

/** Whether {@link loadClustering} must run before drawing `count` points. */
export function needsClustering(count: number, threshold = CLUSTER_THRESHOLD): boolean {
  return count > threshold && !ClusterIndexClass;
}

/** The clustering class once {@link loadClustering} has run. @internal */
export function clusterClass(): typeof ClusterIndex | undefined {
  return ClusterIndexClass;
}

/** Loads the matcher for official boundary files (`districts-src`), a chunk of its own. */
export function loadBoundaryMatcher(): Promise<typeof import('./match-districts.js')> {
  return import('./match-districts.js');
}

/** How many Leaflet maps exist right now (for leak tests). @internal */
export function liveMapCount(): number {
  return liveMaps;
}

/** Counts a map created (+1) or destroyed (−1). @internal */
export function countMap(change: 1 | -1): void {
  liveMaps += change;
}
