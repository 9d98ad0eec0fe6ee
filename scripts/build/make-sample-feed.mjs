#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes demo/data/duesseldorf.json, the sample feed for Düsseldorf.
 *
 *   node scripts/build/make-sample-feed.mjs            # writes the file
 *   node scripts/build/make-sample-feed.mjs --check    # exits 1 when the committed file is stale
 *
 * Facts (districts, quarter numbers, centres, the Welcome Points named in the press 2015–2024)
 * come from the feed issue; everything else is invented and says so ("sample" in hoursNote or
 * description). The tables are in sample-feed-data.mjs. District boundaries are real: the union
 * of each district's quarters from OpenStreetMap (demo/data/duesseldorf-quarters-osm.geojson,
 * ODbL 1.0, "© OpenStreetMap contributors"), so the feed's boundaries are ODbL too.
 *
 * Deterministic: no Date.now(), no Math.random(). Dated events run from November 2026 to
 * December 2027, and weekly schedules keep "this week" agendas filled whenever the demo is opened.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import polygonClipping from 'polygon-clipping';
import { random } from '../test/generate-feed.mjs';
import { CATEGORIES, DISTRICTS, POINTS, slot, TEMPLATES, URBAN_CENTRE } from './sample-feed-data.mjs';
import { CATEGORY_LABELS, districtName, offerTitle, translate, translateKnown } from './sample-feed-texts.mjs';

const OUT = new URL('../../demo/data/duesseldorf.json', import.meta.url);
/** Düsseldorf's quarters from OpenStreetMap, a copy of ../shared/data (ODbL; see demo/data/README.md). */
const QUARTERS_FILE = new URL('../../demo/data/duesseldorf-quarters-osm.geojson', import.meta.url);
/** The day the sample pretends to be published. */
const BASE_DATE = '2026-11-01';

// ---------------------------------------------------------------------------------------------
// Districts: the union of each district's quarters from OpenStreetMap (ODbL, see demo/data/README.md).
const QUARTERS = JSON.parse(readFileSync(QUARTERS_FILE, 'utf8'));
/** "Flingern-Nord" in the feed is "Flingern Nord" in the OSM file. */
const quarterKey = name => name.replace(/-/g, ' ').toLowerCase();
const quarterShapes = new Map(QUARTERS.features.map(f => [quarterKey(f.properties.name), f.geometry]));
/** 4 decimals: about 7 m east–west and 11 m north–south here, finer than a district map shows. */
const round = n => Math.round(n * 1e4) / 1e4;

/**
 * A district polygon: its quarters merged, so their shared borders disappear. Rounded before the
 * union, which then also drops the points that rounding made coincide.
 */
function districtGeometry(quarters) {
  const shapes = quarters.map(([, name]) => {
    const shape = quarterShapes.get(quarterKey(name));
    if (!shape) throw new Error(`quarter ${name} is not in ${QUARTERS_FILE.pathname}`);
    const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
    return polygons.map(polygon => polygon.map(ring => ring.map(([lng, lat]) => [round(lng), round(lat)])));
  });
  const merged = polygonClipping.union(...shapes);
  return merged.length === 1 ? { type: 'Polygon', coordinates: merged[0] } : { type: 'MultiPolygon', coordinates: merged };
}

