// SPDX-License-Identifier: EUPL-1.2
/**
 * The XSS corpus of the hardening suite, shared by the widget tests (xss.test.ts) and the static
 * edition's page tests (test/static/): payloads that call `window.__xssCanary`, a function that
 * puts them into every text and link of a feed, and a check for links that would run script.
 */
export const CALL = 'window.__xssCanary(1)';
export const LONG = `${'Wel\u00adcome'.repeat(2)}${'W'.repeat(100_000)}`;

/** Payloads for text fields (OWASP XSS filter evasion cheat sheet, abridged). */
export const TEXTS = [
  `<script>${CALL}</script>`,
  `<img src=x onerror=${CALL}>`,
  `<svg onload=${CALL}><circle r=1 /></svg>`,
  `"><svg/onload=${CALL}>`,
  `'"><iframe srcdoc="<script>parent.__xssCanary(1)</script>">`,
  `<a href="javascript:${CALL}">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${CALL}>`,
  `\u202Egnp.exe\u202C <b onmouseover=${CALL}>bidi</b>`,
  `{{constructor.constructor('${CALL}')()}} \${${CALL}}`,
  `<style>*{display:none!important}</style><body onload=${CALL}>`,
  LONG,
];

/**
 * Payloads for link fields: schemes with case, whitespace, entity and control-character tricks.
 * The validator must drop each (or keep only a harmless http(s) link).
 */
export const URLS = [
  `javascript:${CALL}`,
  `JaVaScRiPt:${CALL}`,
  ` \t\njavascript:${CALL}`,
  `java\tscript:${CALL}`,
  `java\u0000script:${CALL}`,
  `\u0001javascript:${CALL}`,
  `javascript&colon;${CALL}`,
  `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${CALL}`,
  `vbscript:msgbox(1)`,
  `VBScript:${CALL}`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3NDYW5hcnkoMSk8L3NjcmlwdD4=`,
  `data:image/svg+xml,<svg onload="${CALL}"/>`,
  `https://example.org/"><img src=x onerror=${CALL}>`,
  `https://example.org/${'a'.repeat(100_000)}`,
];

/** Keys whose values are text shown to people (a string, or an object of texts by language). */
const TEXT_KEYS = new Set(['name', 'title', 'description', 'label', 'note', 'hoursNote', 'publisher', 'street', 'city', 'cost']);
const LONG_USES = 12;

/** Replaces every shown text with a text payload and every link with a link payload, in turn. */
export function poison(feed: Record<string, unknown>): { feed: Record<string, unknown>; texts: number; urls: number } {
  let texts = 0;
  let urls = 0;
  let longs = 0;
  const text = () => {
    let payload = TEXTS[texts++ % TEXTS.length];
    // a few 100 kB strings are enough; hundreds would only make the feed slow to test
    if (payload === LONG && ++longs > LONG_USES) payload = TEXTS[texts++ % TEXTS.length];
    return payload;
  };
  const walk = (value: unknown, key: string): unknown => {
    if (key === 'url' && typeof value === 'string') return URLS[urls++ % URLS.length];
    if (TEXT_KEYS.has(key)) {
      if (typeof value === 'string') return text();
      if (value && typeof value === 'object' && !Array.isArray(value)) return Object.fromEntries(Object.keys(value).map(lang => [lang, text()]));
    }
    if (Array.isArray(value)) return value.map(item => walk(item, ''));
    if (value && typeof value === 'object') {
      const record: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      // every point and offer gets links to poison
      if ('welcomePointId' in record) record.url ??= '';
      if ('address' in record) {
        record.contact = { ...(record.contact as object), url: '' };
        record.operator = { ...(record.operator as object), url: '' };
      }
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  const poisoned = walk(feed, '') as Record<string, unknown> & Record<'welcomePoints' | 'offers', Record<string, unknown>[]>;
  // the first point and offer get the 100 kB names whatever the rotation gave them
  poisoned.welcomePoints[0].name = LONG;
  poisoned.offers[0].title = LONG;
  return { feed: poisoned, texts, urls };
}

/** A link that would run script: javascript:, vbscript: or an HTML/SVG data: URL, however spelt. */
export function dangerous(value: string): boolean {
  // what the URL parser strips (leading/trailing C0 and space, tabs and newlines anywhere)
  // eslint-disable-next-line no-control-regex
  const normalised = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript):/.test(normalised) || /^data:(text\/html|image\/svg|application\/xhtml)/.test(normalised);
}

export const LINK_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster'];
