// SPDX-License-Identifier: EUPL-1.2
/**
 * Per-locale choices for dates and times that `Intl`'s defaults get wrong for our readers:
 *
 * - **Persian** (`fa`): `Intl` defaults to the Solar Hijri calendar ("۱۷ مهر ۱۴۰۳"), but the
 *   widgets announce German appointments, holidays and closures, and every letter, form and
 *   calendar here uses the Gregorian one. So Persian gets `fa-u-ca-gregory`: Gregorian dates and
 *   month names in Persian, with Persian digits ("۸ اکتبر ۲۰۲۴").
 * - **Easy German** (`de-x-ls`): Leichte Sprache has no abbreviations (Netzwerk Leichte Sprache,
 *   DIN SPEC 33429), so weekdays and months are always written in full ("Dienstag, 8. Oktober
 *   2024", never "Di., 8. Okt.").
 */

const EASY = /^de-x-ls$/i;

/** The tag to give `Intl.DateTimeFormat` for a UI locale: Persian with the Gregorian calendar. */
export function dateLocale(locale: string): string {
  // A calendar or other extension the page chose itself (`fa-u-ca-persian`) is kept.
  return /^fa\b/i.test(locale) && !/-u-/i.test(locale) ? locale.replace(/(-x-.*)?$/i, '-u-ca-gregory$1') : locale;
}

/**
 * The options to use for a UI locale: for Easy German, weekdays and months in full, and a date
 * style spelled out as its long parts. Other locales get `options` unchanged.
 */
export function dateOptions(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  if (!EASY.test(locale)) return options;
  // dateStyle cannot be combined with the fields below, so it becomes its long parts.
  const { dateStyle, ...easy } = options;
  if (dateStyle) Object.assign(easy, { day: 'numeric', month: 'long', year: 'numeric' }, dateStyle === 'full' && { weekday: 'long' });
  if (easy.weekday) easy.weekday = 'long';
  if (easy.month) easy.month = 'long';
  return easy;
}
