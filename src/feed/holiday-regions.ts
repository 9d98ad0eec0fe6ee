// SPDX-License-Identifier: EUPL-1.2
/**
 * Region codes with holiday rules (ISO 3166-2): `DE` (the nationwide days only) and the 16
 * German Länder. Apart from the rules (`holidays.ts`), so the schema can check a code without
 * carrying the rules into the validator chunk.
 */
export const HOLIDAY_REGIONS = ['DE', ...'BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH'.split(' ').map(land => `DE-${land}`)];
