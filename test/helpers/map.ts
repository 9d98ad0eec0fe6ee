// SPDX-License-Identifier: EUPL-1.2
import { until } from './wait.js';

type MapElement = HTMLElement & { mapReady: Promise<boolean>; updateComplete: Promise<unknown> };

/**
 * Resolves once a `<district-map>` has nothing left to draw: its map is drawn (or known to be
 * unavailable), or its canvas is not displayed (list view, a finder's closed "Map" pane), where
 * Leaflet waits until someone shows it. A displayed map further down the page is scrolled to, as a
 * visitor would, because that is when it gets built.
 */
export async function mapSettled(map: MapElement, timeout = 15_000): Promise<void> {
  let drawn = false;
  void map.mapReady.then(() => (drawn = true));
  await until(() => {
    if (drawn) return true;
    const canvas = map.shadowRoot?.querySelector<HTMLElement>('.map__canvas');
    if (!canvas) return false;
    if (!canvas.getClientRects().length) return true;
    canvas.scrollIntoView({ block: 'nearest' });
    return false;
  }, `<${map.localName}> never drew its map`, timeout);
  await map.updateComplete;
}
