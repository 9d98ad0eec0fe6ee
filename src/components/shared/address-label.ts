// SPDX-License-Identifier: EUPL-1.2
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** Shown instead of a street for places that give their address only when asked (e.g. a shelter): one translation for cards and map. */
export const addressOnRequestLabel = (): string =>
  msg('Address on request', { id: 'card-meta.address-on-request', desc: 'The place gives its address only when asked (e.g. a shelter)' });

/** "Address on request" and the feed's note (already rendered): no street, so no route link either. */
export function renderAddressOnRequest(note: unknown): TemplateResult {
  return html`<span class="address-on-request">${addressOnRequestLabel()}</span>
    ${note ? html`<span class="address-note">${note}</span>` : nothing}`;
}
