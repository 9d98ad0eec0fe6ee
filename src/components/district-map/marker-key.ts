// SPDX-License-Identifier: EUPL-1.2
/**
 * The key over the map's top corner: each marker shape beside what it means. A chunk fetched
 * with the map (the shapes' styles come with it too).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MapPointState } from '../../map/types.js';
import type { Model } from './district-map-model.js';

/**
 * What the marker shapes mean (a dot: open now; a bar: closed now; no dot: hours not known;
 * dashed: closed for a while or for good). Open and closed now are listed whenever a point has
 * hours, so the key stays as it is while the hours pass and is there before the map first fits
 * its view around it. For the eyes only: each marker's name says its state to screen readers.
 */
export function renderMarkerKey(model: Model): TemplateResult | typeof nothing {
  if (!model.points.length) return nothing;
  const statuses = new Set(model.status.values());
  const active = model.points.filter(point => model.status.get(point.id) === 'open');
  const inactive = [
    statuses.has('paused') && msg('Temporarily closed', { id: 'opening.temporarily-closed', desc: 'Badge: the place is closed for some time' }),
    statuses.has('closed') && msg('Closed permanently', { id: 'opening.closed-permanently', desc: 'Badge: the place no longer exists' }),
  ].filter(Boolean);
  const keys: Array<[MapPointState, unknown]> = [];
  if (active.some(point => point.openingHours?.length)) {
    keys.push(
      ['open', msg('Open now', { id: 'opening.open-now', desc: 'Badge: the place is open at this moment' })],
      ['closed-now', msg('Closed now', { id: 'opening.closed-now', desc: 'Badge: the place is closed at this moment' })],
    );
  }
  // A point without hours has a plain marker: it must not pass for "open now".
  if (active.some(point => !point.openingHours?.length)) keys.push(['unknown', msg('Hours not known', { id: 'opening.unknown', desc: 'Badge: the feed has no opening hours for this place' })]);
  if (inactive.length) keys.push(['inactive', inactive.join(' · ')]);
  return html`<ul class="marker-key" part="marker-key" aria-hidden="true">
    ${keys.map(([state, label]) => html`<li><span class="marker-key__swatch marker-key__swatch--${state}"></span>${label}</li>`)}
  </ul>`;
}
