// SPDX-License-Identifier: EUPL-1.2
/**
 * Every widget's footer: who publishes the data and when it last changed ("Data: City of
 * Düsseldorf, as of 1 Dec 2026"), so a visitor can judge how current it is. One template for
 * the three widgets, styled in `list-status.styles.ts`.
 */
import { css, html, nothing } from 'lit';
import { addStyles } from '../../internal/add-styles.js';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
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

/** A widget inside another one (the finder's map and offers): the outer one speaks for both. */
function isNested(host: HTMLElement): boolean {
  const root = host.getRootNode();
  return root instanceof ShadowRoot && WIDGETS.test(root.host.localName);
}

const sampleNoticeStyles = css`
  .sample-notice {
    margin: 0 0 var(--_space);
    padding: 0.375rem 0.75rem;
    border-inline-start: 3px solid var(--_warning);
    background: var(--_warning-soft);
    font-size: 0.875em;
  }
`;

/**
 * The notice of a feed marked `meta.sample`: its names, phone numbers and times are invented, so
 * nobody calls an invented number at a real-looking address. In the visitor's language; the
 * offer list shows it above its entries, the finder and the map below their content (their
 * form and frame are there while the feed loads, and a notice above them would push them down).
 */
export function renderSampleNotice(host: HTMLElement, feed: WelcomeFeed): TemplateResult | typeof nothing {
  if (feed.meta.sample !== true || isNested(host)) return nothing;
  // Its styles come with it (this chunk is lazy), so widgets with real data do not carry them.
  if (host.shadowRoot) addStyles(host.shadowRoot, sampleNoticeStyles);
  return html`<p class="sample-notice" part="sample-notice">
    ${msg('Sample data: names, phone numbers and times are invented.', { id: 'footer.sample', desc: 'Notice above a widget whose data is a sample for trying the widgets out, not real information' })}
  </p>`;
}

/** The footer, except in a widget inside another one (the finder's map and offers): one footer is enough. */
export function renderDataFooter(host: HTMLElement, feed: WelcomeFeed, locale: string): TemplateResult | typeof nothing {
  if (isNested(host)) return nothing;
  // The footer comes with the widget's data, so its colours are final now: the console check of the theme (after paint).
  checkThemeOnce(host);
  const publisher = feed.meta.publisher;
  // A plain string in the feed's own language: a German name read by an Arabic voice is noise.
  // Isolated (bdi): its dashes and commas stay inside it in a right-to-left sentence.
  const lang = feed.meta.defaultLanguage ?? 'de';
  const date = formatUpdated(feed.meta.updated, locale, feed.meta.timeZone || 'Europe/Berlin');
  // Not a <footer>: that is a contentinfo landmark, and a page with three widgets would have four.
  return html`<div class="data-footer" part="footer">
    <p><bdi>${msg(html`Data: <bdi lang=${lang}>${publisher}</bdi>, as of ${date}`, { id: 'footer.data', desc: 'Widget footer: who publishes the data and when it last changed, e.g. "Data: City of Düsseldorf, as of 1 Dec 2026"' })}</bdi></p>
  </div>`;
}
