// SPDX-License-Identifier: EUPL-1.2
/**
 * What the district map draws from outside the feed: background tiles (which tile server is
 * configured and usable, and the visitor's consent before any tile is requested, since the tile
 * host receives their IP address) and official district boundaries (`districts-src`).
 */
import { warnOnce } from '../../internal/logger.js';
import type { WelcomeFeed } from '../../feed/schema.js';
import type { GeoJsonObject } from 'geojson';
import type { DistrictShapes, MapView } from '../../map/leaflet-map.js';
import type { DistrictMap, MapModule } from './district-map.component.js';

/** A usable tile server: the URL template, its host (for consent) and whether it is OpenStreetMap's. */
export interface TileSource {
  url: string;
  host: string;
  osm: boolean;
}

/** Tile hosts the visitor agreed to on this page; one consent covers every map on it. */
const consentedHosts = new Set<string>();

/** The configured tile server, when it is usable: an http(s) template with an attribution. */
export function tileSource(host: DistrictMap): TileSource | undefined {
  if (!host.tileUrl) return undefined;
  let url: URL;
  try {
    url = new URL(host.tileUrl.replace('{s}.', '').replace(/\{[a-z]+\}/g, '0'), document.baseURI);
  } catch {
    warnOnce(host, `tile-url "${host.tileUrl}" is not a URL; no background map`);
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    warnOnce(host, `tile-url must be an http(s) URL; no background map`);
    return undefined;
  }
  if (!host.tileAttribution?.trim()) {
    warnOnce(host, 'tile-url needs tile-attribution (tile providers require credit); no background map');
    return undefined;
  }
  return { url: new URL(host.tileUrl, document.baseURI).href.replace(/%7B/g, '{').replace(/%7D/g, '}'), host: url.host, osm: /(^|\.)openstreetmap\.org$/.test(url.hostname) };
}

/** Whether tiles from `tileHost` may load: the page said so, or the visitor agreed on this page. */
export function tilesAllowed(host: DistrictMap, tileHost: string): boolean {
  return host.tileConsent === 'granted' || consentedHosts.has(tileHost);
}

/** The visitor agreed to tiles from `tileHost`; one consent covers every map on the page. */
export function giveConsent(tileHost: string): void {
  consentedHosts.add(tileHost);
}


/**
 * Fetches an official boundary file and matches its features to the feed's districts. Problems
 * are warned about; without usable shapes the feed's own are drawn (an empty match). Nothing
 * once `signal` aborted.
 */
export async function loadShapes(host: DistrictMap, url: string, feed: WelcomeFeed, mapModule: MapModule, signal: AbortSignal): Promise<DistrictShapes | undefined> {
  try {
    const response = await fetch(new URL(url, document.baseURI), { signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data: unknown = await response.json();
    const { matchDistrictFeatures } = await mapModule.loadBoundaryMatcher();
    const shapes = matchDistrictFeatures(data, feed.districts, {
      districtIdProperty: host.districtIdProperty,
      quarterProperty: host.quarterProperty,
    });
    if (signal.aborted) return undefined;
    if (shapes.unmatched.length) {
      warnOnce(host, `${shapes.unmatched.length} feature(s) in ${url} match no district and are not drawn:\n  ${shapes.unmatched.join('\n  ')}`);
    }
    return shapes;
  } catch (error) {
    if (signal.aborted) return undefined;
    warnOnce(host, `the district boundaries at ${url} could not be used (${String((error as Error)?.message ?? error)}); drawing the feed's own`);
    return { shapes: new Map(), unmatched: [] };
  }
}

/** The credit each map's context layer asks for (its GeoJSON's `attribution` member), as text. */
const contextCredits = new WeakMap<DistrictMap, string>();

/** The credit line of `host`'s context layer, if its file names one (e.g. "© OpenStreetMap contributors"). */
export function contextCredit(host: DistrictMap): string | undefined {
  return contextCredits.get(host);
}

/**
 * `context-src`: water and outlines under the markers, drawn while `isCurrent()`; a broken file
 * only warns. A top-level `attribution` string (a GeoJSON foreign member) joins the map's credit line.
 */
export async function loadContext(host: DistrictMap, view: MapView, url: string | null, isCurrent: () => boolean): Promise<void> {
  try {
    const data = url ? ((await (await fetch(new URL(url, document.baseURI))).json()) as GeoJsonObject & { attribution?: unknown }) : null;
    if (!isCurrent() || url !== host.contextSrc) return;
    await view.setContext(data);
    if (typeof data?.attribution === 'string') contextCredits.set(host, data.attribution);
    else contextCredits.delete(host);
    host.requestUpdate();
  } catch (error) {
    warnOnce(host, `the context layer at ${url} could not be drawn (${String((error as Error)?.message ?? error)})`);
  }
}
