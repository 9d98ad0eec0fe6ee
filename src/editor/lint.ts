// SPDX-License-Identifier: EUPL-1.2
/**
 * `welcome-feed lint`: everything the validator reports, plus editorial warnings (lint-rules.ts)
 * and how much of the feed is translated into each language.
 */
import { validateFeed } from '../feed/validate.js';
import type { WelcomeFeed } from '../feed/schema.js';
import { createContext, type LintOptions } from './lint-context.js';
import { RULES } from './lint-rules.js';
import { located } from './validation-messages.js';
import { editorProblem, type EditorProblem } from './problems.js';
import type { Spot } from './origins.js';

export type { LintOptions };

export interface Coverage {
  /** Language tag. */
  lang: string;
  /** Texts that have this language. */
  count: number;
  /** Of all texts in the feed. */
  total: number;
  /** count / total, 0…1. */
  share: number;
}

export interface LintResult {
  problems: EditorProblem[];
  coverage: Coverage[];
  counts: { errors: number; warnings: number };
}

/** The languages the widgets are translated into: each gets a row, even at 0 %. */
const WIDGET_LANGUAGES = ['de', 'de-x-ls', 'en', 'ar', 'fa', 'tr', 'uk', 'ru'];

const TEXT_KEYS = new Set(['name', 'title', 'description', 'label', 'note', 'hoursNote', 'cost']);

/** Share of the feed's texts (names, titles, descriptions, notes …) that exist in each language. */
export function translationCoverage(feed: WelcomeFeed): Coverage[] {
  const lang = feed.meta.defaultLanguage ?? 'de';
  const counts = new Map<string, number>([lang, ...WIDGET_LANGUAGES].map(tag => [tag, 0]));
  let total = 0;
  const visit = (value: unknown, key?: string) => {
    if (key && TEXT_KEYS.has(key) && value !== 'free' && (typeof value === 'string' || (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(v => typeof v === 'string')))) {
      total++;
      for (const tag of typeof value === 'string' ? [lang] : Object.keys(value)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      return;
    }
    if (Array.isArray(value)) value.forEach(item => visit(item));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'geometry' && k !== 'meta') visit(v, k);
  };
  visit({ districts: feed.districts, categories: feed.categories, welcomePoints: feed.welcomePoints, offers: feed.offers });
  return [...counts]
    .map(([tag, count]) => ({ lang: tag, count, total, share: total ? count / total : 0 }))
    .sort((a, b) => b.count - a.count || a.lang.localeCompare(b.lang));
}

/**
 * Lints a parsed feed. Throws FeedFormatError like validateFeed when nothing can be read.
 * @param where the file name for every problem, or for each JSON path where its value is.
 * @example
 * const { problems, coverage } = lintFeed(JSON.parse(text), { now: new Date('2026-12-01') });
 */
export function lintFeed(input: unknown, options: LintOptions = {}, where = 'feed.json'): LintResult {
  const spot = (path: string): Spot => ({ file: where, label: path });
  const { feed, problems } = validateFeed(input);
  const result: EditorProblem[] = problems.map(({ severity, path, entry, message }) => {
    const { label, ...at } = spot(path);
    return { ...located({ severity, ...at, path, rule: 'validate' }, label, message), ...(entry && { entry }) };
  });
  result.push(...lintRules(feed, input as Record<string, unknown>, options, spot));
  const errors = result.filter(p => p.severity === 'error').length;
  return { problems: result, coverage: translationCoverage(feed), counts: { errors, warnings: result.length - errors } };
}

/**
 * The editorial rules alone, on a feed already validated (importCsv has validated it, and
 * validating twice cost a second pass over a 10k feed).
 * @param spot where the value at a JSON path is (importCsv: the spreadsheet cell).
 */
export function lintRules(feed: WelcomeFeed, input: Record<string, unknown>, options: LintOptions, spot: (path: string) => Spot): EditorProblem[] {
  const context = createContext(feed, input, options);
  return Object.values(RULES).flatMap(rule =>
    rule(context).map(({ severity = 'warning', path, rule: id, message, hint }) => {
      const { label, ...at } = spot(path);
      const prefixed = (text: string) => (label ? `${label}: ${text}` : text);
      return editorProblem({ severity, ...at, path, rule: id }, { en: prefixed(message.en), de: prefixed(message.de) }, hint);
    }),
  );
}
