// SPDX-License-Identifier: EUPL-1.2
/**
 * The QR code a printed point page carries: the page's own address, made at build time with
 * qrcode-generator (MIT) and written as one inline SVG path, so print needs no image request and
 * no script.
 */
import qrcode from 'qrcode-generator';
import { trusted } from './escape.js';
import type { SafeHtml } from './escape.js';

/** Quiet zone around the code, in modules (the standard asks for four). */
const MARGIN = 4;

/**
 * An `<svg>` of the QR code of `url` (an absolute URL; `URL.href` keeps it ASCII), hidden from
 * assistive technology: the caption beside it carries the address as text.
 */
export function qrSvg(url: string): SafeHtml {
  const code = qrcode(0, 'M');
  code.addData(new URL(url).href, 'Byte');
  code.make();
  const count = code.getModuleCount();
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      // runs of dark modules in a row become one rectangle: a third of the path length
      if (!code.isDark(row, col)) continue;
      let run = 1;
      while (col + run < count && code.isDark(row, col + run)) run++;
      path += `M${col + MARGIN} ${row + MARGIN}h${run}v1h-${run}z`;
      col += run - 1;
    }
  }
  const size = count + 2 * MARGIN;
  return trusted(
    `<svg class="qr__code" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`,
  );
}
