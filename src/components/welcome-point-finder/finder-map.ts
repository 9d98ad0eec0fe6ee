// SPDX-License-Identifier: EUPL-1.2
/**
 * The finder's map pane (`view="map"` or `"both"`): a `<district-map>` showing the points of the
 * list. A chunk of its own with the map element, loaded only by such finders (Leaflet and the
 * map's view are requested alongside, see `finder-view.ts`).
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WelcomePointFinder } from './welcome-point-finder.component.js';
import type { WelcomePointSelectEvent } from '../../events/welcome-point-select.js';
import type { WelcomeDistrictSelectEvent } from '../../events/welcome-district-select.js';
import '../district-map/district-map.js';
import type { DistrictMap } from '../district-map/district-map.js';

/**
 * The pane, once the feed is there (until then the view holds its place with a placeholder).
 * @param pointIds the points of the list, the only ones the map shows
 */
export function renderMapPane(
  host: WelcomePointFinder,
  pointIds: DistrictMap['pointIds'],
  onPointSelect: (event: WelcomePointSelectEvent) => void,
  onDistrictSelect: (event: WelcomeDistrictSelectEvent) => void,
): TemplateResult {
  return html`<div class="finder__map">
    <district-map
      part="map"
      src=${ifDefined(host.feed ? undefined : (host.src ?? undefined))}
      .feed=${host.feed}
      .pointIds=${pointIds}
      selected=${ifDefined(host.selected || undefined)}
      district=${ifDefined(host.district || undefined)}
      @welcome-point-select=${onPointSelect}
      @welcome-district-select=${onDistrictSelect}
    ></district-map>
  </div>`;
}
