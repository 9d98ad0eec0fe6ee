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
 * description). District boundaries are schematic: Voronoi cells of the district centres,
 * clipped to a rough outline of the city, computed here. Official boundaries come from the
 * city's open-data GeoJSON through `<district-map districts-src>`.
 *
 * Deterministic: no Date.now(), no Math.random(); dates are relative to BASE_DATE, and weekly
 * schedules keep "this week" agendas filled whenever the demo is opened.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { random } from '../test/generate-feed.mjs';

const OUT = new URL('../../demo/data/duesseldorf.json', import.meta.url);
/** The day the sample pretends to be published; dated events fall in the weeks after it. */
const BASE_DATE = '2026-11-01';

// ---------------------------------------------------------------------------------------------
// Districts: numbers, official quarter numbers, names and centres from the issue.
const DISTRICTS = [
  [1, 51.2415, 6.7785, [['011', 'Altstadt'], ['012', 'Carlstadt'], ['013', 'Stadtmitte'], ['014', 'Pempelfort'], ['015', 'Derendorf'], ['016', 'Golzheim']]],
  [2, 51.2322, 6.8134, [['021', 'Flingern-Süd'], ['022', 'Flingern-Nord'], ['023', 'Düsseltal']]],
  [3, 51.2033, 6.7684, [['031', 'Friedrichstadt'], ['032', 'Unterbilk'], ['033', 'Hafen'], ['034', 'Hamm'], ['035', 'Volmerswerth'], ['036', 'Bilk'], ['037', 'Oberbilk'], ['038', 'Flehe']]],
  [4, 51.2367, 6.7349, [['041', 'Oberkassel'], ['042', 'Heerdt'], ['043', 'Lörick'], ['044', 'Niederkassel']]],
  [5, 51.3051, 6.7587, [['051', 'Stockum'], ['052', 'Lohausen'], ['053', 'Kaiserswerth'], ['054', 'Wittlaer'], ['055', 'Angermund'], ['056', 'Kalkum']]],
  [6, 51.2675, 6.8105, [['061', 'Lichtenbroich'], ['062', 'Unterrath'], ['063', 'Rath'], ['064', 'Mörsenbroich']]],
  [7, 51.2482, 6.8778, [['071', 'Gerresheim'], ['072', 'Grafenberg'], ['073', 'Ludenberg'], ['074', 'Hubbelrath'], ['075', 'Knittkuhl']]],
  [8, 51.2021, 6.8655, [['081', 'Lierenfeld'], ['082', 'Eller'], ['083', 'Vennhausen'], ['084', 'Unterbach']]],
  [9, 51.1649, 6.8485, [['091', 'Wersten'], ['092', 'Himmelgeist'], ['093', 'Holthausen'], ['094', 'Reisholz'], ['095', 'Benrath'], ['096', 'Urdenbach'], ['097', 'Itter'], ['098', 'Hassels']]],
  [10, 51.1406, 6.903, [['101', 'Garath'], ['102', 'Hellerhof']]],
];

/**
 * A rough outline of the city (lng, lat), hand-drawn from the map at about 1 km precision:
 * enough to give the schematic district cells a recognisable shape, nothing more.
 */
const CITY_OUTLINE = [
  [6.77, 51.352], [6.83, 51.335], [6.85, 51.3], [6.88, 51.285], [6.935, 51.275], [6.94, 51.245],
  [6.925, 51.215], [6.905, 51.195], [6.935, 51.16], [6.94, 51.13], [6.905, 51.124], [6.87, 51.13],
  [6.84, 51.15], [6.8, 51.165], [6.775, 51.18], [6.745, 51.195], [6.72, 51.215], [6.69, 51.235],
  [6.695, 51.265], [6.725, 51.275], [6.74, 51.3], [6.725, 51.33], [6.745, 51.345],
];

// Distances are compared in a local equirectangular projection: a degree of longitude is only
// cos(51.2°) ≈ 0.63 of a degree of latitude here, and a Voronoi cell in raw degrees would be skewed.
const K = Math.cos((51.23 * Math.PI) / 180);
const project = ([lng, lat]) => [lng * K, lat];
const unproject = ([x, y]) => [round(x / K), round(y)];
const round = n => Math.round(n * 1e5) / 1e5;

