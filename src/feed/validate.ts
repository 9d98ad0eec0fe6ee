// SPDX-License-Identifier: EUPL-1.2
/**
 * Turns unknown JSON into a typed {@link WelcomeFeed} plus a list of problems.
 * Forgiving per entry, strict per field: a broken entry is dropped with a precise message
 * (`offers[17].schedule[0].opens: "25:00" is not a time (HH:MM)`) and everything else is kept.
 * Only a feed that is not an object or has the wrong `version` fails as a whole.
 */
import * as v from 'valibot';
import * as schema from './schema.js';
import type { WelcomeFeed } from './schema.js';
import { FeedFormatError } from './errors.js';

export { FeedFormatError };

/** One thing wrong with the feed, with the JSON path of the value at fault. */
export interface FeedProblem {
  /** JSON path such as `offers[17].schedule[0].opens`. */
  path: string;
  /** Human-readable English description of what is wrong. */
  message: string;
  /** `error`: the entry was dropped or the feed is unusable; `warning`: kept, but suspicious. */
  severity: 'error' | 'warning';
}

export interface ValidationResult {
  feed: WelcomeFeed;
  problems: FeedProblem[];
}


type ListKey = 'districts' | 'categories' | 'welcomePoints' | 'offers';
const entrySchemas = {
  districts: schema.District,
  categories: schema.Category,
  welcomePoints: schema.WelcomePoint,
  offers: schema.Offer,
} as const;

/**
 * Validates a parsed feed.
 * @example
 * const { feed, problems } = validateFeed(JSON.parse(text));
 * problems.forEach(p => console.warn(`${p.path}: ${p.message}`));
 */
export function validateFeed(input: unknown): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FeedFormatError('The feed is not a JSON object.');
  }
  const raw = input as Record<string, unknown>;
  if (raw.version !== 1) {
    throw new FeedFormatError(
      `The feed has format version ${JSON.stringify(raw.version ?? null)}; this library reads version 1.`,
    );
  }
  const problems: FeedProblem[] = [];
  const metaResult = v.safeParse(schema.Meta, raw.meta ?? {});
  let meta: WelcomeFeed['meta'];
  if (metaResult.success) {
    meta = metaResult.output;
  } else {
    problems.push(...toProblems('meta', metaResult.issues, 'warning'));
    meta = { title: '', publisher: '', updated: '', license: '', defaultLanguage: 'de', timeZone: 'Europe/Berlin' };
  }

  const lists = {} as { [K in ListKey]: WelcomeFeed[K] };
  for (const key of Object.keys(entrySchemas) as ListKey[]) {
    lists[key] = validateList(key, raw[key], problems) as never;
  }
  const feed: WelcomeFeed = { version: 1, meta, ...lists };
  checkReferences(feed, problems);
  return { feed, problems };
}

function validateList(key: ListKey, value: unknown, problems: FeedProblem[]): unknown[] {
  if (value === undefined) {
    problems.push({ path: key, message: 'is missing; treated as empty', severity: 'warning' });
    return [];
  }
  if (!Array.isArray(value)) {
    problems.push({ path: key, message: 'must be a list; ignored', severity: 'error' });
    return [];
  }
  const entrySchema = entrySchemas[key];
  const kept: unknown[] = [];
  const seen = new Set<string>();
  value.forEach((entry: unknown, index) => {
    const result = v.safeParse(entrySchema, entry);
    if (!result.success) {
      problems.push(...toProblems(`${key}[${index}]`, result.issues, 'error'));
      return;
    }
    const { id } = result.output;
    if (seen.has(id)) {
      problems.push({ path: `${key}[${index}].id`, message: `duplicate id ${JSON.stringify(id)}; entry dropped`, severity: 'error' });
      return;
    }
    seen.add(id);
    kept.push(result.output);
  });
  return kept;
}

/** Drops entries that point at ids the feed does not have, so widgets never meet a dangling reference. */
function checkReferences(feed: WelcomeFeed, problems: FeedProblem[]) {
  const districtIds = new Set(feed.districts.map(d => d.id));
  const categoryIds = new Set(feed.categories.map(c => c.id));
  feed.welcomePoints = feed.welcomePoints.filter(point => {
    if (districtIds.has(point.districtId)) return true;
    problems.push({
      path: `welcomePoints[id=${point.id}].districtId`,
      message: `unknown district ${JSON.stringify(point.districtId)}; entry dropped`,
      severity: 'error',
    });
    return false;
  });
  const pointIds = new Set(feed.welcomePoints.map(p => p.id));
  feed.offers = feed.offers.filter(offer => {
    if (!pointIds.has(offer.welcomePointId)) {
      problems.push({
        path: `offers[id=${offer.id}].welcomePointId`,
        message: `unknown Welcome Point ${JSON.stringify(offer.welcomePointId)}; entry dropped`,
        severity: 'error',
      });
      return false;
    }
    const unknown = offer.categoryIds.filter(id => !categoryIds.has(id));
    if (unknown.length) {
      problems.push({
        path: `offers[id=${offer.id}].categoryIds`,
        message: `unknown categor${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map(id => JSON.stringify(id)).join(', ')}; ignored`,
        severity: 'warning',
      });
      offer.categoryIds = offer.categoryIds.filter(id => categoryIds.has(id));
    }
    return true;
  });
}

function toProblems(base: string, issues: v.BaseIssue<unknown>[], severity: FeedProblem['severity']): FeedProblem[] {
  // Report the innermost issue of a union (e.g. Text) rather than "invalid type" for each branch.
  return issues.map(issue => {
    const path = (issue.path ?? [])
      .map(item => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
      .join('');
    const message = issue.message.startsWith('Invalid') && issue.kind === 'schema'
      ? `${issue.message.replace(/^Invalid type: Expected /, 'expected ').replace(/ but received /, ', got ')}`
      : issue.message;
    return { path: `${base}${path}`, message: severity === 'error' ? `${message}; entry dropped` : message, severity };
  });
}
