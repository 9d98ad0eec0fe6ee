// SPDX-License-Identifier: EUPL-1.2
/**
 * Derives a schematic Rhine for the demo's `context-src` (demo/data/rhine-schematic.geojson) from
 * the OpenStreetMap quarters (demo/data/duesseldorf-quarters-osm.geojson): the quarters have no
 * water, but their boundaries run down the middle of the river. The river's line is the border
 * between the left-bank quarters (district 4) and the rest of the city, continued north and south
 * along the city's western edge, where the Rhine is the boundary. That line, simplified and
 * smoothed, widened to 300 m, is the water. Approximate, and labelled so; derived from OSM data,
 * so it stays under the ODbL (see demo/data/README.md).
 *
 *   node scripts/build/make-rhine.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import polygonClipping from 'polygon-clipping';

const QUARTERS = new URL('../../demo/data/duesseldorf-quarters-osm.geojson', import.meta.url);
const OUT = new URL('../../demo/data/rhine-schematic.geojson', import.meta.url);
const LEFT_BANK = ['Heerdt', 'Lörick', 'Niederkassel', 'Oberkassel'];
/** Where the city boundary leaves the river: Wittlaer (Duisburg border) and Urdenbach (Monheim). */
const NORTH_END = [6.7319, 51.3431];
const SOUTH_END = [6.8494, 51.1332];
const HALF_WIDTH_M = 150;

// Metres per degree at Düsseldorf's latitude; plenty for a schematic river.
const MX = 69_700;
const MY = 111_200;
const toM = ([x, y]) => [x * MX, y * MY];
const toDeg = ([x, y]) => [x / MX, y / MY];

const quarters = JSON.parse(readFileSync(QUARTERS, 'utf8')).features;
const polygons = feature => (feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates);
const union = features => polygonClipping.union(...features.map(polygons));
const left = union(quarters.filter(f => LEFT_BANK.includes(f.properties.name)))[0][0];
const right = union(quarters.filter(f => !LEFT_BANK.includes(f.properties.name)))[0][0];
const city = union(quarters)[0][0];

function segmentDistance(p, a, b) {
  const [px, py] = toM(p);
  const [ax, ay] = toM(a);
  const [bx, by] = toM(b);
  const [dx, dy] = [bx - ax, by - ay];
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
const ringDistance = (p, ring) => Math.min(...ring.slice(1).map((q, i) => segmentDistance(p, ring[i], q)));
const nearest = (ring, at) => ring.reduce((best, p, i) => (Math.hypot(...toM([p[0] - at[0], p[1] - at[1]])) < Math.hypot(...toM([ring[best][0] - at[0], ring[best][1] - at[1]])) ? i : best), 0);

// The river between the banks: the left bank's vertices on the right bank's boundary, north to south.
const onBorder = left.map(p => ringDistance(p, right) < 40);
// (One unbroken run of the ring, which here does not wrap around its start.)
const border = left.filter((_, i) => onBorder[i]);
if (border[0][1] < border.at(-1)[1]) border.reverse();
// The city's outline touches the left bank along district 4's land border; the river leaves it at both ends.
const landBorder = city.map(p => ringDistance(p, left) < 40);
const southJunction = landBorder.indexOf(false);
const northJunction = landBorder.lastIndexOf(false);
const north = city.slice(nearest(city, NORTH_END), northJunction + 1);
const south = city.slice(southJunction, nearest(city, SOUTH_END) + 1);
const line = [...north, ...border, ...south].map(toM);

/** Douglas–Peucker in metres. */
function simplify(points, tolerance) {
  if (points.length < 3) return points;
  let [index, max] = [0, 0];
  for (let i = 1; i < points.length - 1; i++) {
    const d = segmentDistance(toDeg(points[i]), toDeg(points[0]), toDeg(points.at(-1)));
    if (d > max) [index, max] = [i, d];
  }
  if (max <= tolerance) return [points[0], points.at(-1)];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

/** Chaikin's corner cutting: rounder bends, as a river has. */
function smooth(points) {
  const out = [points[0]];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    out.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]], [0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]]);
  }
  out.push(points.at(-1));
  return out;
}

const centre = smooth(smooth(simplify(line, 80)));
// Both banks: the centre line moved sideways along its averaged normal.
const bank = side =>
  centre.map((p, i) => {
    const a = centre[Math.max(0, i - 1)];
    const b = centre[Math.min(centre.length - 1, i + 1)];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    return [p[0] - (side * HALF_WIDTH_M * (b[1] - a[1])) / length, p[1] + (side * HALF_WIDTH_M * (b[0] - a[0])) / length];
  });
const ring = [...bank(1), ...bank(-1).reverse()];
ring.push(ring[0]);
const round = ([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
// The outline may cross itself in tight bends; the union cleans it into a valid polygon.
const water = polygonClipping.union([ring.map(toDeg).map(round)]);

const collection = {
  type: 'FeatureCollection',
  attribution: 'Rhine: schematic, derived from © OpenStreetMap contributors (ODbL)',
  features: [
    {
      type: 'Feature',
      properties: { natural: 'water', waterway: 'river', name: 'Rhein', note: 'schematic: 300 m wide along the quarter boundaries in the river; not the real banks' },
      geometry: { type: 'MultiPolygon', coordinates: water },
    },
  ],
};
writeFileSync(OUT, `${JSON.stringify(collection)}\n`);
console.log(`wrote ${OUT.pathname}: ${centre.length} centre points, ${water.length} polygon(s)`);
