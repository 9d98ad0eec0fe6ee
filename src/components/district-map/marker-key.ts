// SPDX-License-Identifier: EUPL-1.2
/**
 * The key below the map: each marker shape beside what it means. A chunk fetched with the map
 * (the shapes' styles come with it too).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MapPointState } from '../../map/types.js';
import type { Model } from './district-map-model.js';

/**
 * What the marker shapes on the map mean (a bar: closed now; dashed: closed for a while or for
 * good). For the eyes only: each marker's name says its state to screen readers.
 */
export function renderMarkerKey(model: Model, states: ReadonlySet<MapPointState>): TemplateResult | typeof nothing {
  const statuses = new Set(model.status.values());
  const inactive = [
    statuses.has('paused') && msg('Temporarily closed', { id: 'opening.temporarily-closed', desc: 'Badge: the place is closed for some time' }),
    statuses.has('closed') && msg('Closed permanently', { id: 'opening.closed-permanently', desc: 'Badge: the place no longer exists' }),
  ].filter(Boolean);
  const keys: [MapPointState, string][] = [
    ['open', msg('Open now', { id: 'opening.open-now', desc: 'Badge: the place is open at this moment' })],
    ['closed-now', msg('Closed now', { id: 'opening.closed-now', desc: 'Badge: the place is closed at this moment' })],
    ['inactive', inactive.join(' · ') || msg('Not open yet', { id: 'opening.not-yet', desc: 'Badge: a new place that opens in the future' })],
  ];
  const shown = keys.filter(([state]) => states.has(state));
  return shown.length
    ? html`<ul class="marker-key" part="marker-key" aria-hidden="true">
        ${shown.map(([state, label]) => html`<li><span class="marker-key__swatch marker-key__swatch--${state}"></span>${label}</li>`)}
      </ul>`
    : nothing;
}
