// SPDX-License-Identifier: EUPL-1.2
/**
 * The frame around the Leaflet canvas: zoom and "Show all" buttons, the consent placeholder for
 * background tiles, the "schematic boundaries" note, the attribution line and the legend. Templates; the view owns the state.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderLegend } from './district-map-list.js';
import type { Model } from './district-map-model.js';
import { contextCredit, tileSource, tilesAllowed } from './district-map-sources.js';
import type { DistrictMap } from './district-map.component.js';

export interface FrameOptions {
  /** The list view is shown instead (the map stays, hidden, so it need not be rebuilt). */
  hidden: boolean;
  /** The map is still being drawn. */
  busy: boolean;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onShowAll: () => void;
  onConsent: (tileHost: string) => void;
  /** What the marker shapes mean (marker-key.ts, fetched with the map): over the map, so it moves nothing when it comes. */
  markerKey: TemplateResult | typeof nothing;
}

export function renderMapFrame(host: DistrictMap, model: Model, o: FrameOptions): TemplateResult {
  const tiles = tileSource(host);
  const askConsent = tiles && !tilesAllowed(host, tiles.host);
  return html`<div class="map" ?hidden=${o.hidden}>
    <div class="map__stage">
      <div class="map__controls" part="controls">
        <button
          type="button"
          class="control"
          aria-label=${msg('Zoom in', { id: 'district-map.zoom-in' })}
          aria-disabled=${o.canZoomIn ? 'false' : 'true'}
          @click=${() => o.canZoomIn && o.onZoomIn()}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          class="control"
          aria-label=${msg('Zoom out', { id: 'district-map.zoom-out' })}
          aria-disabled=${o.canZoomOut ? 'false' : 'true'}
          @click=${() => o.canZoomOut && o.onZoomOut()}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" class="control" aria-label=${msg('Show all districts', { id: 'district-map.show-all', desc: 'Map button: zoom out to the whole city and clear the selection' })} @click=${o.onShowAll}>
          <span class="control__all" aria-hidden="true"></span>
        </button>
      </div>
      <div
        class="map__canvas"
        part="map"
        role="region"
        aria-label=${msg('Map of the districts and Welcome Points', { id: 'district-map.map-label' })}
        aria-busy=${o.busy ? 'true' : 'false'}
      ></div>
      ${!model.points.length
        ? // Districts alone looked like a map that failed to load.
          html`<p class="map__note">${msg('No Welcome Point here.', { id: 'district-map.district-empty' })}</p>`
        : host.feedController.result?.feed.meta.schematicBoundaries
        ? html`<p class="map__note" part="boundaries-note">
            ${msg('The district boundaries on this map are only approximate.', {
              id: 'district-map.schematic',
              desc: 'Note on the map when the feed says its district shapes are simplified or drawn by hand',
            })}
          </p>`
        : nothing}
      ${o.hidden || o.busy ? nothing : o.markerKey}
      ${askConsent ? renderConsent(tiles.host, () => o.onConsent(tiles.host)) : nothing}
    </div>
    <p class="map__attribution" part="attribution">
      ${tiles && !askConsent
        ? html`${tiles.osm
              ? html`<a href="https://www.openstreetmap.org/copyright" rel="noopener">${host.tileAttribution}</a>`
              : host.tileAttribution}
            <span aria-hidden="true">|</span> `
        : nothing}${contextCredit(host) ? html`<bdi>${contextCredit(host)}</bdi> <span aria-hidden="true">|</span> ` : nothing}<a href="https://leafletjs.com" rel="noopener">Leaflet</a>
    </p>
    ${host.shade === 'offers' ? renderLegend(model) : nothing}
  </div>`;
}

export function renderConsent(host: string, onConsent: () => void): TemplateResult {
  return html`<div class="consent" part="consent" role="group" aria-labelledby="consent-title">
    <p class="consent__title" id="consent-title">${msg(str`Background map from ${host}`, { id: 'district-map.consent-title' })}</p>
    <p class="consent__text">
      ${msg(str`Showing it loads map images from ${host}, which then receives your IP address.`, {
        id: 'district-map.consent-text',
        desc: 'Consent placeholder before loading map tiles from another server',
      })}
    </p>
    <button type="button" class="button button--primary" @click=${onConsent}>
      ${msg('Show background map', { id: 'district-map.consent-button' })}
    </button>
  </div>`;
}