/** Sutherland–Hodgman: keeps the part of `polygon` where a·p ≤ b. */
function clipHalfPlane(polygon, [ax, ay], b) {
  const inside = ([x, y]) => ax * x + ay * y <= b + 1e-12;
  const cut = (p, q) => {
    const fp = ax * p[0] + ay * p[1] - b;
    const fq = ax * q[0] + ay * q[1] - b;
    const t = fp / (fp - fq);
    return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
  };
  const out = [];
  polygon.forEach((current, i) => {
    const previous = polygon[(i + polygon.length - 1) % polygon.length];
    if (inside(current)) {
      if (!inside(previous)) out.push(cut(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cut(previous, current));
    }
  });
  return out;
}

/** The Voronoi cell of centre `i` within the outline: closer to it than to any other centre. */
function voronoiCell(centres, i) {
  let cell = CITY_OUTLINE.map(project);
  const [px, py] = centres[i];
  centres.forEach(([qx, qy], j) => {
    if (j === i) return;
    // |x-p|² ≤ |x-q|²  ⇔  2(q-p)·x ≤ |q|² - |p|²
    cell = clipHalfPlane(cell, [2 * (qx - px), 2 * (qy - py)], qx * qx + qy * qy - px * px - py * py);
  });
  const ring = cell.map(unproject);
  return [...ring, ring[0]];
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

const centres = DISTRICTS.map(([, lat, lng]) => project([lng, lat]));
const districts = DISTRICTS.map(([number, lat, lng, quarters], i) => ({
  id: String(number),
  number,
  name: { de: `Stadtbezirk ${number}`, en: `District ${number}`, ar: `الدائرة ${number}`, uk: `Округ ${number}`, tr: `${number}. İlçe`, fa: `منطقه ${number}`, ru: `Округ ${number}` },
  quarters: quarters.map(([id, name]) => (QUARTER_CENTRES[id] ? { id, name, center: QUARTER_CENTRES[id] } : { id, name })),
  center: { lat, lng },
  geometry: { type: 'Polygon', coordinates: [voronoiCell(centres, i)] },
}));

// ---------------------------------------------------------------------------------------------
// Categories: what a Welcome Point offers (from the issue) plus common counselling topics.
const CATEGORIES = [
  ['counselling', { de: 'Beratung für Geflüchtete und Zugewanderte', en: 'Counselling for refugees and migrants', ar: 'استشارة للاجئين والمهاجرين', uk: 'Консультації для біженців і мігрантів', tr: 'Mülteci ve göçmenlere danışmanlık', fa: 'مشاوره برای پناهجویان و مهاجران', ru: 'Консультации для беженцев и мигрантов' }],
  ['meeting', { de: 'Treffen und Begegnung', en: 'Meeting and encounter', ar: 'لقاءات وتعارف', uk: 'Зустрічі та знайомства', tr: 'Buluşma ve tanışma', fa: 'دیدار و آشنایی', ru: 'Встречи и знакомства' }],
  ['initiatives', { de: 'Anlaufstelle für Initiativen vor Ort', en: 'Hub for local integration initiatives', ar: 'مركز للمبادرات المحلية', uk: 'Осередок місцевих ініціатив', tr: 'Yerel girişimler için buluşma noktası', fa: 'پایگاه ابتکارهای محلی', ru: 'Центр местных инициатив' }],
  ['self-organisation', { de: 'Raum für Selbstausdruck und Selbstorganisation', en: 'Space for self-expression and self-organisation', ar: 'مساحة للتعبير والتنظيم الذاتي', uk: 'Простір для самовираження і самоорганізації', tr: 'Kendini ifade ve öz örgütlenme alanı', fa: 'فضایی برای ابراز خود و خودسازماندهی', ru: 'Пространство для самовыражения и самоорганизации' }],
  ['stay', { de: 'Aufenthalt ohne Konsumzwang', en: 'A place to stay without having to buy anything', ar: 'مكان للجلوس دون الحاجة للشراء', uk: 'Місце, де можна побути без покупок', tr: 'Alışveriş zorunluluğu olmadan vakit geçirme', fa: 'جایی برای ماندن بدون اجبار به خرید', ru: 'Место, где можно побыть без покупок' }],
  ['volunteering', { de: 'Koordination des Ehrenamts', en: 'Coordination of volunteer work', ar: 'تنسيق العمل التطوعي', uk: 'Координація волонтерства', tr: 'Gönüllü çalışmaların koordinasyonu', fa: 'هماهنگی کار داوطلبانه', ru: 'Координация волонтёров' }],
  ['language', { de: 'Sprachkurse', en: 'Language courses', ar: 'دورات اللغة', uk: 'Мовні курси', tr: 'Dil kursları', fa: 'کلاس‌های زبان', ru: 'Языковые курсы' }],
  ['work', { de: 'Arbeit und Ausbildung', en: 'Work and training', ar: 'العمل والتدريب', uk: 'Робота і навчання', tr: 'İş ve meslek eğitimi', fa: 'کار و آموزش', ru: 'Работа и обучение' }],
  ['housing', { de: 'Wohnen', en: 'Housing', ar: 'السكن', uk: 'Житло', tr: 'Konut', fa: 'مسکن', ru: 'Жильё' }],
  ['family', { de: 'Familie', en: 'Family', ar: 'الأسرة', uk: 'Сім’я', tr: 'Aile', fa: 'خانواده', ru: 'Семья' }],
  ['health', { de: 'Gesundheit', en: 'Health', ar: 'الصحة', uk: 'Здоров’я', tr: 'Sağlık', fa: 'سلامت', ru: 'Здоровье' }],
].map(([id, label]) => ({ id, label }));

// ---------------------------------------------------------------------------------------------
// Welcome Points. Facts from press reports 2015–2024 where known, marked "sample" otherwise.
const SAMPLE_HOURS = { de: 'Beispieldaten: Öffnungszeiten erfunden.', en: 'Sample data: opening hours invented.' };
const SAMPLE_POINT = {
  de: 'Beispieldaten: Standort und Angaben erfunden, damit jeder Stadtbezirk einen Welcome Point hat.',
  en: 'Sample data: location and details invented so that every district has a Welcome Point.',
};
const URBAN_CENTRE = {
  de: 'Seit 2023/24 als „Urbanes Zentrum für interkulturelles Zusammenleben“ weitergeführt.',
  en: 'Since 2023/24 continued as an "Urban centre for intercultural living together".',
};
const days = (...list) => list;
const weekdays = days('mo', 'tu', 'we', 'th', 'fr');
const slot = (dayList, opens, closes, extra = {}) => ({ days: dayList, opens, closes, ...extra });
/** Typical office hours with a lunch break. */
const officeHours = (am = ['09:00', '12:30'], pm = ['13:30', '16:00'], pmDays = days('mo', 'tu', 'th')) => [
  slot(weekdays, ...am),
  slot(pmDays, ...pm),
];
const christmas = { from: '2026-12-24', to: '2027-01-01', note: { de: 'Weihnachtspause', en: 'Christmas break', ar: 'عطلة عيد الميلاد', uk: 'Різдвяна перерва' } };
const sampleContact = (slug, n) => ({ phone: `+49 211 555 ${String(100 + n).padStart(4, '0')}`, email: `${slug}@example.org` });
const OPERATORS = {
  diakonie: { name: 'Diakonie Düsseldorf', url: 'https://www.diakonie-duesseldorf.de/' },
  awo: { name: 'AWO Düsseldorf', url: 'https://www.awo-duesseldorf.de/' },
  city: { name: 'Landeshauptstadt Düsseldorf', url: 'https://www.duesseldorf.de/' },
  jbh: { name: 'Jugendberufshilfe Düsseldorf' },
  caritas: { name: 'Caritasverband Düsseldorf', url: 'https://www.caritas-duesseldorf.de/' },
  drk: { name: 'DRK Düsseldorf', url: 'https://www.drk-duesseldorf.de/' },
};

const POINTS = [
  {
    id: 'wp-nord', name: 'Welcome Point Nord', districtId: '5', quarterId: '051', validFrom: '2015-09-02',
    address: { street: 'Niederrheinstraße 20', postalCode: '40474', city: 'Düsseldorf' }, location: { lat: 51.2795, lng: 6.7562 },
    operator: OPERATORS.jbh,
    description: { de: 'Der erste Welcome Point der Stadt, eröffnet am 2. September 2015. Beratung, Begegnung und Raum für Initiativen im Düsseldorfer Norden.', en: 'The city’s first Welcome Point, opened on 2 September 2015. Counselling, meetings and room for initiatives in the north of Düsseldorf.', ar: 'أول نقطة ترحيب في المدينة، افتتحت في 2 سبتمبر 2015.' },
    openingHours: [slot(weekdays, '09:00', '17:00'), slot(days('sa'), '10:00', '14:00')],
    languages: ['de', 'en', 'ar', 'fa', 'ti'], accessibility: { wheelchair: 'yes' },
  },
  {
    id: 'wp-02', name: 'Welcome Point 02', districtId: '2', quarterId: '022',
    address: { street: 'Ackerstraße 100', postalCode: '40233', city: 'Düsseldorf' }, location: { lat: 51.2312, lng: 6.8075 },
    operator: OPERATORS.diakonie,
    description: { de: 'Welcome Point in Flingern. Beispieldaten: Adresse erfunden.', en: 'Welcome Point in Flingern. Sample data: address invented.' },
    openingHours: officeHours(), hoursNote: SAMPLE_HOURS, languages: ['de', 'ar', 'ku', 'en'], accessibility: { wheelchair: 'limited', note: { de: 'Eine Stufe am Eingang, Rampe auf Nachfrage.', en: 'One step at the entrance, ramp on request.' } },
  },
  {
    id: 'wp-03', name: 'Welcome Point 03', districtId: '3', quarterId: '036', status: 'closed', validFrom: '2016-01-01', validUntil: '2024-06-30',
    address: { street: 'Merowingerstraße 24', postalCode: '40225', city: 'Düsseldorf' }, location: { lat: 51.2058, lng: 6.7868 },
    operator: OPERATORS.diakonie,
    description: { de: 'Welcome Point in Bilk, eröffnet im Januar 2016, 2024 geschlossen. Beispieldaten: genaues Schließdatum erfunden.', en: 'Welcome Point in Bilk, opened January 2016, closed in 2024. Sample data: exact closing date invented.' },
    languages: ['de', 'ar', 'fa'],
  },
  {
    id: 'wp-08', name: 'Welcome Point 08', districtId: '8', quarterId: '082', validFrom: '2016-03-01',
    address: { street: 'Gumbertstraße 119', postalCode: '40229', city: 'Düsseldorf' }, location: { lat: 51.2068, lng: 6.8452 },
    operator: OPERATORS.diakonie,
    description: { de: 'Welcome Point in Eller, eröffnet im März 2016.', en: 'Welcome Point in Eller, opened in March 2016.' },
    openingHours: [...officeHours(['09:30', '12:30'], ['13:30', '17:00'], days('tu', 'th')), slot(days('we'), '17:00', '19:00')], hoursNote: SAMPLE_HOURS,
    closures: [christmas, { from: '2026-11-18', to: '2026-11-18', note: { de: 'Teamtag, geschlossen', en: 'Team day, closed' } }],
    languages: ['de', 'ar', 'tr', 'ru', 'uk'], accessibility: { wheelchair: 'yes' },
  },
  {
    id: 'wp-01', name: 'Welcome Point 01', districtId: '1', quarterId: '014', status: 'closed', validFrom: '2017-05-01', validUntil: '2024-03-31',
    address: { street: 'Münsterstraße 6', postalCode: '40476', city: 'Düsseldorf' }, location: { lat: 51.2418, lng: 6.7893 },
    operator: OPERATORS.diakonie,
    description: { de: 'Welcome Point in Pempelfort, eröffnet im Mai 2017, 2024 geschlossen. Beispieldaten: genaues Schließdatum erfunden.', en: 'Welcome Point in Pempelfort, opened May 2017, closed in 2024. Sample data: exact closing date invented.' },
    openingHours: [slot(days('mo', 'tu', 'th'), '10:00', '14:00'), slot(days('we'), '13:00', '17:00')],
    languages: ['de', 'en', 'ar'],
  },
  {
    id: 'wp-sued', name: 'Welcome Point Süd', districtId: '9', quarterId: '095',
    address: { street: 'Hauptstraße 40', postalCode: '40597', city: 'Düsseldorf' }, location: { lat: 51.1628, lng: 6.8745 },
    operator: OPERATORS.awo,
    description: { de: 'Welcome Point in Benrath. 2024 auf dem Weg zu einem neuen interkulturellen Zentrum in Garath. Beispieldaten: Adresse erfunden.', en: 'Welcome Point in Benrath; in 2024 moving towards a new intercultural centre in Garath. Sample data: address invented.' },
    openingHours: officeHours(['09:00', '12:00'], ['13:00', '16:00'], days('mo', 'we')), hoursNote: SAMPLE_HOURS, closures: [christmas],
    languages: ['de', 'ar', 'tr', 'en'], accessibility: { wheelchair: 'yes' },
  },
  {
    id: 'wp-06', name: 'Welcome Point 06', districtId: '6', quarterId: '063',
    address: { street: 'Westfalenstraße 20', postalCode: '40472', city: 'Düsseldorf' }, location: { lat: 51.2772, lng: 6.8168 },
    operator: { name: 'Familienzentrum Rath' },
    description: { de: 'Welcome Point im Familienzentrum in Rath. Beispieldaten: Adresse erfunden.', en: 'Welcome Point at the family centre in Rath. Sample data: address invented.' },
    openingHours: [slot(days('mo', 'tu', 'we', 'th'), '08:30', '12:00'), slot(days('mo', 'we'), '14:00', '17:30'), slot(days('fr'), '08:30', '13:00')], hoursNote: SAMPLE_HOURS,
    languages: ['de', 'ar', 'uk', 'ru'], accessibility: { wheelchair: 'yes' },
  },
  {
    id: 'wp-04', name: 'Welcome Point 04', districtId: '4', quarterId: '042',
    address: { street: 'Heerdter Landstraße 200', postalCode: '40549', city: 'Düsseldorf' }, location: { lat: 51.2318, lng: 6.7195 },
    operator: OPERATORS.drk,
    description: { de: 'Welcome Point auf der linken Rheinseite. Beispieldaten: Träger und Adresse erfunden (laut Presse ein Wohlfahrtsverband).', en: 'Welcome Point on the left bank of the Rhine. Sample data: operator and address invented (the press names a welfare organisation).' },
    openingHours: officeHours(['10:00', '13:00'], ['14:00', '17:00'], days('tu', 'th')), hoursNote: SAMPLE_HOURS, closures: [christmas],
    languages: ['de', 'en', 'fa', 'ar'], accessibility: { wheelchair: 'limited' },
  },
  {
    id: 'wp-gerresheim', name: 'Welcome Point Gerresheim', districtId: '7', quarterId: '071', validFrom: '2021-01-01',
    address: { street: 'Heyestraße 1', postalCode: '40625', city: 'Düsseldorf' }, location: { lat: 51.2342, lng: 6.8615 },
    operator: OPERATORS.city,
    description: { de: 'Der erste Welcome Point in Trägerschaft der Stadt, eröffnet 2021. Beispieldaten: Adresse und Eröffnungstag erfunden.', en: 'The first Welcome Point run by the city itself, opened in 2021. Sample data: address and opening day invented.' },
    openingHours: [slot(days('mo', 'tu', 'th', 'fr'), '09:00', '12:00'), slot(days('tu', 'th'), '13:00', '16:00'), slot(days('we'), '14:00', '18:00')], hoursNote: SAMPLE_HOURS,
    closures: [christmas], languages: ['de', 'en', 'ar', 'uk', 'tr'], accessibility: { wheelchair: 'yes' },
  },
  {
    id: 'wp-stadtmitte', name: 'Welcome Point Stadtmitte', districtId: '1', quarterId: '013', validFrom: '2018-04-01',
    address: { street: 'Oststraße 80', postalCode: '40210', city: 'Düsseldorf' }, location: { lat: 51.2262, lng: 6.7815 },
    operator: OPERATORS.caritas, description: SAMPLE_POINT, hoursNote: SAMPLE_HOURS,
    openingHours: officeHours(['10:00', '13:00'], ['14:00', '18:00'], days('mo', 'we', 'th')), closures: [christmas],
    languages: ['de', 'en', 'ar', 'fa', 'fr'], accessibility: { wheelchair: 'yes' },
  },
  {
    id: 'wp-05', name: 'Welcome Point 05', districtId: '3', quarterId: '037', validFrom: '2016-09-01',
    address: { street: 'Kölner Straße 250', postalCode: '40227', city: 'Düsseldorf' }, location: { lat: 51.208, lng: 6.796 },
    operator: OPERATORS.diakonie, description: SAMPLE_POINT, hoursNote: SAMPLE_HOURS,
    openingHours: officeHours(['09:00', '12:30'], ['13:30', '16:30'], days('mo', 'tu', 'we', 'th')),
    languages: ['de', 'ar', 'tr', 'ku', 'ru'], accessibility: { wheelchair: 'no', note: { de: 'Beratung im Erdgeschoss des Nachbarhauses möglich.', en: 'Counselling possible on the ground floor next door.' } },
  },
  {
    id: 'wp-07', name: 'Welcome Point 07', districtId: '9', quarterId: '091', status: 'temporarilyClosed', validFrom: '2017-02-01',
    address: { street: 'Kölner Landstraße 120', postalCode: '40591', city: 'Düsseldorf' }, location: { lat: 51.1805, lng: 6.8215 },
    operator: OPERATORS.awo, description: SAMPLE_POINT,
    hoursNote: { de: 'Beispieldaten: wegen Umbau vorübergehend geschlossen; Beratung im Welcome Point Süd.', en: 'Sample data: temporarily closed for renovation; counselling at Welcome Point Süd.' },
    openingHours: [slot(days('mo', 'we', 'fr'), '09:00', '13:00'), slot(days('tu', 'th'), '12:00', '18:00')],
    languages: ['de', 'ar', 'uk', 'en'], accessibility: { wheelchair: 'yes' },
  },
  {
    id: 'wp-garath', name: 'Welcome Point Garath', districtId: '10', quarterId: '101', validFrom: '2019-10-01',
    address: { street: 'Fritz-Erler-Straße 20', postalCode: '40595', city: 'Düsseldorf' }, location: { lat: 51.1395, lng: 6.8985 },
    operator: OPERATORS.awo, description: SAMPLE_POINT, hoursNote: SAMPLE_HOURS,
    openingHours: officeHours(['09:00', '12:00'], ['13:00', '15:30'], days('tu', 'th')), closures: [christmas],
    languages: ['de', 'ru', 'uk', 'tr', 'ar'], accessibility: { wheelchair: 'yes' },
  },
];

/** Appends the 2023/24 renaming to the description of every point still running. */
const withUrbanCentre = point =>
  point.status
    ? point.description
    : Object.fromEntries(
        Object.entries(point.description).map(([lang, text]) => [lang, URBAN_CENTRE[lang] ? `${text} ${URBAN_CENTRE[lang]}` : text]),
      );

const points = POINTS.map((point, n) => ({
  status: 'active',
  ...point,
  description: withUrbanCentre(point),
  contact: { ...sampleContact(point.id, n), url: `https://welcome-points.example.org/${point.id}` },
}));

// Every point must lie inside its own schematic district, or map and list would disagree.
for (const point of points) {
  const district = districts.find(d => d.id === point.districtId);
  const { lat, lng } = point.location;
  if (!pointInRing([lng, lat], district.geometry.coordinates[0])) {
    throw new Error(`${point.id} (${lat}, ${lng}) lies outside the schematic cell of district ${district.id}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Offers: templates placed at several points each; schedules vary per point, deterministically.
const rnd = random(2015);
const pick = list => list[Math.floor(rnd() * list.length)];

const FREE = 'free';
const cost = (euro, what = { de: 'pro Termin', en: 'per session' }) => ({ de: `${euro} € ${what.de}`, en: `€${euro} ${what.en}` });

/**
 * Offer templates. `slots` are weekly; `dates` are dated events as [day offset from BASE_DATE,
 * start, end]. `at` limits a template to some points (default: placed by `share`).
 */
const TEMPLATES = [
  { key: 'asyl', title: { de: 'Asylverfahrensberatung', en: 'Asylum procedure counselling', ar: 'استشارة حول إجراءات اللجوء', fa: 'مشاوره روند پناهندگی' }, description: { de: 'Vertrauliche Beratung zu Anhörung, Bescheid und Klage. Bitte Unterlagen mitbringen.', en: 'Confidential counselling on interviews, decisions and appeals. Please bring your papers.' }, categoryIds: ['counselling'], audiences: ['refugees', 'newcomers'], languages: ['de', 'ar', 'fa', 'en'], slots: [[['tu'], '09:00', '12:00']], cost: FREE, registration: { required: true, note: { de: 'Termin telefonisch', en: 'Appointment by phone' } }, share: 0.8 },
  { key: 'migration', title: { de: 'Migrationsberatung für Erwachsene', en: 'Migration counselling for adults', tr: 'Yetişkinler için göç danışmanlığı', ru: 'Миграционная консультация для взрослых' }, description: { de: 'Aufenthalt, Behörden, Anerkennung von Abschlüssen.', en: 'Residence, authorities, recognition of qualifications.' }, categoryIds: ['counselling', 'work'], audiences: ['newcomers'], languages: ['de', 'tr', 'ru', 'en'], slots: [[['mo', 'th'], '09:30', '12:00']], cost: FREE, share: 0.6 },
  { key: 'ukraine', title: { uk: 'Консультація для біженців з України', de: 'Beratung für Geflüchtete aus der Ukraine', ru: 'Консультация для беженцев из Украины' }, description: { uk: 'Документи, житло, школа, робота. Консультація українською та російською.', de: 'Dokumente, Wohnen, Schule, Arbeit. Beratung auf Ukrainisch und Russisch.' }, categoryIds: ['counselling'], audiences: ['refugees', 'families'], languages: ['uk', 'ru', 'de'], slots: [[['we'], '10:00', '13:00']], cost: FREE, share: 0.5 },
  { key: 'sprachcafe', title: { de: 'Sprachcafé', en: 'Language café', ar: 'مقهى اللغة', uk: 'Мовне кафе', fa: 'کافه زبان' }, description: { de: 'Deutsch sprechen üben bei Kaffee und Tee, ohne Anmeldung, alle Niveaus.', en: 'Practise German over coffee and tea, no registration, all levels.' }, categoryIds: ['meeting', 'language'], audiences: ['newcomers', 'neighbours', 'volunteers'], languages: ['de'], slots: [[['we'], '15:00', '17:00']], cost: FREE, share: 0.9 },
  { key: 'deutschkurs', title: { de: 'Deutschkurs A1 am Vormittag', en: 'German course A1 (mornings)', ar: 'دورة اللغة الألمانية A1 صباحاً' }, description: { de: 'Zweimal pro Woche, mit Kinderbetreuung. Kurs läuft bis Ende Januar.', en: 'Twice a week, with childcare. Runs until the end of January.' }, categoryIds: ['language'], audiences: ['newcomers', 'women'], languages: ['de'], slots: [[['mo', 'th'], '09:00', '11:15', { validFrom: '2026-09-01', validUntil: '2027-01-29' }]], cost: cost(2), registration: { required: true, note: { de: 'Einstufung vor Ort', en: 'Placement test on site' } }, share: 0.6 },
  { key: 'deutsch-abend', title: { de: 'Deutsch für Berufstätige (B1, abends)', en: 'German for working people (B1, evenings)' }, categoryIds: ['language', 'work'], audiences: ['newcomers'], languages: ['de'], slots: [[['tu'], '18:00', '19:30']], cost: cost(40, { de: 'für 10 Abende', en: 'for 10 evenings' }), registration: { required: true }, share: 0.3 },
  { key: 'arabisch-lesen', title: { ar: 'حلقة قراءة باللغة العربية للأطفال' }, description: { ar: 'قراءة قصص باللغة العربية للأطفال من 6 إلى 10 سنوات.', de: 'Arabische Vorlesestunde für Kinder von 6 bis 10 Jahren.' }, categoryIds: ['family', 'self-organisation'], audiences: ['children', 'families'], languages: ['ar'], slots: [[['sa'], '11:00', '12:30']], cost: FREE, at: ['wp-nord', 'wp-02', 'wp-sued'] },
  { key: 'turkce-sohbet', title: { tr: 'Türkçe sohbet ve çay', de: 'Türkischer Gesprächskreis' }, categoryIds: ['meeting', 'self-organisation'], audiences: ['seniors', 'neighbours'], languages: ['tr', 'de'], slots: [[['fr'], '14:00', '16:00']], cost: FREE, at: ['wp-08', 'wp-05', 'wp-garath'] },
  { key: 'ukr-club', title: { uk: 'Розмовний клуб для українців', de: 'Ukrainischer Gesprächsclub' }, description: { uk: 'Зустріч, обмін досвідом і підтримка. Вхід вільний.' }, categoryIds: ['meeting', 'self-organisation'], audiences: ['refugees', 'women'], languages: ['uk'], slots: [[['th'], '17:00', '19:00']], cost: FREE, at: ['wp-06', 'wp-garath', 'wp-07', 'wp-gerresheim'] },
  { key: 'farsi', title: { fa: 'دورهمی فارسی‌زبانان', de: 'Treffen für Farsi-Sprechende', en: 'Farsi speakers’ meetup' }, categoryIds: ['meeting', 'self-organisation'], audiences: ['newcomers', 'refugees'], languages: ['fa', 'de'], slots: [[['sa'], '15:00', '18:00']], cost: FREE, at: ['wp-stadtmitte', 'wp-04'] },
  { key: 'ru-senioren', title: { ru: 'Клуб для пожилых', de: 'Seniorentreff auf Russisch' }, categoryIds: ['meeting'], audiences: ['seniors'], languages: ['ru', 'de'], slots: [[['tu'], '14:00', '16:00']], cost: FREE, at: ['wp-garath', 'wp-08'] },
  { key: 'frauencafe', title: { de: 'Frauencafé', en: 'Women’s café', ar: 'مقهى النساء', fa: 'کافه زنان' }, description: { de: 'Ein geschützter Raum für Frauen, mit Kinderbetreuung.', en: 'A safe space for women, with childcare.' }, categoryIds: ['meeting', 'stay'], audiences: ['women'], languages: ['de', 'ar', 'fa'], slots: [[['fr'], '10:00', '12:00']], cost: FREE, share: 0.6 },
  { key: 'offener-treff', title: { de: 'Offener Treff', en: 'Open drop-in', ar: 'لقاء مفتوح', uk: 'Відкриті зустрічі' }, description: { de: 'Einfach vorbeikommen: WLAN, Tee, Zeitung, Steckdosen, ganz ohne Konsumzwang.', en: 'Just drop in: Wi-Fi, tea, newspapers, sockets, no need to buy anything.' }, categoryIds: ['stay', 'meeting'], audiences: ['newcomers', 'neighbours', 'youth'], slots: 'hours', cost: FREE, share: 1 },
  { key: 'hausaufgaben', title: { de: 'Hausaufgabenhilfe', en: 'Homework help', tr: 'Ödev yardımı', ar: 'مساعدة في الواجبات المدرسية' }, categoryIds: ['family'], audiences: ['children', 'youth'], languages: ['de'], slots: [[['mo', 'we'], '14:30', '16:30']], cost: FREE, share: 0.6 },
  { key: 'jugendtreff', title: { de: 'Jugendtreff: Musik & Medien', en: 'Youth club: music & media' }, description: { de: 'Eigene Songs, Podcasts und Videos machen – für 14- bis 21-Jährige.', en: 'Make your own songs, podcasts and videos – ages 14 to 21.' }, categoryIds: ['self-organisation', 'meeting'], audiences: ['youth'], languages: ['de', 'en', 'ar'], slots: [[['fr'], '16:00', '19:00']], cost: FREE, share: 0.4 },
  { key: 'bewerbung', title: { de: 'Bewerbungswerkstatt', en: 'Job application workshop', ar: 'ورشة كتابة طلبات العمل', uk: 'Майстерня резюме' }, description: { de: 'Lebenslauf, Anschreiben, Online-Bewerbung – mit Laptop vor Ort.', en: 'CV, cover letter, online applications – laptops available.' }, categoryIds: ['work'], audiences: ['newcomers', 'youth'], languages: ['de', 'en'], slots: [[['th'], '13:00', '15:30']], cost: FREE, registration: { required: false }, share: 0.5 },
  { key: 'anerkennung', title: { de: 'Sprechstunde Anerkennung ausländischer Abschlüsse', en: 'Office hours: recognition of foreign qualifications' }, categoryIds: ['work', 'counselling'], audiences: ['newcomers'], languages: ['de', 'en', 'ru'], slots: [[['we'], '09:00', '11:00']], cost: FREE, registration: { required: true }, share: 0.3 },
  { key: 'wohnung', title: { de: 'Wohnungssuche: Sprechstunde', en: 'Flat hunting: office hours', uk: 'Пошук житла: консультація', ar: 'البحث عن سكن: استشارة' }, description: { de: 'Hilfe bei Wohnungsanzeigen, WBS-Antrag und Mietvertrag.', en: 'Help with listings, housing-entitlement certificate and tenancy agreements.' }, categoryIds: ['housing', 'counselling'], audiences: ['refugees', 'newcomers', 'families'], languages: ['de', 'uk', 'ar'], slots: [[['mo'], '13:30', '15:30']], cost: FREE, share: 0.5 },
  { key: 'vermieter', title: { de: 'Beratung für Vermieterinnen und Vermieter', en: 'Advice for landlords' }, description: { de: 'Sie möchten an Geflüchtete vermieten? Wir beraten zu Mietvertrag, Jobcenter und Ansprechpersonen.', en: 'Want to rent to refugees? Advice on contracts, the job centre and contacts.' }, categoryIds: ['housing'], audiences: ['landlords'], languages: ['de'], slots: [[['th'], '16:00', '18:00', { validFrom: '2026-10-01' }]], cost: FREE, registration: { required: true, note: { de: 'Bitte per E-Mail anmelden', en: 'Please register by e-mail' } }, at: ['wp-stadtmitte', 'wp-gerresheim', 'wp-sued', 'wp-04'] },
  { key: 'ehrenamt', title: { de: 'Ehrenamtsbörse', en: 'Volunteer exchange', ar: 'بورصة التطوع' }, description: { de: 'Sie möchten helfen? Wir vermitteln Patenschaften, Sprachpartnerschaften und Begleitung zu Ämtern.', en: 'Want to help? We match mentors, language partners and companions for appointments.' }, categoryIds: ['volunteering'], audiences: ['volunteers', 'neighbours'], languages: ['de', 'en'], slots: [[['we'], '17:00', '19:00']], cost: FREE, share: 0.5 },
  { key: 'netzwerk', title: { de: 'Netzwerktreffen der Initiativen im Stadtteil', en: 'Neighbourhood initiatives network meeting' }, description: { de: 'Vereine, Kirchengemeinden, Schulen und Initiativen stimmen sich ab. Einmal im Monat.', en: 'Associations, parishes, schools and initiatives coordinate. Once a month.' }, categoryIds: ['initiatives', 'volunteering'], audiences: ['partners', 'volunteers'], languages: ['de'], slots: [[['tu'], '18:00', '20:00', { validFrom: '2026-11-01', validUntil: '2026-11-07' }], [['tu'], '18:00', '20:00', { validFrom: '2026-12-01', validUntil: '2026-12-07' }]], cost: FREE, share: 0.6 },
  { key: 'raum', title: { de: 'Raum für eure Initiative', en: 'A room for your initiative', ar: 'مساحة لمبادرتكم', uk: 'Приміщення для вашої ініціативи' }, description: { de: 'Selbstorganisierte Gruppen können Räume kostenlos nutzen. Einfach anfragen.', en: 'Self-organised groups can use our rooms for free. Just ask.' }, categoryIds: ['self-organisation', 'initiatives'], audiences: ['partners', 'newcomers', 'neighbours'], slots: 'hours', cost: FREE, registration: { required: true, note: { de: 'Anfrage per E-Mail', en: 'Request by e-mail' } }, share: 0.7 },
  { key: 'gesundheit', title: { de: 'Gesundheitslotsen: Sprechstunde', en: 'Health guides: office hours', tr: 'Sağlık rehberleri', ar: 'مرشدو الصحة', ru: 'Консультация по вопросам здоровья' }, description: { de: 'Arztsuche, Krankenversicherung, Impfungen – in Ihrer Sprache.', en: 'Finding a doctor, health insurance, vaccinations – in your language.' }, categoryIds: ['health', 'counselling'], audiences: ['newcomers', 'refugees', 'seniors'], languages: ['de', 'tr', 'ar', 'ru'], slots: [[['tu'], '13:30', '15:30']], cost: FREE, share: 0.5 },
  { key: 'psycho', title: { de: 'Psychosoziale Erstberatung', en: 'First psychosocial counselling', ar: 'استشارة نفسية اجتماعية أولية', uk: 'Перша психосоціальна консультація' }, categoryIds: ['health', 'counselling'], audiences: ['refugees', 'women', 'youth'], languages: ['de', 'ar', 'uk', 'fa'], slots: [[['th'], '10:00', '12:00']], cost: FREE, registration: { required: true, note: { de: 'Vertraulich, Termin nach Absprache', en: 'Confidential, by appointment' } }, share: 0.3 },
  { key: 'eltern-kind', title: { de: 'Eltern-Kind-Gruppe', en: 'Parent and toddler group', ar: 'مجموعة الأهل والأطفال', uk: 'Група для батьків з дітьми' }, description: { de: 'Spielen, singen, andere Familien kennenlernen – für Kinder bis 3 Jahre.', en: 'Play, sing and meet other families – for children up to 3.' }, categoryIds: ['family', 'meeting'], audiences: ['families', 'children'], languages: ['de', 'ar', 'uk'], slots: [[['we'], '09:30', '11:00']], cost: FREE, share: 0.5 },
  { key: 'familienberatung', title: { de: 'Familienberatung: Kita, Schule, Kindergeld', en: 'Family advice: day care, school, child benefit' }, categoryIds: ['family', 'counselling'], audiences: ['families'], languages: ['de', 'en', 'tr'], slots: [[['fr'], '09:00', '11:00']], cost: FREE, share: 0.4 },
  { key: 'naehen', title: { de: 'Nähcafé', en: 'Sewing café', fa: 'کافه خیاطی' }, categoryIds: ['meeting', 'self-organisation'], audiences: ['women', 'neighbours', 'seniors'], languages: ['de', 'fa'], slots: [[['mo'], '15:00', '17:30']], cost: cost(1, { de: 'für Material', en: 'for materials' }), share: 0.3 },
  { key: 'fahrrad', title: { de: 'Fahrradwerkstatt', en: 'Bike repair workshop', ar: 'ورشة إصلاح الدراجات' }, categoryIds: ['self-organisation', 'volunteering'], audiences: ['youth', 'volunteers', 'newcomers'], languages: ['de', 'ar', 'en'], slots: [[['sa'], '10:00', '13:00']], cost: FREE, share: 0.3 },
  { key: 'digital', title: { de: 'Digitale Sprechstunde: Handy, Apps, Online-Termine', en: 'Digital help: phones, apps, online appointments', ru: 'Цифровая помощь: телефон, приложения' }, categoryIds: ['counselling'], audiences: ['seniors', 'newcomers'], languages: ['de', 'ru', 'en'], slots: [[['th'], '14:00', '16:00']], cost: FREE, share: 0.3 },
  // Dated events in the weeks after BASE_DATE (day offsets); the 11 November lantern walk is St Martin's.
  { key: 'laternen', title: { de: 'Laternen basteln und St.-Martins-Umzug', en: 'Lantern making and St Martin’s procession', ar: 'صنع الفوانيس وموكب القديس مارتن', uk: 'Виготовлення ліхтариків і хода Святого Мартіна' }, categoryIds: ['family', 'meeting'], audiences: ['children', 'families', 'neighbours'], languages: ['de'], dates: [[10, '16:00', '18:30']], cost: FREE, share: 0.4 },
  { key: 'infoabend', title: { de: 'Infoabend: Ankommen in Düsseldorf', en: 'Info evening: arriving in Düsseldorf', ar: 'أمسية معلومات: الوصول إلى دوسلدورف', uk: 'Інформаційний вечір: як облаштуватися в Дюссельдорфі' }, categoryIds: ['counselling', 'meeting'], audiences: ['newcomers', 'refugees'], languages: ['de', 'en', 'ar', 'uk'], dates: [[3, '18:00', '20:00'], [24, '18:00', '20:00']], cost: FREE, registration: { required: false }, share: 0.3 },
  { key: 'kochabend', title: { de: 'Interkultureller Kochabend', en: 'Intercultural cooking evening', tr: 'Kültürlerarası yemek akşamı', fa: 'شب آشپزی بین‌فرهنگی' }, categoryIds: ['meeting'], audiences: ['neighbours', 'newcomers', 'volunteers'], languages: ['de'], dates: [[5, '18:00', '21:00'], [19, '18:00', '21:00']], cost: cost(3, { de: 'Kostenbeitrag', en: 'contribution' }), registration: { required: true, note: { de: 'Begrenzte Plätze', en: 'Limited places' } }, share: 0.35 },
  { key: 'advent', title: { de: 'Adventscafé', en: 'Advent café', uk: 'Адвент-кафе' }, categoryIds: ['meeting', 'stay'], audiences: ['neighbours', 'seniors', 'families'], languages: ['de'], dates: [[27, '15:00', '17:00'], [34, '15:00', '17:00'], [41, '15:00', '17:00']], cost: FREE, share: 0.3 },
  { key: 'jobmesse', title: { de: 'Mini-Jobbörse mit Betrieben aus dem Stadtteil', en: 'Mini job fair with local employers' }, categoryIds: ['work'], audiences: ['newcomers', 'youth', 'partners'], languages: ['de', 'en'], dates: [[16, '10:00', '14:00']], cost: FREE, at: ['wp-nord', 'wp-08', 'wp-gerresheim'] },
];

const hm = minutes => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const toMinutes = time => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

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
      title: template.title,
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
      const first = Math.floor(rnd() * 3);
      offer.dates = template.dates.map(([day, start, end]) => {
        const date = addDays(BASE_DATE, day + first);
        return { start: `${date}T${start}`, end: `${date}T${end}` };
      });
    }
    offer.cost = template.cost;
    if (template.registration) offer.registration = template.registration;
    offer.contact = rnd() < 0.5 ? { phone: point.contact.phone, email: point.contact.email } : { email: point.contact.email };
    if (rnd() < 0.3) offer.url = `https://welcome-points.example.org/angebote/${offer.id}`;
    offers.push(offer);
  }
}

const feed = {
  $schema: '../../dist/welcome-feed.schema.json',
  version: 1,
  meta: {
    title: { de: 'Welcome Points in Düsseldorf (Beispieldaten)', en: 'Welcome Points in Düsseldorf (sample data)', ar: 'نقاط الترحيب في دوسلدورف (بيانات نموذجية)', uk: 'Welcome Points у Дюссельдорфі (приклад даних)' },
    description: {
      de: 'Beispieldaten, zusammengestellt aus öffentlichen Berichten 2015–2024: nicht amtlich, nicht aktuell. Mit „Beispieldaten“ markierte Angaben sind erfunden, Koordinaten ungefähr. Die Stadtbezirksgrenzen sind schematisch (Voronoi-Zellen der Bezirksmittelpunkte, auf einen groben Stadtumriss zugeschnitten, berechnet von scripts/build/make-sample-feed.mjs); amtliche Grenzen liefert das Open-Data-GeoJSON der Stadt.',
      en: 'Sample data compiled from public reports 2015–2024: not official, not current. Details marked "sample data" are invented; coordinates are approximate. District boundaries are schematic (Voronoi cells of the district centres clipped to a rough city outline, computed by scripts/build/make-sample-feed.mjs); official boundaries come from the city’s open-data GeoJSON.',
    },
    publisher: 'Welcome Widgets project – sample data, not published by the City of Düsseldorf',
    updated: `${BASE_DATE}T09:00:00+01:00`,
    license: 'CC0-1.0',
    defaultLanguage: 'de',
    timeZone: 'Europe/Berlin',
    contact: { email: 'welcome-widgets@example.org', url: 'https://www.duesseldorf.de/' },
  },
  districts,
  categories: CATEGORIES,
  welcomePoints: points,
  offers,
};

const json = `${JSON.stringify(feed, null, 1)}\n`;
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
