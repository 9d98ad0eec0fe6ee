// SPDX-License-Identifier: EUPL-1.2
/**
 * The feed layer without DOM and without widgets, built to `dist/feed.js` for Node: the
 * `welcome-feed` validator CLI, the JSON Schema script and servers that want to check or
 * query a feed before publishing it. Nothing here touches `document` or `window`.
 * @example
 * import { validateFeed } from 'welcome-widgets/feed.js';
 * const { problems } = validateFeed(JSON.parse(await readFile('feed.json', 'utf8')));
 */
import { useStrayFieldCheck } from './validate.js';
import { reportUnknownFields } from './unknown-fields.js';

// Node has no chunks to wait for: the full unknown-field check is there from the start.
useStrayFieldCheck(reportUnknownFields);

export { validateFeed, validateFeedAsync, parseJsonText, FeedFormatError, formatPath } from './validate.js';
export type { FeedProblem, ValidationResult } from './validate.js';
export * as schema from './schema.js';
export type * from './schema.js';
export { resolveText } from './text.js';
export * from './query.js';
export { feedHolidays, holidayOn, isOpenAt, nextOpening, pointOpeningState, zonedDate, zonedMoment } from './hours.js';
export type { Holiday, HolidayLookup, OpeningState } from './hours.js';
export { holidaysIn, holidayCalendar, HOLIDAY_REGIONS } from './holidays.js';
export { correctionLink } from './corrections.js';
export type { CorrectionTarget, CorrectionMailText } from './corrections.js';
export { isStale } from './freshness.js';
export { distanceKm, pointLocation } from './geo.js';
export { normalizeForSearch } from './search.js';
