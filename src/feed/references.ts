// SPDX-License-Identifier: EUPL-1.2
/**
 * Cross-entry checks of a validated feed: references by id, and the labels that name an entry
 * in a problem by id and name.
 */
import type { WelcomeFeed } from './schema.js';
import type { FeedProblem } from './validate.js';

type ListKey = 'welcomePoints' | 'offers';

const truncate = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** `"wp-3" (Welcome Point Flingern)` from a raw entry, as far as its id and name/title are readable. */
export function entryLabel(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const { id, name, title } = entry as Record<string, unknown>;
  const text = name ?? title;
  const words =
    typeof text === 'string' ? text : text && typeof text === 'object' ? Object.values(text as Record<string, unknown>).find(t => typeof t === 'string') : undefined;
  const idPart = typeof id === 'string' && id ? JSON.stringify(id) : '';
  const namePart = typeof words === 'string' && words.trim() ? `(${truncate(words.trim())})` : '';
  return [idPart, namePart].filter(Boolean).join(' ') || undefined;
}

/**
 * Drops entries that point at ids the feed does not have, so widgets never meet a dangling
 * reference. Entries may be the caller's own objects (see fast-check.ts), so fixes replace
 * them with copies instead of changing them.
 */
export function checkReferences(feed: WelcomeFeed, origin: Map<object, number>, problems: FeedProblem[]) {
  const at = (key: ListKey, entry: object, field: string) => `${key}[${origin.get(entry) ?? '?'}].${field}`;

  const districts = new Map(feed.districts.map(d => [d.id, d]));
  const categoryIds = new Set(feed.categories.map(c => c.id));
  feed.welcomePoints = feed.welcomePoints.flatMap(point => {
    const district = districts.get(point.districtId);
    if (!district) {
      problems.push({
        path: at('welcomePoints', point, 'districtId'),
        message: `unknown district ${JSON.stringify(point.districtId)}; entry dropped`,
        severity: 'error',
        entry: entryLabel(point),
      });
      return [];
    }
    if (point.quarterId && district.quarters && !district.quarters.some(q => q.id === point.quarterId)) {
      problems.push({
        path: at('welcomePoints', point, 'quarterId'),
        message: `${JSON.stringify(point.quarterId)} is not a quarter of district ${JSON.stringify(district.id)}; ignored`,
        severity: 'warning',
        entry: entryLabel(point),
      });
      const rest = { ...point };
      delete rest.quarterId;
      return [rest];
    }
    return [point];
  });
  const pointIds = new Set(feed.welcomePoints.map(p => p.id));
  feed.offers = feed.offers.flatMap(offer => {
    if (!pointIds.has(offer.welcomePointId)) {
      problems.push({
        path: at('offers', offer, 'welcomePointId'),
        message: `unknown Welcome Point ${JSON.stringify(offer.welcomePointId)}; entry dropped`,
        severity: 'error',
        entry: entryLabel(offer),
      });
      return [];
    }
    const unknown = offer.categoryIds.filter(id => !categoryIds.has(id));
    if (unknown.length) {
      problems.push({
        path: at('offers', offer, 'categoryIds'),
        message: `unknown categor${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map(id => JSON.stringify(id)).join(', ')}; ignored`,
        severity: 'warning',
        entry: entryLabel(offer),
      });
      return [{ ...offer, categoryIds: offer.categoryIds.filter(id => categoryIds.has(id)) }];
    }
    return [offer];
  });
}
