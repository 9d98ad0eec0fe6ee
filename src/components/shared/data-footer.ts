// SPDX-License-Identifier: EUPL-1.2
/**
 * Every widget's footer: who publishes the data and when it last changed ("Data: City of
 * Düsseldorf, as of 1 Dec 2026"), so a visitor can judge how current it is. One template for
 * the three widgets, styled in `list-status.styles.ts`.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { WelcomeFeed } from '../../feed/schema.js';
import { dateTimeFormat } from '../../i18n/format-schedule.js';
import { checkThemeOnce } from '../../styles/theme-check.js';

/** `meta.updated` as a date in the feed's zone; the raw value when it is not a date. */
function formatUpdated(updated: string, locale: string, timeZone: string): string {
  const at = new Date(updated);
  if (Number.isNaN(at.getTime())) return updated;
  return dateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(at);
}

const WIDGETS = /^(welcome-point-finder|offer-list|district-map)$/;

/** The footer, except in a widget inside another one (the finder's map and offers): one footer is enough. */
export function renderDataFooter(host: HTMLElement, feed: WelcomeFeed, locale: string): TemplateResult | typeof nothing {
  const root = host.getRootNode();
  if (root instanceof ShadowRoot && WIDGETS.test(root.host.localName)) return nothing;
  // The footer comes with the widget's data, so its colours are final now: the console check of the theme (after paint).
  checkThemeOnce(host);
  const publisher = feed.meta.publisher;
  const date = formatUpdated(feed.meta.updated, locale, feed.meta.timeZone || 'Europe/Berlin');
  // Not a <footer>: that is a contentinfo landmark, and a page with three widgets would have four.
  return html`<div class="data-footer" part="footer">
    <p><bdi>${msg(str`Data: ${publisher}, as of ${date}`, { id: 'footer.data', desc: 'Widget footer: who publishes the data and when it last changed, e.g. "Data: City of Düsseldorf, as of 1 Dec 2026"' })}</bdi></p>
  </div>`;
}
