// SPDX-License-Identifier: EUPL-1.2
export type * from './welcome-point-select.js';
export type * from './welcome-district-select.js';
export type * from './welcome-offer-select.js';
export type * from './welcome-filter-change.js';
export type * from './welcome-feed.js';
export type * from './welcome-language-change.js';
