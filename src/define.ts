// SPDX-License-Identifier: EUPL-1.2
/** The "just works" entry: importing it registers every element. */
import './components/welcome-point-finder/welcome-point-finder.js';
import './components/offer-list/offer-list.js';
import './components/district-map/district-map.js';

export { setLocale, getLocale } from './i18n/localization.js';
