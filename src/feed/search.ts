// SPDX-License-Identifier: EUPL-1.2
/**
 * Text normalisation for search. People type without accents, on phones with whatever keyboard
 * they have, and in several scripts: "Dusseldorf" must find "Düsseldorf", "strasse" must find
 * "Straße", a search without tashkeel must find vocalised Arabic, and "ё" must match "е".
 * Both the indexed text and the query go through the same {@link normalizeForSearch}.
 */

// Arabic-script letters that readers treat as the same letter when searching. Hamza carriers
// (أ إ آ ؤ ئ) need no entry: NFD splits them into the base letter plus a combining hamza, which
// the mark removal drops.
const LETTER_VARIANTS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0649': '\u064A', // ى alef maksura → ي
  '\u06CC': '\u064A', // ی Persian yeh → ي
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06A9': '\u0643', // ک keheh (Persian kaf) → ك
  '\u06C0': '\u0647', // ۀ heh with yeh above → ه
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'gu');

/**
 * Lower-cases and strips everything a searcher should not have to type: accents and other
 * combining marks (NFD + `\p{M}`, which also removes Arabic tashkeel and turns ё into е),
 * Arabic tatweel, letter variants (alef/yeh/teh marbuta, ß → ss), punctuation; collapses spaces.
 * @example
 * normalizeForSearch('Straße in Düsseldorf') // 'strasse in dusseldorf'
 * normalizeForSearch('مَقْهَى اللُّغَة')         // 'مقهي اللغه'
 * normalizeForSearch('Ёлка')                 // 'елка'
 */
export function normalizeForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(VARIANT_PATTERN, letter => LETTER_VARIANTS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The ways a query may be meant, each already normalised: as typed, and with the German
 * transliterations ae/oe/ue → a/o/u, so "Duesseldorf" finds "Düsseldorf". The haystack is
 * indexed only in the umlaut-free form, so typing "Mu" … "Museum" keeps matching as you type.
 * @example
 * queryVariants('Düsseldorf Süd') // [['dusseldorf', 'sud']]
 * queryVariants('Duesseldorf')    // [['duesseldorf'], ['dusseldorf']]
 */
export function queryVariants(query: string): string[][] {
  const typed = normalizeForSearch(query);
  if (!typed) return [];
  const variants = [typed];
  const transliterated = typed.replace(/([aou])e/g, '$1');
  if (transliterated !== typed) variants.push(transliterated);
  return variants.map(variant => variant.split(' '));
}

/**
 * True when every word of one of the query variants occurs in the normalised haystack
 * (in any order, also as part of a longer word: "sprach" finds "Sprachcafé").
 * @example
 * matchesQuery(normalizeForSearch('Sprachcafé Bilk'), queryVariants('bilk sprach')) // true
 */
export function matchesQuery(haystack: string, variants: string[][]): boolean {
  if (!variants.length) return true;
  return variants.some(words => words.every(word => haystack.includes(word)));
}

/**
 * What each audience is called in the visitor's language, with the words people search it by
 * (`{ landlords: 'Ev sahipleri ev sahibi kira konut' }`). Audiences are codes in the feed, so
 * their names exist only in the UI translations; the widgets pass these with a query.
 */
export type AudienceTerms = Readonly<Record<string, string>>;

/** The audiences whose name or search words contain `word` (a normalised query word); a dozen short texts, no cache needed. */
export function audiencesMatching(terms: AudienceTerms, word: string): Set<string> {
  return new Set(Object.keys(terms).filter(audience => normalizeForSearch(terms[audience]).split(' ').some(candidate => candidate.includes(word))));
}
