#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * Seeded generator for large, valid Welcome feeds, for benchmarks and tests.
 *
 *   node scripts/test/generate-feed.mjs --points 500 --offers 10000 --seed 1 --out .bench/feed-10k.json
 *
 * The same module runs in the browser: tests `import { generateFeed } from
 * '/scripts/test/generate-feed.mjs'` and build the feed at runtime (a 10k-offer feed is about 7 MB,
 * too big to commit). Only the command-line part touches Node APIs, and only when run directly.
 * The same seed and sizes always give byte-identical output.
 */

/** mulberry32: tiny, fast, and good enough to make test data look varied. Shared by every seeded generator. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = [
  ['counselling', 'Beratung für Geflüchtete und Zugewanderte', 'Counselling for refugees and migrants'],
  ['meeting', 'Begegnung', 'Meeting and encounter'],
  ['initiatives', 'Netzwerk lokaler Initiativen', 'Hub for local initiatives'],
  ['self-organisation', 'Raum für Selbstorganisation', 'Space for self-organisation'],
  ['stay', 'Aufenthalt ohne Konsumzwang', 'A place to stay'],
  ['volunteering', 'Ehrenamt', 'Volunteering'],
  ['language', 'Sprachkurse', 'Language courses'],
  ['work', 'Arbeit und Ausbildung', 'Work and training'],
  ['housing', 'Wohnen', 'Housing'],
  ['family', 'Familie', 'Family'],
  ['health', 'Gesundheit', 'Health'],
];
const AUDIENCES = ['newcomers', 'refugees', 'neighbours', 'landlords', 'volunteers', 'partners', 'families', 'women', 'children', 'youth', 'seniors'];
const LANGUAGES = ['de', 'en', 'ar', 'uk', 'tr', 'fa', 'ru', 'fr', 'ku', 'ti'];
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const TITLES = [
  { de: 'Sprachcafé', en: 'Language café', ar: 'مقهى اللغة', uk: 'Мовне кафе' },
  { de: 'Asylverfahrensberatung', en: 'Asylum procedure counselling', ar: 'استشارة إجراءات اللجوء' },
  { de: 'Hausaufgabenhilfe', en: 'Homework help', tr: 'Ödev yardımı' },
  { de: 'Frauenfrühstück', en: "Women's breakfast", fa: 'صبحانه زنان' },
  { de: 'Bewerbungswerkstatt', en: 'Job application workshop', ru: 'Мастерская резюме' },
  { de: 'Nähcafé', en: 'Sewing café' },
  { de: 'Wohnungssuche: Sprechstunde', en: 'Flat hunting: office hours', uk: 'Пошук житла: консультація' },
  { de: 'Eltern-Kind-Gruppe', en: 'Parent and child group', ar: 'مجموعة الآباء والأطفال' },
  { de: 'Gesundheitslotsen', en: 'Health guides', tr: 'Sağlık rehberleri' },
  { de: 'Ehrenamtsbörse', en: 'Volunteer exchange' },
];
const STREETS = ['Hauptstraße', 'Kirchplatz', 'Schulstraße', 'Gartenstraße', 'Bahnhofstraße', 'Lindenallee', 'Mühlenweg', 'Rheinufer'];

/**
 * Builds a valid feed of the requested size. Deterministic for a given seed.
 * @example
 * const feed = generateFeed({ points: 500, offers: 10000, seed: 1 });
 */
