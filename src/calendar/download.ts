// SPDX-License-Identifier: EUPL-1.2
/**
 * Saves generated text as a file from the browser, without inline script, `data:` URLs or any
 * HTML string, so it works under a strict Content-Security-Policy with Trusted Types: a Blob,
 * an object URL and a temporary `<a download>` that is clicked and removed again.
 */

/** How long the object URL stays valid after the click; the browser has copied the Blob by then. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Offers `text` for download as `filename`. `container` is where the temporary link is put
 * (a shadow root works; Firefox needs the link to be connected).
 * @example
 * downloadText(buildCalendar(events, options), 'sprachcafe.ics', 'text/calendar', this.renderRoot);
 */
export function downloadText(text: string, filename: string, type: string, container: Node & ParentNode): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** A file name from a title: letters and digits of any script kept, everything else a dash. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'calendar'}.${extension}`;
}
