// SPDX-License-Identifier: EUPL-1.2
import { until, untilSteady } from './wait.js';

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

/**
 * Waits until a drawn map has stopped moving: no zoom animation (Leaflet marks its map pane, not
 * the container, `leaflet-zoom-anim`) and pane and shapes unchanged for 15 frames. WebKit may refit
 * the map once more after `mapReady` (a late resize), and Leaflet drops a zoom asked for while
 * another one animates, so a test that zooms, or points at a district, waits for this first.
 */
export async function mapAtRest(map: HTMLElement): Promise<void> {
  const read = () => {
    const root = map.shadowRoot!;
    const pane = root.querySelector<HTMLElement>('.leaflet-map-pane');
    const zooming = root.querySelector('.leaflet-zoom-anim') !== null;
    return `${zooming}|${pane?.style.transform}|${root.querySelector('path.district')?.getAttribute('d')?.slice(0, 60)}`;
  };
  await untilSteady(read, 'the map never stopped moving', { frames: 15 });
}