export function generateFeed({ points = 500, offers = 10000, seed = 1, districts = 10 } = {}) {
  const rnd = random(seed);
  const int = (min, max) => min + Math.floor(rnd() * (max - min + 1));
  const pick = list => list[Math.floor(rnd() * list.length)];
  const some = (list, min, max) => {
    const count = int(min, max);
    const copy = [...list];
    const out = [];
    while (out.length < count && copy.length) out.push(copy.splice(Math.floor(rnd() * copy.length), 1)[0]);
    return out;
  };
  const pad = (n, width = 2) => String(n).padStart(width, '0');
  const time = minutes => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  const slots = () => {
    const days = some(DAYS.slice(0, 6), 1, 5).sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
    const opens = int(16, 22) * 30;
    const lunch = opens + int(4, 8) * 30;
    const list = [{ days, opens: time(opens), closes: time(lunch) }];
    if (rnd() < 0.5) list.push({ days, opens: time(lunch + 60), closes: time(Math.min(lunch + 60 + int(2, 8) * 30, 22 * 60)) });
    return list;
  };

  const feedDistricts = Array.from({ length: districts }, (_, d) => {
    const lat = 51.14 + (d % 4) * 0.045;
    const lng = 6.72 + Math.floor(d / 4) * 0.06;
    return {
      id: String(d + 1),
      number: d + 1,
      name: { de: `Stadtbezirk ${d + 1}`, en: `District ${d + 1}` },
      quarters: Array.from({ length: int(2, 8) }, (_, q) => ({ id: `${pad(d + 1)}${q + 1}`, name: `Quartier ${d + 1}.${q + 1}` })),
      center: { lat: lat + 0.02, lng: lng + 0.03 },
      geometry: {
        type: 'Polygon',
        coordinates: [[[lng, lat], [lng + 0.06, lat], [lng + 0.06, lat + 0.045], [lng, lat + 0.045], [lng, lat]]],
      },
    };
  });

  const feedPoints = Array.from({ length: points }, (_, p) => {
    const district = pick(feedDistricts);
    const quarter = pick(district.quarters);
    const point = {
      id: `wp-${p + 1}`,
      name: { de: `Welcome Point ${quarter.name} ${p + 1}`, en: `Welcome Point ${p + 1}` },
      districtId: district.id,
      quarterId: quarter.id,
      status: rnd() < 0.05 ? 'closed' : rnd() < 0.03 ? 'temporarilyClosed' : 'active',
      address: { street: `${pick(STREETS)} ${int(1, 200)}`, postalCode: String(int(40210, 40629)), city: 'Düsseldorf' },
      location: {
        lat: Math.round((district.center.lat + (rnd() - 0.5) * 0.03) * 1e5) / 1e5,
        lng: Math.round((district.center.lng + (rnd() - 0.5) * 0.05) * 1e5) / 1e5,
      },
      operator: { name: pick(['Diakonie Düsseldorf', 'AWO Düsseldorf', 'Caritas', 'Landeshauptstadt Düsseldorf']), url: 'https://example.org/' },
      contact: { phone: `+49 211 ${int(100000, 999999)}`, email: `wp${p + 1}@example.org`, url: `https://example.org/wp/${p + 1}` },
      description: { de: 'Beratung, Begegnung und Raum für Initiativen.', en: 'Counselling, meetings and room for initiatives.' },
      openingHours: rnd() < 0.9 ? slots() : undefined,
      languages: ['de', ...some(LANGUAGES.slice(1), 1, 4)],
      accessibility: { wheelchair: pick(['yes', 'limited', 'no']) },
    };
    if (rnd() < 0.2) point.closures = [{ from: '2026-12-24', to: '2027-01-01', note: { de: 'Weihnachtspause', en: 'Christmas break' } }];
    if (!point.openingHours) delete point.openingHours;
    return point;
  });

  const base = Date.UTC(2026, 10, 1);
  const feedOffers = Array.from({ length: offers }, (_, o) => {
    const title = pick(TITLES);
    const offer = {
      id: `o-${o + 1}`,
      welcomePointId: feedPoints[o % feedPoints.length].id,
      title,
      description: { de: `${title.de}: offen für alle, Sprachen gemischt.`, en: `${title.en}: open to all.` },
      categoryIds: some(CATEGORIES, 1, 2).map(([id]) => id),
      audiences: some(AUDIENCES, 1, 3),
      languages: ['de', ...some(LANGUAGES.slice(1), 0, 2)],
      cost: rnd() < 0.7 ? 'free' : { de: `${int(1, 20)} €`, en: `€${int(1, 20)}` },
      registration: { required: rnd() < 0.3 },
      contact: { phone: `+49 211 ${int(100000, 999999)}` },
    };
    if (rnd() < 0.8) offer.schedule = slots().slice(0, 1);
    else {
      const start = new Date(base + int(0, 60) * 86_400_000).toISOString().slice(0, 10);
      offer.dates = [{ start: `${start}T${time(int(18, 36) * 30)}`, end: `${start}T${time(37 * 30)}` }];
    }
    return offer;
  });

  return {
    version: 1,
    meta: {
      title: { de: `Generierter Testfeed (seed ${seed})`, en: `Generated test feed (seed ${seed})` },
      publisher: 'welcome-widgets scripts/test/generate-feed.mjs',
      updated: '2026-11-01T00:00:00Z',
      license: 'CC0-1.0',
      defaultLanguage: 'de',
      timeZone: 'Europe/Berlin',
    },
    districts: feedDistricts,
    categories: CATEGORIES.map(([id, de, en]) => ({ id, label: { de, en } })),
    welcomePoints: feedPoints,
    offers: feedOffers,
  };
}

function parseArgs(argv) {
  const options = { points: 500, offers: 10000, seed: 1, out: undefined };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in options)) throw new Error(`Unknown option ${argv[i]}. Usage: generate-feed.mjs [--points N] [--offers N] [--seed N] [--out file]`);
    options[key] = key === 'out' ? argv[i + 1] : Number(argv[i + 1]);
  }
  return options;
}

const runDirectly = typeof process !== 'undefined' && process.argv?.[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop());
if (runDirectly) {
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  const options = parseArgs(process.argv.slice(2));
  const json = JSON.stringify(generateFeed(options));
  if (options.out) {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, json);
    console.log(`${options.out}: ${options.points} points, ${options.offers} offers, ${(json.length / 1e6).toFixed(1)} MB`);
  } else {
    process.stdout.write(json);
  }
}
