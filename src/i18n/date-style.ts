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

/** Whether a UI locale is Easy German. */
export const isEasyGerman = (locale: string): boolean => EASY.test(locale);

/** The tag to give `Intl.DateTimeFormat` for a UI locale: Persian with the Gregorian calendar. */
export function dateLocale(locale: string): string {
  // A calendar the page chose itself (`fa-u-ca-persian`) is kept.
  if (!/^fa(-|$)/i.test(locale) || /-u-(.+-)?ca-/i.test(locale)) return locale;
  const privateUse = locale.search(/-x-/i);
  return privateUse < 0 ? `${locale}-u-ca-gregory` : `${locale.slice(0, privateUse)}-u-ca-gregory${locale.slice(privateUse)}`;
}

/**
 * The options to use for a UI locale: for Easy German, weekdays and months in full, and a date
 * style spelled out as its long parts. Other locales get `options` unchanged.
 */
export function dateOptions(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  if (!isEasyGerman(locale)) return options;
  const { dateStyle, ...rest } = options;
  const easy: Intl.DateTimeFormatOptions = { ...rest };
  if (dateStyle) {
    // dateStyle cannot be combined with the fields below, so it becomes its long parts.
    Object.assign(easy, { day: 'numeric', month: 'long', year: 'numeric' }, dateStyle === 'full' ? { weekday: 'long' } : {});
  }
  if (easy.weekday) easy.weekday = 'long';
  if (easy.month) easy.month = 'long';
  if (easy.year) easy.year = 'numeric';
  if (easy.day) easy.day = 'numeric';
  return easy;
}
