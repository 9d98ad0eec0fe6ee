// SPDX-License-Identifier: EUPL-1.2
/** Side-effect-free entry: classes, types and helpers. Import `define.js` or a tag module to register. */
export { WelcomePointFinder } from './components/welcome-point-finder/welcome-point-finder.component.js';
export { OfferList } from './components/offer-list/offer-list.component.js';
export { DistrictMap } from './components/district-map/district-map.component.js';
export { loadFeed, clearFeedCache, FeedLoadError } from './feed/load.js';
export type { FeedErrorKind, LoadOptions } from './feed/load.js';
export { validateFeed } from './feed/validate.js';
export { FeedFormatError } from './feed/errors.js';
export type { FeedProblem, ValidationResult } from './feed/validate.js';
export { resolveText } from './feed/text.js';
export type * from './feed/schema.js';
export type * from './events/index.js';
export { setLocale, getLocale } from './i18n/localization.js';
export { setLanguage } from './i18n/language-choice.js';
export { uiLanguages, EASY_GERMAN } from './i18n/languages.js';
export type { UiLanguage } from './i18n/languages.js';
export { checkTheme, completeTheme, contrastRatio, CONTRAST_PAIRS } from './theme.js';
export type { ColourToken, ContrastPair, ContrastResult, ThemeColours } from './theme.js';
