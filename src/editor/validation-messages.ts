// SPDX-License-Identifier: EUPL-1.2
/**
 * The validator's messages as editors read them: in German, and with what to do. The validator
 * also runs inside the widgets, where every byte counts, so it speaks English only and says what
 * was done, not what to do. Its messages are built from a few parts — what is wrong, then what
 * was done about it (`; entry dropped`) — and each part is read here, once. A message with a part
 * not listed here has no German form: the workshop then shows the English, marked as such.
 */
import { FILL_IN, type Bilingual, type EditorProblem } from './problems.js';

/** A pattern, its German form, and what to do about it given the parts after it (`entry dropped`, …). */
type Rule = [RegExp, (...groups: string[]) => string, ((done: string[]) => Bilingual | undefined)?];

const LINK_HINT: Bilingual = {
  en: 'write the whole address, beginning with https:// (or mailto:, tel:)',
  de: 'schreiben Sie die ganze Adresse, beginnend mit https:// (oder mailto:, tel:)',
};

/** For a reference to an id that is not there: Excel turns `052` into `52` when it opens a CSV. */
const ID_HINT: Bilingual = {
  en: 'check the id against its own file; if Excel removed a leading 0 (052 → 52), write it back and format the column as Text',
  de: 'vergleichen Sie die id mit ihrer eigenen Datei; hat Excel eine führende 0 entfernt (052 → 52), tragen Sie sie wieder ein und formatieren Sie die Spalte als Text',
};
const DATE_HINT: Bilingual = { en: 'write the date as 2026-12-24 (in a spreadsheet also 24.12.2026)', de: 'schreiben Sie das Datum als 2026-12-24 (in einer Tabelle auch 24.12.2026)' };
const DATE_TIME_HINT: Bilingual = {
  en: 'write day and time as 2026-12-24T10:00 (in a spreadsheet also 24.12.2026 10:00)',
  de: 'schreiben Sie Tag und Uhrzeit als 2026-12-24T10:00 (in einer Tabelle auch 24.12.2026 10:00)',
};

/** How the validator names a value it did not expect (`describe` and the type names in problem-text.ts). */
const VALUE_WORDS: Record<string, string> = {
  'a list': 'eine Liste',
  'an object': 'ein Objekt',
  text: 'Text',
  'a number': 'eine Zahl',
  'true or false': 'true oder false',
};
const value = (text: string) => VALUE_WORDS[text] ?? text;

/** What is wrong. Values (quoted by the validator) are kept as they are. */
const WHAT: Rule[] = [
  [/^is missing$/, () => 'fehlt', done => (done.includes('entry dropped') ? FILL_IN : undefined)],
  [/^must be a list, got (.+)$/, got => `muss eine Liste sein, ist aber ${value(got)}`],
  [/^duplicate id (.+) \(first used at (.+)\)$/, (id, at) => `doppelte id ${id} (zuerst bei ${at})`],
  [/^is not a field of this format$/, () => 'ist kein Feld dieses Formats'],
  [/^unknown district (.+)$/, id => `unbekannter Stadtbezirk ${id}`, () => ID_HINT],
  [/^(.+) is not a quarter of district (.+)$/, (quarter, district) => `${quarter} ist kein Stadtteil des Stadtbezirks ${district}`, () => ID_HINT],
  [/^unknown Welcome Point (.+)$/, id => `unbekannter Welcome Point ${id}`, () => ID_HINT],
  [/^unknown category (.+)$/, id => `unbekannte Kategorie ${id}`],
  [/^unknown categories (.+)$/, ids => `unbekannte Kategorien ${ids}`],
  [/^expected (.+), got (.+)$/, (expected, got) => `erwartet: ${value(expected)}, gefunden: ${value(got)}`],
  [/^must not be empty$/, () => 'darf nicht leer sein'],
  [/^is longer than (\d+) characters$/, max => `ist länger als ${max} Zeichen`],
  [/^must be text$/, () => 'muss Text sein'],
  [/^must be a number$/, () => 'muss eine Zahl sein'],
  [/^must be a whole number$/, () => 'muss eine ganze Zahl sein'],
  [/^must be text or an object of texts by language$/, () => 'muss Text sein oder ein Objekt mit einem Text je Sprache'],
  [/^must be a list of names$/, () => 'muss eine Liste von Namen sein'],
  [/^must be "free" or a text$/, () => 'muss "free" oder ein Text sein'],
  [/^needs at least one (language|day|ring|polygon)$/, what => `braucht mindestens ${{ language: 'eine Sprache', day: 'einen Tag', ring: 'einen Ring', polygon: 'ein Polygon' }[what]}`],
  [/^must be later than "opens"$/, () => 'muss später als "opens" sein'],
  [/^must not be before "(from|start)"$/, field => `darf nicht vor "${field}" liegen`],
  [/^must be \[longitude, latitude\]$/, () => 'muss [Länge, Breite] sein'],
  [/^must be a list of positions$/, () => 'muss eine Liste von Positionen sein'],
  [/^a ring needs at least 4 positions$/, () => 'ein Ring braucht mindestens 4 Positionen'],
  [/^a ring must end where it starts$/, () => 'ein Ring muss enden, wo er beginnt'],
  [
    /^must be a street address \{street, postalCode, city\} or \{"onRequest": true, "note": …\}$/,
    () => 'muss eine Adresse {street, postalCode, city} sein oder {"onRequest": true, "note": …}',
  ],
  [/^(.+) is not one of (.+)$/, (got, allowed) => `${got} ist keiner der Werte ${allowed}`],
  [/^(.+) is not a language tag \(BCP 47, e\.g\. "de", "ar"\)$/, got => `${got} ist kein Sprachkürzel (BCP 47, z. B. "de", "ar")`],
  [/^(.+) is not an allowed link \(only http\(s\):, mailto:, tel:\)$/, got => `${got} ist kein erlaubter Link (nur http(s):, mailto:, tel:)`, () => LINK_HINT],
  [/^(.+) is not a date \(YYYY-MM-DD\)$/, got => `${got} ist kein Datum (JJJJ-MM-TT)`, () => DATE_HINT],
  [/^(.+) is not a date-time \(YYYY-MM-DDTHH:MM\)$/, got => `${got} ist kein Zeitpunkt (JJJJ-MM-TTTHH:MM)`, () => DATE_TIME_HINT],
  [/^(.+) is in the future$/, got => `${got} liegt in der Zukunft`],
  [/^(.+) is not a time \(HH:MM\)$/, got => `${got} ist keine Uhrzeit (HH:MM)`],
  [/^(.+) is not a weekday \((.+)\)$/, (got, days) => `${got} ist kein Wochentag (${days})`],
  [/^(.+) is not a latitude \((.+)\)$/, (got, range) => `${got} ist keine geografische Breite (${range})`],
  [/^(.+) is not a longitude \((.+)\)$/, (got, range) => `${got} ist keine geografische Länge (${range})`],
  [/^(.+) is not a phone number$/, got => `${got} ist keine Telefonnummer`],
  [/^(.+) is not an e-mail address$/, got => `${got} ist keine E-Mail-Adresse`],
  [/^(.+) is not a GeoJSON geometry type here \(Polygon or MultiPolygon\)$/, got => `${got} ist hier kein GeoJSON-Geometrietyp (Polygon oder MultiPolygon)`],
  [/^(.+) is not an audience \((.+)\)$/, (got, audiences) => `${got} ist keine Zielgruppe (${audiences})`],
  [/^(.+) is not a status \((.+)\)$/, (got, states) => `${got} ist kein Status (${states})`],
  [/^(.+) is not an IANA time zone name \(e\.g\. "Europe\/Berlin"\)$/, got => `${got} ist kein Zeitzonenname der IANA (z. B. "Europe/Berlin")`],
  [/^(.+) is not a region with known public holidays \((.+)\)$/, (got, regions) => `${got} ist keine Region mit bekannten Feiertagen (${regions})`],
  [/^The feed is not a JSON object\.$/, () => 'Der Feed ist kein JSON-Objekt.'],
  [/^The feed has no "version"; this library reads version 1\.$/, () => 'Der Feed hat keine "version"; gelesen wird Version 1.'],
  [/^The feed has format version (.+); this library reads version 1\.$/, version => `Der Feed hat die Formatversion ${version}; gelesen wird Version 1.`],
];

