// SPDX-License-Identifier: EUPL-1.2
/**
 * The states of a loaded list, the same in every widget: nothing matches, some entries were
 * dropped, and "Show more" below a long list.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/** The lazy card parts (data footer, last checked, …), re-exported so every list view gets them with its other list parts. */
export { loadCardExtras, type CardExtras } from './load-card-extras.js';

export function renderEmpty(message: string, onReset?: () => void): TemplateResult {
  return html`<div class="status status--empty" part="empty">
    <p class="status__text">${message}</p>
    ${onReset
      ? html`<button type="button" class="button" @click=${onReset}>
          ${msg('Reset filters', { id: 'status.reset-filters' })}
        </button>`
      : nothing}
  </div>`;
}

/** A quiet note that some entries could not be shown; details go to the console for editors. */
export function renderProblems(count: number): TemplateResult | typeof nothing {
  if (!count) return nothing;
  return html`<p class="status status--problems" part="problems">
    ${msg(str`Some entries (${count}) could not be shown because their data is incomplete.`, { id: 'status.problems' })}
  </p>`;
}

/**
 * Below a long list: how many entries are shown of how many, and a button for the next page.
 * Nothing when everything is shown. The caller moves focus to the first new entry.
 */
export function renderShowMore(
  shown: number,
  total: number,
  pageSize: number,
  locale: string,
  onMore: () => void,
): TemplateResult | typeof nothing {
  if (shown >= total) return nothing;
  const next = Math.min(pageSize, total - shown);
  const count = (value: number) => new Intl.NumberFormat(locale).format(value);
  return html`<div class="more">
    <p class="more__status">${msg(str`Showing ${count(shown)} of ${count(total)}`, {
      id: 'offer-list.showing',
      desc: 'Below a long list: how many entries are shown of how many',
    })}</p>
    <button type="button" class="button button--primary" part="more" @click=${onMore}>
      ${msg(str`Show ${count(next)} more`, { id: 'offer-list.show-more', desc: 'Button that shows the next entries of a long list' })}
    </button>
  </div>`;
}
