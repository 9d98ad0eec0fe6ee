// SPDX-License-Identifier: EUPL-1.2
import { OfferList } from './offer-list.component.js';
import { defineElement } from '../../internal/define.js';

export { OfferList };
defineElement('offer-list', OfferList);

declare global {
  interface HTMLElementTagNameMap {
    'offer-list': OfferList;
  }
}
