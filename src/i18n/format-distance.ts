// SPDX-License-Identifier: EUPL-1.2
/**
 * Distances as people say them: "450 m", "1.2 km", "12 km", with the locale's digits and unit
 * words ("١٫٢ كم" in Arabic). Precision drops with distance, because a walk of 1,237 m is not
 * more useful to know than "1.2 km", and a position from the browser is rarely better anyway.
 */

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, unit: 'meter' | 'kilometer', fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${unit}|${fractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: fractionDigits });
    cache.set(key, format);
  }
  return format;
}

/**
 * Formats a distance given in kilometres for `locale`.
 * Below 1 km: metres rounded to 10 m (at least 10 m); below 10 km: one decimal; beyond: whole km.
 * @example
 * formatDistance(0.437, 'de') // "440 m"
 * formatDistance(1.26, 'en')  // "1.3 km"
 * formatDistance(12.4, 'ar')  // "١٢ كم"
 */
export function formatDistance(km: number, locale: string): string {
  if (!Number.isFinite(km) || km < 0) return '';
  if (km < 0.995) {
    const metres = Math.max(10, Math.round((km * 1000) / 10) * 10);
    return numberFormat(locale, 'meter', 0).format(metres);
  }
  return numberFormat(locale, 'kilometer', km < 9.95 ? 1 : 0).format(km);
}
