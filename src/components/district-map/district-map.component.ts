// SPDX-License-Identifier: EUPL-1.2
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { WelcomeElement } from '../../internal/welcome-element.js';
import { renderError, renderLoading } from '../shared/status.js';
import { statusStyles } from '../shared/status.styles.js';

/**
 * Placeholder until its issue lands: shows the loading and error states and a count.
 *
 * @summary district-map (placeholder).
 * @tag district-map
 * @csspart error - The error message box (role="alert").
 */
export class DistrictMap extends WelcomeElement {
  static override styles = [WelcomeElement.styles, statusStyles];

  override render() {
    const { state, result, error } = this.feedController;
    if (state === 'loading') return renderLoading();
    if (state === 'error') return renderError(error, () => this.feedController.retry());
    if (!result) return html``;
    const count = result.feed.welcomePoints.length;
    return html`<p>${msg(str`${count} Welcome Points`, { id: 'district-map.placeholder-count' })}</p>`;
  }
}
