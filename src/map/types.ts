// SPDX-License-Identifier: EUPL-1.2
/** What `<district-map>` hands the Leaflet adapter: plain, already localized data and callbacks. */
import type { MultiPolygon, Polygon } from 'geojson';

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

/**
 * How a Welcome Point is doing right now; each is drawn with its own shape, not colour alone:
 * `open` a filled marker with a dot, `closed-now` (outside today's hours) an outlined marker with
 * a bar, `inactive` (paused or ended) a dashed outline, `unknown` (no hours) a filled marker.
 */
export type MapPointState = 'open' | 'closed-now' | 'inactive' | 'unknown';

export interface MapPoint {
  id: string;
  lat: number;
  lng: number;
  accessibleName: string;
  /** Closed for now or for good: drawn muted. Same as `state: 'inactive'`. */
  inactive?: boolean;
  /** Open or closed right now; wins over `inactive`. Without it the point is drawn as open. */
  state?: MapPointState;
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
