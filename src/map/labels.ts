// SPDX-License-Identifier: EUPL-1.2
/**
 * District labels: "4 Oberkassel" where there is room, just the number where there is not (or
 * where the districts are named by their numbers), and never on a marker, on another label, under
 * the map's controls or cut at its edge.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type * as Leaflet from 'leaflet';
import { overlaps } from './geometry.js';
import type { Box } from './geometry.js';
import type { MapDistrict } from './types.js';

/** A district's label and its anchor (the middle of its shape). */
export interface Label {
  marker: Leaflet.Marker;
  at: Leaflet.LatLng;
  /** Whether it has a number to fall back to. */
  numbered: boolean;
  districtId: string;
}

/** Class on a label that shows only its number. */
const NUMBER_ONLY = 'district-label--number';
/** Class on a label whose district lies outside the view (it would be cut at the edge). */
const OUTSIDE = 'district-label--outside';
/** Space kept between a label and anything else, and to the map's edge. */
const GAP = 2;
/** Where a label may go, around its anchor: as close as possible, then further out. */
const OFFSETS: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  ...[18, 32, 48, 64].flatMap(d => [
    [0, -d],
    [0, d],
    [d, 0],
    [-d, 0],
    [d, -d],
    [-d, -d],
    [d, d],
    [-d, d],
  ] as const),
];

/**
 * Whether the districts are named by their numbers alone ("Stadtbezirk 1" … "Stadtbezirk 10",
 * "المنطقة 6", "منطقه ۶", "6. İlçe"): every name is the same words around its number. Their labels
 * then show the number only: "6 Stadtbezirk 6" is clutter. Names that differ beyond their
 * numbers ("Mitte 1", "Gerresheim 7") are kept.
 */
export function namedByNumber(districts: readonly MapDistrict[]): boolean {
  const rests = new Set(
    districts.map(({ name, number }) => {
      const digits = name.replace(/[٠-٩۰-۹]/g, digit => String(digit.charCodeAt(0) & 15));
      // Exactly one number in the name, the district's own; then the words around it.
      return digits.match(/\d+/g)?.join() === String(number) && digits.replace(/[\d\s.]+/g, '');
    }),
  );
  return rests.size === 1 && !rests.has(false);
}

/** A label marker (not interactive, hidden from assistive technology: the district's button has the name). */
export function labelMarker(district: MapDistrict, at: Leaflet.LatLng, layer: Leaflet.LayerGroup, withName = true): Label {
  const label = document.createElement('span');
  label.className = 'district-label__text';
  if (district.number !== undefined) {
    const number = document.createElement('span');
    number.className = 'district-label__number';
    number.textContent = String(district.number);
    label.append(number);
  }
  if (withName) {
    const name = document.createElement('span');
    name.className = 'district-label__name';
    name.textContent = district.name;
    if (district.lang) name.lang = district.lang;
    label.append(' ', name);
  }
  const icon = L.divIcon({ html: label, className: 'district-label', iconSize: null as unknown as Leaflet.PointTuple });
  const marker = L.marker(at, { icon, interactive: false, keyboard: false, pane: 'welcome-labels' });
  marker.addTo(layer);
  marker.getElement()?.setAttribute('aria-hidden', 'true');
  return { marker, at, numbered: district.number !== undefined, districtId: district.id };
}

/**
 * Places every label in the first free spot near its anchor, in the order given (districts by
 * number): with its name where that fits, else with its number only. `taken` are the boxes of
 * markers and controls, in container pixels; `size` is the container's.
 */
export function placeLabels(map: Leaflet.Map, labels: readonly Label[], taken: readonly Box[], size: Leaflet.Point): void {
  const texts = labels.map(label => label.marker.getElement()?.firstElementChild as HTMLElement | null | undefined);
  // Writes first, then all reads, then all writes: one layout for the whole pass.
  for (const label of labels) label.marker.getElement()?.classList.remove(NUMBER_ONLY, OUTSIDE);
  const sizes = texts.map(text => {
    const number = text?.querySelector<HTMLElement>('.district-label__number');
    return { full: [text?.offsetWidth ?? 0, text?.offsetHeight ?? 0], short: [number?.offsetWidth ?? 0, number?.offsetHeight ?? 0] };
  });
  const inside: Box = { left: GAP, top: GAP, right: size.x - GAP, bottom: size.y - GAP };
  const placed: Box[] = [];
  labels.forEach((label, i) => {
    const anchor = map.latLngToContainerPoint(label.at);
    const element = label.marker.getElement();
    if (anchor.x < 0 || anchor.y < 0 || anchor.x > size.x || anchor.y > size.y) {
      element?.classList.add(OUTSIDE);
      return;
    }
    const modes = label.numbered ? [sizes[i].full, sizes[i].short] : [sizes[i].full];
    let best: { box: Box; short: boolean; cost: number } | undefined;
    for (const [m, [width, height]] of modes.entries()) {
      for (const [dx, dy] of OFFSETS) {
        const box = boxAround(anchor.x + dx, anchor.y + dy, width, height);
        const clash = [...taken, ...placed].filter(other => overlaps(grow(box), other)).length;
        const out = within(box, inside) ? 0 : 1;
        // A free spot ends the search; otherwise keep the least crowded one seen.
        const cost = out * 100 + clash * 10 + m;
        if (!best || cost < best.cost) best = { box, short: m === 1, cost };
        if (!clash && !out) break;
      }
      if (best && best.cost === m) break;
    }
    if (!best) return;
    element?.classList.toggle(NUMBER_ONLY, best.short);
    placed.push(best.box);
    const centre = L.point((best.box.left + best.box.right) / 2, (best.box.top + best.box.bottom) / 2);
    label.marker.setLatLng(map.containerPointToLatLng(centre));
  });
}

function boxAround(x: number, y: number, width: number, height: number): Box {
  return { left: x - width / 2, top: y - height / 2, right: x + width / 2, bottom: y + height / 2 };
}

function grow(box: Box): Box {
  return { left: box.left - GAP, top: box.top - GAP, right: box.right + GAP, bottom: box.bottom + GAP };
}

function within(box: Box, outer: Box): boolean {
  return box.left >= outer.left && box.top >= outer.top && box.right <= outer.right && box.bottom <= outer.bottom;
}
