// SPDX-License-Identifier: EUPL-1.2
import type { SelectSource } from './welcome-point-select.js';

/** A person chose a district (Stadtbezirk); `districtId` is `null` when the choice was cleared. */
export type WelcomeDistrictSelectEvent = CustomEvent<{ districtId: string | null; source: SelectSource }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'welcome-district-select': WelcomeDistrictSelectEvent;
  }
}
