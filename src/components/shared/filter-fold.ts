// SPDX-License-Identifier: EUPL-1.2
/**
 * The filter panel folded behind a "Filters (n active)" button on narrow hosts, so results are in
 * sight sooner; the finder and the offer list's filter bar share it. Below 48rem of the widget's
 * own width (a container query, not the window) a `.filters` panel with `filters--collapsed` is
 * hidden; from 48rem the button goes and the panel always shows.
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/** The fold's button; `controls` is the id of the panel it shows and hides. */
export function renderFilterFold(open: boolean, active: number, controls: string, onToggle: () => void): TemplateResult {
  return html`<button type="button" class="button filters-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${controls} @click=${onToggle}>
    <span class="chevron" aria-hidden="true"></span>
    ${active
      ? msg(str`Filters (${active} active)`, { id: 'filters.toggle-active', desc: 'Button on narrow screens that shows the filters; number of filters set' })
      : msg('Filters', { id: 'filters.toggle', desc: 'Button on narrow screens that shows the filters' })}
  </button>`;
}

export const filterFoldStyles = css`
  .filters-toggle {
    justify-self: start;
  }
  @container (width < 48rem) {
    .filters.filters--collapsed {
      display: none;
    }
  }
  @container (min-width: 48rem) {
    .filters-toggle {
      display: none;
    }
  }
`;
