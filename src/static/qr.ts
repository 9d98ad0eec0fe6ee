// SPDX-License-Identifier: EUPL-1.2
/** The print QR code of a point page, as inline SVG (see qr-path.ts). */
import { qrPath } from './qr-path.js';
import { trusted } from './escape.js';
import type { SafeHtml } from './escape.js';

/**
 * An `<svg>` of the QR code of `url`, hidden from assistive technology: the caption beside it
 * carries the address as text.
 */
export function qrSvg(url: string): SafeHtml {
  const { size, d } = qrPath(url);
  return trusted(
    `<svg class="qr__code" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`,
  );
}