function pointInRing([lng, lat], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// Approximate centres of some quarters (sample data), so "choose your quarter" measures from the
// quarter itself (feed field `quarters[].center`); the others fall back to their district.
const QUARTER_CENTRES = {
  '031': { lat: 51.2136, lng: 6.7797 }, // Friedrichstadt
  '032': { lat: 51.2108, lng: 6.7636 }, // Unterbilk
  '036': { lat: 51.2035, lng: 6.7893 }, // Bilk
  '037': { lat: 51.2133, lng: 6.8017 }, // Oberbilk
  '021': { lat: 51.2214, lng: 6.8110 }, // Flingern-Süd
  '022': { lat: 51.2318, lng: 6.8062 }, // Flingern-Nord
  '042': { lat: 51.2330, lng: 6.7120 }, // Heerdt
  '071': { lat: 51.2371, lng: 6.8569 }, // Gerresheim
  '081': { lat: 51.2092, lng: 6.8372 }, // Lierenfeld
  '082': { lat: 51.1990, lng: 6.8560 }, // Eller
  '091': { lat: 51.1790, lng: 6.8170 }, // Wersten
  '095': { lat: 51.1632, lng: 6.8731 }, // Benrath
};

/** Inside the outer ring and outside the holes of one of the polygons. */
function pointInGeometry(position, geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(([outer, ...holes]) => pointInRing(position, outer) && !holes.some(hole => pointInRing(position, hole)));
}

const districts = DISTRICTS.map(([number, lat, lng, quarters]) => ({
  id: String(number),
  number,
  // One word per language for the district, the same as the UI's (docs/i18n/glossary.md).
  name: { de: `Stadtbezirk ${number}`, en: `District ${number}`, uk: `Округ ${number}`, tr: `${number}. İlçe`, ru: `Округ ${number}`, ...districtName(number) },
  quarters: quarters.map(([id, name]) => (QUARTER_CENTRES[id] ? { id, name, center: QUARTER_CENTRES[id] } : { id, name })),
  center: { lat, lng },
  geometry: districtGeometry(quarters),
}));

// ---------------------------------------------------------------------------------------------
// Welcome Points (data in sample-feed-data.mjs).
const sampleContact = (slug, n) => ({ phone: `+49 211 555 ${String(100 + n).padStart(4, '0')}`, email: `${slug}@example.org` });
const CHRISTMAS_EVE = { de: 'Heiligabend: geschlossen', 'de-x-ls': 'Am 24. Dezember ist geschlossen.', en: 'Christmas Eve: closed', ar: 'ليلة عيد الميلاد: مغلق', uk: 'Святвечір: зачинено' };
const NEW_YEARS_EVE = { de: 'Silvester: geschlossen', 'de-x-ls': 'Am 31. Dezember ist geschlossen.', en: 'New Year’s Eve: closed', ar: 'ليلة رأس السنة: مغلق', uk: 'Переддень Нового року: зачинено' };

/**
 * Christmas Eve and New Year's Eve are no public holidays, but every point closes: one-day
 * closures for the years the demo covers, unless a longer closure (a Christmas break) covers them.
 */
function yearEndClosures(closures = []) {
  const extra = ['2026', '2027'].flatMap(year => [[`${year}-12-24`, CHRISTMAS_EVE], [`${year}-12-31`, NEW_YEARS_EVE]])
    .filter(([day]) => !closures.some(c => c.from <= day && day <= c.to))
    .map(([day, note]) => ({ from: day, to: day, note }));
  return [...closures, ...extra].sort((a, b) => a.from.localeCompare(b.from));
}

/** When someone last checked each point: mostly this year, two a while ago (for the "may be out of date" hint). */
const LAST_VERIFIED = ['2026-10-12', '2026-09-28', '2024-06-30', '2026-10-20', '2024-03-31', '2026-08-14', '2025-09-15', '2026-10-05', '2026-07-01', '2026-10-27', '2026-06-18', '2025-07-02', '2026-09-09'];

/** The description in every UI language (sample-feed-texts.mjs), plus the 2023/24 renaming for every point still running. */
const urbanCentre = translate(URBAN_CENTRE);
const withUrbanCentre = point => {
  const description = translate(point.description);
  return point.status
    ? description
    : Object.fromEntries(Object.entries(description).map(([lang, text]) => [lang, urbanCentre[lang] ? `${text} ${urbanCentre[lang]}` : text]));
};

const points = POINTS.map((point, n) => ({
  status: 'active',
  ...point,
  description: withUrbanCentre(point),
  ...(point.hoursNote && { hoursNote: translateKnown(point.hoursNote) }),
  ...(point.accessibility?.note && { accessibility: { ...point.accessibility, note: translateKnown(point.accessibility.note) } }),
  contact: { ...sampleContact(point.id, n), url: `https://welcome-points.example.org/${point.id}` },
  ...(!point.status && { closures: yearEndClosures(point.closures).map(c => ({ ...c, ...(c.note && { note: translateKnown(c.note) }) })) }),
  lastVerified: LAST_VERIFIED[n],
}));

// Every point must lie inside its own district and quarter, or map and list would disagree.
for (const point of points) {
  const district = districts.find(d => d.id === point.districtId);
  const { lat, lng } = point.location;
  if (!pointInGeometry([lng, lat], district.geometry)) throw new Error(`${point.id} (${lat}, ${lng}) lies outside district ${district.id}`);
  const quarter = district.quarters.find(q => q.id === point.quarterId);
  const shape = quarterShapes.get(quarterKey(quarter.name));
  if (!pointInGeometry([lng, lat], shape)) throw new Error(`${point.id} (${lat}, ${lng}) lies outside quarter ${quarter.name}`);
}

// ---------------------------------------------------------------------------------------------
// Offers: templates (sample-feed-data.mjs) placed at several points each; schedules vary per
// point, deterministically.
const rnd = random(2015);
const pick = list => list[Math.floor(rnd() * list.length)];

const hm = minutes => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const toMinutes = time => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

const offers = [];
for (const point of points) {
  const placed = TEMPLATES.filter(t => (t.at ? t.at.includes(point.id) : rnd() < t.share));
  // Closed points keep two of their former offers: history that widgets must hide by default.
  const chosen = point.status === 'closed' ? placed.filter(t => t.slots && t.slots !== 'hours').slice(0, 2) : placed;
  for (const template of chosen) {
    // Shift weekly slots by 0–60 minutes per point so agendas do not look copy-pasted.
    const shift = pick([0, 0, 30, 60]);
    const offer = {
      id: `${point.id.replace(/^wp-/, '')}-${template.key}`,
      welcomePointId: point.id,
      title: offerTitle(template.key, template.title),
      ...(template.description && { description: template.description }),
      categoryIds: template.categoryIds,
      audiences: template.audiences,
      ...(template.languages && { languages: template.languages }),
    };
    if (template.slots === 'hours') {
      offer.schedule = point.openingHours;
    } else if (template.slots) {
      offer.schedule = template.slots.map(([dayList, opens, closes, extra]) => {
        const s = Math.min(shift, 23 * 60 + 59 - toMinutes(closes));
        return slot(dayList, hm(toMinutes(opens) + s), hm(toMinutes(closes) + s), extra);
      });
    }
    if (template.dates) {
      // A draw once shifted event days; kept, so the random placement of everything else stays as it was.
      rnd();
      offer.dates = template.dates.map(([date, start, end]) => ({ start: `${date}T${start}`, end: `${date}T${end}` }));
    }
    offer.cost = typeof template.cost === 'object' ? translateKnown(template.cost) : template.cost;
    if (template.registration) offer.registration = { ...template.registration, ...(template.registration.note && { note: translateKnown(template.registration.note) }) };
    offer.contact = rnd() < 0.5 ? { phone: point.contact.phone, email: point.contact.email } : { email: point.contact.email };
    if (rnd() < 0.3) offer.url = `https://welcome-points.example.org/angebote/${offer.id}`;
    offers.push(offer);
  }
}

const feed = {
  $schema: '../../dist/welcome-feed.schema.json',
  version: 1,
  meta: {
    title: {
      de: 'Welcome Points in Düsseldorf (Beispieldaten)',
      'de-x-ls': 'Welcome Points in Düsseldorf (Beispiel-Daten)',
      en: 'Welcome Points in Düsseldorf (sample data)',
      ar: 'مراكز Welcome Point في دوسلدورف (بيانات تجريبية)',
      uk: 'Пункти Welcome Point у Дюссельдорфі (приклад)',
      fa: 'مراکز Welcome Point در دوسلدورف (داده‌های نمونه)',
      tr: 'Düsseldorf’taki Welcome Point’ler (örnek veri)',
      ru: 'Пункты Welcome Point в Дюссельдорфе (пример данных)',
    },
    description: {
      de: 'Beispieldaten, zusammengestellt aus öffentlichen Berichten 2015–2024: nicht amtlich, nicht aktuell. Mit „Beispieldaten“ markierte Angaben sind erfunden, Koordinaten ungefähr. Stadtbezirksgrenzen: Vereinigung der Stadtteile aus OpenStreetMap, © OpenStreetMap contributors, ODbL 1.0.',
      'de-x-ls': 'Das sind Beispiel-Daten. Sie sind nicht von der Stadt. Sie sind nicht aktuell. Die Grenzen der Stadt-Bezirke sind von OpenStreetMap.',
      en: 'Sample data compiled from public reports 2015–2024: not official, not current. Details marked "sample data" are invented; coordinates are approximate. District boundaries: union of the quarters from OpenStreetMap, © OpenStreetMap contributors, ODbL 1.0.',
      ar: 'بيانات تجريبية جُمعت من تقارير منشورة بين 2015 و2024: غير رسمية وغير محدَّثة. التفاصيل المعلَّمة بـ«بيانات تجريبية» غير حقيقية، والإحداثيات تقريبية. حدود المناطق: اتحاد الأحياء من OpenStreetMap، © OpenStreetMap contributors، ODbL 1.0.',
      uk: 'Зразкові дані, зібрані з публічних повідомлень 2015–2024 років: не офіційні й не актуальні. Відомості з позначкою «зразкові дані» вигадано, координати приблизні. Межі округів: об’єднання районів з OpenStreetMap, © OpenStreetMap contributors, ODbL 1.0.',
      fa: 'داده‌های نمونه، گردآوری‌شده از گزارش‌های عمومی ۲۰۱۵ تا ۲۰۲۴: غیررسمی و نه به‌روز. اطلاعاتی که با «داده‌های نمونه» مشخص شده‌اند ساختگی‌اند و مختصات تقریبی است. مرزهای مناطق: اجتماع محله‌ها از OpenStreetMap، © OpenStreetMap contributors، ODbL 1.0.',
      tr: 'Örnek veri, 2015–2024 yıllarının kamuya açık haberlerinden derlendi: resmî değil, güncel değil. “Örnek veri” olarak işaretlenen bilgiler uydurmadır; koordinatlar yaklaşıktır. İlçe sınırları: OpenStreetMap’teki semtlerin birleşimi, © OpenStreetMap contributors, ODbL 1.0.',
      ru: 'Пример данных, собранный из публичных сообщений 2015–2024 годов: не официальные и не актуальные. Сведения с пометкой «пример данных» вымышлены, координаты приблизительные. Границы округов: объединение районов из OpenStreetMap, © OpenStreetMap contributors, ODbL 1.0.',
    },
    // Every widget says so in the visitor's language: the names, numbers and times here are invented.
    sample: true,
    publisher: 'Projekt Welcome Widgets – Beispieldaten, nicht von der Stadt Düsseldorf',
    updated: `${BASE_DATE}T09:00:00+01:00`,
    // The district geometry is derived from OpenStreetMap and stays under the ODbL; the rest is CC0.
    license: 'CC0-1.0 AND ODbL-1.0',
    defaultLanguage: 'de',
    timeZone: 'Europe/Berlin',
    contact: { email: 'welcome-widgets@example.org', url: 'https://www.duesseldorf.de/' },
    holidays: 'DE-NW',
    corrections: { email: 'korrekturen@example.org' },
  },
  districts,
  categories: CATEGORIES.map(({ id, label }) => ({ id, label: { ...label, ...CATEGORY_LABELS[id] } })),
  welcomePoints: points,
  offers,
};

// One line per position: pretty-printed, the boundaries' thousands of [lng, lat] pairs would take three lines each.
const json = `${JSON.stringify(feed, null, 1).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== json) {
    console.error('demo/data/duesseldorf.json is out of date: run node scripts/build/make-sample-feed.mjs');
    process.exit(1);
  }
  console.log('demo/data/duesseldorf.json is up to date');
} else {
  writeFileSync(OUT, json);
  console.log(`demo/data/duesseldorf.json: ${districts.length} districts, ${points.length} Welcome Points, ${offers.length} offers, ${(json.length / 1024).toFixed(0)} KB`);
}
