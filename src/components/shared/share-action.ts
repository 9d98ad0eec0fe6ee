// SPDX-License-Identifier: EUPL-1.2
/**
 * A point card's "Share" action and its printed QR code, both pointing to the point's page in
 * the static edition (`static-base` attribute or `meta.staticBase`). Sharing uses the Web Share
 * API where there is one (phones), else copies the link and says so in a visible live region.
 * The QR generator is a chunk of its own, fetched only when a card has a link to print.
 */
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { lazyPart } from '../../internal/lazy-part.js';
import { pointPath } from '../../static/paths.js';
import type { QrPath } from '../../static/qr-path.js';

/**
 * The static edition's base URL for a widget: its `static-base` attribute (read here, so the
 * shell stays small), else the feed's `meta.staticBase`; only http(s), always ending in `/`.
 */
export function staticBaseOf(host: Element, feedBase: string | undefined): string | undefined {
  const raw = host.getAttribute('static-base') || feedBase;
  if (!raw) return undefined;
  try {
    const url = new URL(raw, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The point's page in the visitor's language: `<base><lang>/points/<id>/`. */
export const pointPageLink = (base: string, lang: string, pointId: string): string => new URL(pointPath(lang, pointId), base).href;

/** The QR chunk (uqr and the path drawing), shared by every card on the page. */
const qrPart = lazyPart(() => import('../../static/qr-path.js'));

const qrPaths = new Map<string, QrPath>();

/** Starts fetching the QR chunk; `ready` runs once it is there (to re-render the cards). */
export function loadQr(ready: () => void): void {
  qrPart(ready);
}

/** The link as a QR code (inline SVG, one path), for print; nothing until the chunk is loaded. */
export function renderQr(link: string): TemplateResult | typeof nothing {
  const qr = qrPart(() => undefined);
  if (!qr) return nothing;
  // Cards re-render on every keystroke and each minute; encoding is the same for the same link.
  let path = qrPaths.get(link);
  if (!path) qrPaths.set(link, (path = qr.qrPath(link)));
  const { size, d } = path;
  // The link is printed beside the code, so the image itself needs no text alternative.
  return html`<div class="card__qr print-only" part="qr">
    <svg viewBox="0 0 ${size} ${size}" width="96" height="96" aria-hidden="true">${svg`<path d=${d} fill="#000" />`}</svg>
    <bdi dir="ltr">${link}</bdi>
  </div>`;
}

/** Shares `link` (or copies it) and confirms in the status element next to the button. */
async function share(event: Event, link: string, title: string): Promise<void> {
  const button = event.currentTarget as HTMLElement;
  const status = button.parentElement?.querySelector<HTMLElement>('.share__status');
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url: link });
      return;
    } catch (error) {
      // The visitor closed the share sheet: nothing to do. Any other failure falls back to copying.
      if ((error as Error).name === 'AbortError') return;
    }
  }
  const copied = await navigator.clipboard?.writeText(link).then(
    () => true,
    () => false,
  );
  if (status) {
    status.textContent = copied
      ? msg('Link copied', { id: 'share.copied', desc: 'Confirmation after the link to the place was copied' })
      : msg('Copy this link:', { id: 'share.copy-manually', desc: 'Copying failed; the link follows so the visitor can copy it by hand' }) + ` ${link}`;
  }
}

/** The "Share" list item for a card's actions, with its live region. */
export function renderShareAction(link: string, title: string, titleId: string): TemplateResult {
  return html`<li class="share">
    <button type="button" class="action action--share" part="share-button card-action" aria-describedby=${titleId} @click=${(event: Event) => void share(event, link, title)}>
      ${msg('Share', { id: 'share.button', desc: 'Button that shares the link to this place (or copies it)' })}
    </button>
    <span class="share__status" role="status"></span>
  </li>`;
}
