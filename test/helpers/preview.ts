// SPDX-License-Identifier: EUPL-1.2
/**
 * Waits until the configurator's live preview (demo/configurator.html) shows its widgets with
 * entries (or a map) and data footer, as an editor sees it before copying the snippet. Tests of the
 * configurator end with this: a page removed while its preview still loads the widget's lazy
 * parts leaves Firefox's and WebKit's automation waiting forever for the next page.
 */
import { waitUntil } from './wait.js';

export async function previewShown(doc: Document): Promise<void> {
  // A map shows its districts rather than a list.
  for (const widget of doc.querySelectorAll('#preview > *')) {
    const root = () => widget.shadowRoot;
    await waitUntil(
      () => root()?.querySelector('[part="list"], [part="map"]') && root()!.querySelector('[part="footer"]'),
      `the preview never showed its ${widget.localName}`,
    );
  }
}
