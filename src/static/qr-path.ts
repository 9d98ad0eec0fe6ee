// SPDX-License-Identifier: EUPL-1.2
/**
 * The QR code of a point's static page as one SVG path, for print: on the page itself (made at
 * build time) and on a widget's card (in the browser, a chunk loaded only where cards can print
 * one). uqr (MIT, unjs) encodes; this module only draws, so print needs no image request.
 */
import { encode } from 'uqr';

/** Quiet zone around the code, in modules (the standard asks for four). */
const MARGIN = 4;

export interface QrPath {
  /** Width and height of the code with its quiet zone, in modules: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /** The dark modules as one path (`d`): each run of dark modules in a row is one rectangle. */
  d: string;
}

/** The QR code (error correction M) of `url`, an absolute URL (`URL.href` keeps it ASCII). */
export function qrPath(url: string): QrPath {
  const { data, size: count } = encode(new URL(url).href, { ecc: 'M', border: 0 });
  let d = '';
  for (let row = 0; row < count; row++) {
    const line = data[row];
    for (let col = 0; col < count; col++) {
      if (!line[col]) continue;
      let run = 1;
      while (col + run < count && line[col + run]) run++;
      d += `M${col + MARGIN} ${row + MARGIN}h${run}v1h-${run}z`;
      col += run - 1;
    }
  }
  return { size: count + 2 * MARGIN, d };
}
