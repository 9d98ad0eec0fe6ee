// SPDX-License-Identifier: EUPL-1.2
/**
 * `view="both"` on a narrow host: a "List | Map" switch at the top instead of the map stacked
 * below the whole list (thousands of pixels down on a phone). Below 60rem of the widget's own
 * width (a container query, not the window) only the chosen pane shows; from 60rem the switch
 * goes and list and map stand side by side. A chunk of its own, loaded only by finders with
 * `view="both"`.
 */
import { css, html } from 'lit';
import type { ReactiveElement, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { addStyles } from '../../internal/add-styles.js';

export type Pane = 'list' | 'map';

const styles = css`
  .panes {
    display: flex;
    gap: 0.5rem;
  }
  .panes .button {
    flex: 1;
    justify-content: center;
  }
  .panes .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent, #fff);
  }
  @container (width < 60rem) {
    .finder--pane-map .finder__results > :not(.count),
    .finder--pane-list .finder__map,
    .finder__map district-map::part(toolbar) {
      display: none;
    }
  }
  @container (min-width: 60rem) {
    .panes {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .panes .button[aria-pressed='true'] {
      border-width: 3px;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .panes {
      display: none;
    }
  }
`;

/** Which pane a narrow finder shows, the switch between them, and what it tells screen readers. */
export class PaneSwitch {
  pane: Pane = 'list';
  /** Said once the visitor switched (nothing on load: the page has just been read out). */
  private said = '';

  constructor(private readonly host: ReactiveElement) {
    addStyles(host.renderRoot as ShadowRoot, styles);
    host.requestUpdate();
  }

  render(): TemplateResult {
    const button = (pane: Pane, label: string) =>
      html`<button type="button" class="button" aria-pressed=${this.pane === pane ? 'true' : 'false'} @click=${() => this.choose(pane)}>${label}</button>`;
    return html`<div class="panes" part="panes" role="group" aria-label=${msg('Show as', { id: 'welcome-point-finder.panes', desc: 'Name of the pair of buttons "List" and "Map" on narrow screens' })}>
        ${button('list', msg('List', { id: 'welcome-point-finder.pane-list', desc: 'Button on narrow screens: show the Welcome Points as a list' }))}
        ${button('map', msg('Map', { id: 'welcome-point-finder.pane-map', desc: 'Button on narrow screens: show the Welcome Points on a map' }))}
      </div>
      <p class="visually-hidden" role="status">${this.said}</p>`;
  }

  private choose(pane: Pane): void {
    if (pane === this.pane) return;
    this.pane = pane;
    this.said =
      pane === 'map'
        ? msg('The map is shown.', { id: 'welcome-point-finder.pane-map-shown', desc: 'Announced after the visitor switched from the list to the map' })
        : msg('The list is shown.', { id: 'welcome-point-finder.pane-list-shown', desc: 'Announced after the visitor switched from the map to the list' });
    this.host.requestUpdate();
  }
}
