// SPDX-License-Identifier: EUPL-1.2
/**
 * The validator's messages in German, for the feed workshop. The validator also runs inside the
 * widgets, where every byte counts, so it speaks English only. Its messages are built from a few
 * parts — what is wrong, then what was done about it (`; entry dropped`) — and each part is
 * translated here. A message with a part not listed here has no German form: the workshop then
 * shows the English, marked as such.
 */

type Rule = [RegExp, (...groups: string[]) => string];

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
  [/^is missing$/, () => 'fehlt'],
  [/^must be a list, got (.+)$/, got => `muss eine Liste sein, ist aber ${value(got)}`],
  [/^duplicate id (.+) \(first used at (.+)\)$/, (id, at) => `doppelte id ${id} (zuerst bei ${at})`],
  [/^is not a field of this format$/, () => 'ist kein Feld dieses Formats'],
  [/^unknown district (.+)$/, id => `unbekannter Stadtbezirk ${id}`],
  [/^(.+) is not a quarter of district (.+)$/, (quarter, district) => `${quarter} ist kein Stadtteil des Stadtbezirks ${district}`],
  [/^unknown Welcome Point (.+)$/, id => `unbekannter Welcome Point ${id}`],
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
  [/^(.+) is not an allowed link \(only http\(s\):, mailto:, tel:\)$/, got => `${got} ist kein erlaubter Link (nur http(s):, mailto:, tel:)`],
  [/^(.+) is not a date \(YYYY-MM-DD\)$/, got => `${got} ist kein Datum (JJJJ-MM-TT)`],
  [/^(.+) is not a date-time \(YYYY-MM-DDTHH:MM\)$/, got => `${got} ist kein Zeitpunkt (JJJJ-MM-TTTHH:MM)`],
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

function translate(text: string, rules: Rule[]): string | undefined {
  for (const [pattern, german] of rules) {
    const match = pattern.exec(text);
    if (match) return german(...match.slice(1));
  }
  return undefined;
}

/**
 * @example
 * validationInGerman('"9:00" is not a time (HH:MM); did you mean "09:00"?; entry dropped')
 * // '"9:00" ist keine Uhrzeit (HH:MM); meinten Sie "09:00"?; Eintrag nicht übernommen'
 */
export function validationInGerman(message: string): string | undefined {
  const parts: string[] = [];
  let rest = message;
  // Peel known endings off the back: a value quoted in the first part may itself contain "; ".
  for (;;) {
    const cut = rest.lastIndexOf('; ');
    const done = cut < 0 ? undefined : translate(rest.slice(cut + 2), DONE);
    if (done === undefined) break;
    parts.unshift(done);
    rest = rest.slice(0, cut);
  }
  const what = translate(rest, WHAT);
  return what === undefined ? undefined : [what, ...parts].join('; ');
}
