// SPDX-License-Identifier: EUPL-1.2
/**
 * The contact links of a card — call, e-mail, website — the same on Welcome Point and offer
 * cards: `<li>` items for the card's action list, styled by `cardActionStyles`. Numbers and
 * addresses stay left-to-right inside right-to-left text (`<bdi dir="ltr">`); the validator has
 * already checked the website's scheme.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { emailAddress } from './keep-together.js';

/** The part every action of a card carries, so a theme styles them all with one rule. */
export type ActionPart = 'card-action' | 'item-action';

export interface ContactLinks {
  phone?: string;
  email?: string;
  url?: string;
}

/**
 * @param titleId the card title's id, so each link is described by what it contacts
 * @param part the links' part: `card-action` on Welcome Point cards, `item-action` on offers
 */
export function renderContactLinks({ phone, email, url }: ContactLinks, titleId: string, part: ActionPart): TemplateResult {
  return html`${phone
    ? html`<li>
        <a class="action" part=${part} href="tel:${phone.replace(/[^\d+]/g, '')}" aria-describedby=${titleId}>
          <span class="action__label">${msg('Call', { id: 'point-card.call', desc: 'Link that starts a phone call; the number follows' })}</span>
          <bdi class="nowrap" dir="ltr">${phone}</bdi>
        </a>
      </li>`
    : nothing}${email
    ? html`<li>
        <a class="action" part=${part} href="mailto:${email}" aria-describedby=${titleId}>
          <span class="action__label">${msg('E-mail', { id: 'point-card.email', desc: 'Link that writes an e-mail; the address follows' })}</span>
          <bdi dir="ltr">${emailAddress(email)}</bdi>
        </a>
      </li>`
    : nothing}${url
    ? html`<li>
        <a class="action action--web" part=${part} href=${url} aria-describedby=${titleId}>
          ${msg('Website', { id: 'point-card.website', desc: 'Link to the website of the place or the offer' })}<bdi class="print-only" dir="ltr">${url}</bdi>
        </a>
      </li>`
    : nothing}`;
}
