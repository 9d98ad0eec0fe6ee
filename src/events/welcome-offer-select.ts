// SPDX-License-Identifier: EUPL-1.2
/** A person opened an offer's details. */
export type WelcomeOfferSelectEvent = CustomEvent<{ offerId: string; pointId: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'welcome-offer-select': WelcomeOfferSelectEvent;
  }
}