/** What was done about it, or a suggestion: the parts after the first `; `, last first. */
const DONE: Rule[] = [
  [/^entry dropped$/, () => 'Eintrag nicht übernommen'],
  [/^ignored$/, () => 'nicht übernommen'],
  [/^treated as empty$/, () => 'als leer behandelt'],
  [/^defaults used$/, () => 'Standardwerte verwendet'],
  [/^(.+) dropped$/, part => `${part} nicht übernommen`],
  [/^did you mean "(.+)"\?$/, meant => `meinten Sie "${meant}"?`],
];

function match(text: string, rules: Rule[]): { rule: Rule; groups: string[] } | undefined {
  for (const rule of rules) {
    const found = rule[0].exec(text);
    if (found) return { rule, groups: found.slice(1) };
  }
  return undefined;
}

/** A validator message read part by part: its German form (if every part has one) and a hint. */
function readMessage(message: string): { de?: string; hint?: Bilingual } {
  const done: string[] = [];
  const doneDe: string[] = [];
  let rest = message;
  // Peel known endings off the back: a value quoted in the first part may itself contain "; ".
  for (;;) {
    const cut = rest.lastIndexOf('; ');
    const found = cut < 0 ? undefined : match(rest.slice(cut + 2), DONE);
    if (!found) break;
    done.unshift(rest.slice(cut + 2));
    doneDe.unshift(found.rule[1](...found.groups));
    rest = rest.slice(0, cut);
  }
  const what = match(rest, WHAT);
  if (!what) return {};
  return { de: [what.rule[1](...what.groups), ...doneDe].join('; '), hint: what.rule[2]?.(done) };
}

/**
 * @example
 * validationInGerman('"9:00" is not a time (HH:MM); did you mean "09:00"?; entry dropped')
 * // '"9:00" ist keine Uhrzeit (HH:MM); meinten Sie "09:00"?; Eintrag nicht übernommen'
 */
export function validationInGerman(message: string): string | undefined {
  return readMessage(message).de;
}

/**
 * A validator problem where an editor finds it, its message after `label` (a column or a path),
 * in English and, where the validator's message has a German form, in German, with a hint for the
 * problems editors meet most (a required value left empty, a link that is no web address).
 */
export function located(where: Omit<EditorProblem, 'message' | 'hint' | 'de'>, label: string | undefined, message: string): EditorProblem {
  const prefixed = (text: string) => (label ? `${label}: ${text}` : text);
  const { de, hint } = readMessage(message);
  return {
    ...where,
    message: prefixed(message),
    ...(hint && { hint: hint.en }),
    ...(de !== undefined && { de: { message: prefixed(de), ...(hint && { hint: hint.de }) } }),
  };
}
