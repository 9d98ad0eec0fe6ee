// SPDX-License-Identifier: EUPL-1.2
/**
 * Turns unknown JSON into a typed {@link WelcomeFeed} plus a list of problems.
 *
 * Forgiving per entry, strict per field. A value that breaks the schema is removed at the
 * smallest level that keeps the rest valid: a bad optional field (a `javascript:` URL, a broken
 * e-mail address) is dropped from its offer, a bad slot from its schedule, a bad language from a
 * text; only when a required field is broken is the whole entry dropped. Each removal is one
 * problem with the JSON path of the value at fault:
 *
 *   offers[17].schedule[0].opens: "25:00" is not a time (HH:MM); schedule[0] dropped
 *   offers[3].title: is missing; entry dropped
 *
 * Only a feed that is not an object or has the wrong `version` fails as a whole.
 */
import * as v from 'valibot';
import * as schema from './schema.js';
import type { WelcomeFeed } from './schema.js';
import { filterPoints } from './query.js';
import { FeedFormatError } from './errors.js';
import { fastCheck } from './fast-check.js';
import type { SchemaNode } from './schema-walk.js';
import { droppablePrefix, expandUnion, pathOf, remove } from './repair.js';
import { describe, formatPath, messageOf } from './problem-text.js';
import type { reportUnknownFields } from './unknown-fields.js';
import { checkReferences, entryLabel } from './references.js';

export { FeedFormatError, formatPath };
export { parseJsonText } from './json-text.js';

/** One thing wrong with the feed, with the JSON path of the value at fault. */
export interface FeedProblem {
  /** JSON path such as `offers[17].schedule[0].opens`. */
  path: string;
  /** Human-readable English description of what is wrong and what was done about it. */
  message: string;
  /** `error`: data was dropped (an entry or a value); `warning`: kept, but suspicious. */
  severity: 'error' | 'warning';
  /** The entry at fault by id and name, e.g. `"wp-3" (Welcome Point Flingern)`: positions change, names are recognised. */
  entry?: string;
}

export interface ValidationResult {
  feed: WelcomeFeed;
  problems: FeedProblem[];
}

type ListKey = 'districts' | 'categories' | 'welcomePoints' | 'offers';

const node = (s: v.GenericSchema) => s as unknown as SchemaNode;

/**
 * The deep unknown-field check with "did you mean" hints (unknown-fields.ts). Only feeds with a
 * stray field need it, so in browsers it is a chunk of its own, fetched as soon as this one
 * runs, while the feed downloads; `validateFeedAsync` waits for it. The Node build
 * (standalone.ts) registers it synchronously. Until it is there, `validateFeed` reports unknown
 * fields at the top of each entry only, without hints.
 */
let strayFields: typeof reportUnknownFields | undefined;
/** @internal */
export const useStrayFieldCheck = (check: typeof reportUnknownFields) => void (strayFields = check);
const strayFieldsReady =
  typeof document === 'undefined' ? Promise.resolve() : import('./unknown-fields.js').then(m => useStrayFieldCheck(m.reportUnknownFields), () => undefined);

const entrySchemas: Record<ListKey, v.GenericSchema> = {
  districts: schema.District,
  categories: schema.Category,
  welcomePoints: schema.WelcomePoint,
  offers: schema.Offer,
};
const ROOT_KEYS = new Set(['version', 'meta', 'districts', 'categories', 'welcomePoints', 'offers']);

/** An entry needing more repairs than this is dropped; real mistakes need one or two. */
const MAX_REPAIRS = 8;

/**
 * Validates a parsed feed.
 * @example
 * const { feed, problems } = validateFeed(JSON.parse(text));
 * problems.forEach(p => console.warn(`${p.path}: ${p.message}`));
 */
export function validateFeed(input: unknown): ValidationResult {
  const steps = validation(input);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The validation, pausing (`yield`) after every few milliseconds of entries: `validateFeed` runs
 * straight through, `validateFeedAsync` lets the page have a task at each pause.
 */
function* validation(input: unknown): Generator<void, ValidationResult> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FeedFormatError('The feed is not a JSON object.');
  }
  const raw = input as Record<string, unknown>;
  if (raw.version !== 1) {
    throw new FeedFormatError(
      raw.version === undefined
        ? 'The feed has no "version"; this library reads version 1.'
        : `The feed has format version ${JSON.stringify(raw.version)}; this library reads version 1.`,
    );
  }
  const problems: FeedProblem[] = [];
  unknownKeys(raw, ROOT_KEYS, '', problems);

  const meta = (validateEntry(schema.Meta, raw.meta ?? {}, 'meta', problems, 'warning', 'defaults used') as WelcomeFeed['meta'] | undefined) ?? {
    title: '',
    publisher: '',
    updated: '',
    license: '',
    defaultLanguage: 'de',
    timeZone: 'Europe/Berlin',
  };
  if (raw.meta && typeof raw.meta === 'object') stray(schema.Meta, raw.meta, 'meta', problems);
  // The time zone check makes the page's first Intl object, which loads the time zone data.
  yield;

  const origin = new Map<object, number>();
  const sliceDone = sliceClock();
  const list = <K extends ListKey>(key: K) => validateList(key, raw[key], origin, problems, sliceDone) as Generator<void, WelcomeFeed[K]>;
  const feed: WelcomeFeed = {
    version: 1,
    meta,
    districts: yield* list('districts'),
    categories: yield* list('categories'),
    welcomePoints: yield* list('welcomePoints'),
    offers: yield* list('offers'),
  };
  checkReferences(feed, origin, problems);
  return { feed, problems: sortByPosition(problems) };
}

/**
 * {@link validateFeed}, plus the public holidays of `meta.holidays` attached to the feed for
 * `feedHolidays()` (hours, "open now", calendar export). The holiday rules are a chunk of their
 * own, fetched only for feeds that name a region. `loadFeed` uses this.
 * @example
 * const { feed } = await validateFeedAsync(JSON.parse(text));
 * feedHolidays(feed)?.('2026-12-25')?.name // { de: '1. Weihnachtstag', en: 'Christmas Day' }
 */
export async function validateFeedAsync(input: unknown): Promise<ValidationResult> {
  await strayFieldsReady;
  // Parsing, validating (in slices of a few milliseconds), indexing and the widgets' first
  // render each get tasks of their own: together they blocked a phone for most of a second with a
  // big feed (issue #23).
  const steps = validation(input);
  let step: IteratorResult<void, ValidationResult>;
  do {
    await nextTask();
    step = steps.next();
  } while (!step.done);
  const result = step.value;
  await attachHolidays(result.feed);
  if (typeof document !== 'undefined') {
    await nextTask();
    // The search index every widget filters with (10k offers: 160 ms on a slow phone), built here
    // in a task of its own rather than inside the first render; it is kept per feed object.
    filterPoints(result.feed, {});
  }
  await nextTask();
  return result;
}

/** Callers of `nextTask` in the order their messages were posted. */
const waitingForTask: Array<() => void> = [];
/**
 * One channel for the page, held by this module: a channel made per call and referenced by
 * nothing but its own handler may be garbage-collected with its message in flight, and the feed
 * would then stay "loading" for good (the likely cause of one Firefox fuzz run, which makes much
 * garbage, where a feed never left "loading").
 */
let taskChannel: MessageChannel | undefined;

/**
 * Resolves in a new task, so the page can paint and answer a tap: a message to ourselves, which no
 * browser throttles like a timer. In Node (the CLI, the static edition) there is no page to answer.
 */
export function nextTask(): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  if (!taskChannel) {
    taskChannel = new MessageChannel();
    taskChannel.port1.onmessage = () => waitingForTask.shift()?.();
  }
  const channel = taskChannel;
  return new Promise(resolve => {
    waitingForTask.push(resolve);
    channel.port2.postMessage(0);
  });
}

/**
 * Attaches the public holidays of `meta.holidays` to a validated feed for `feedHolidays()`. A
 * feed copied to another thread loses them (they are a function) and gets them back this way.
 */
export async function attachHolidays(feed: WelcomeFeed): Promise<void> {
  // An unknown region was reported and dropped from meta: no holidays then, as documented.
  const region = feed.meta.holidays;
  if (!region) return;
  const { holidayCalendar } = await import('./holidays.js');
  // Same key as HOLIDAYS_KEY in hours.ts (not imported: that would put hours.ts in this chunk).
  Object.defineProperty(feed, Symbol.for('welcome-widgets.holidays'), { value: holidayCalendar(region) });
}

/** How long validation runs before it pauses: well below the 50 ms of a "long task". */
const SLICE_MS = 8;

/**
 * Says when a slice of validation is over, across lists. Entries differ a thousandfold (a district
 * with its boundary, the first entry of a kind while the engine compiles, an offer), so the clock is
 * read after every entry at first, and less often (up to every 64th) while entries take under 0.1 ms:
 * reading it for every one of 10,000 offers cost a tenth of their validation.
 */
function sliceClock(): () => boolean {
  let start = performance.now();
  let lastRead = start;
  let every = 1;
  let count = 0;
  /** Called after each entry; true when the slice is used up (the next one starts now). */
  return () => {
    if (++count < every) return false;
    count = 0;
    const now = performance.now();
    every = (now - lastRead) / every < 0.1 ? Math.min(64, every * 2) : 1;
    lastRead = now;
    if (now - start < SLICE_MS) return false;
    start = now;
    return true;
  };
}

function* validateList(key: ListKey, value: unknown, origin: Map<object, number>, problems: FeedProblem[], sliceDone: () => boolean): Generator<void, unknown[]> {
  if (value === undefined) {
    problems.push({ path: key, message: 'is missing; treated as empty', severity: 'warning' });
    return [];
  }
  if (!Array.isArray(value)) {
    problems.push({ path: key, message: `must be a list, got ${describe(value)}; ignored`, severity: 'error' });
    return [];
  }
  const entrySchema = entrySchemas[key];
  const kept: unknown[] = [];
  const firstIndex = new Map<string, number>();
  for (let index = 0; index < value.length; index++) {
    if (sliceDone()) yield;
    const entry: unknown = value[index];
    const base = `${key}[${index}]`;
    const before = problems.length;
    const output = validateEntry(entrySchema, entry, base, problems) as { id: string } | undefined;
    if (output && output !== entry) stray(entrySchema, entry, base, problems);
    const first = output && firstIndex.get(output.id);
    if (output && first !== undefined) {
      problems.push({
        path: `${base}.id`,
        message: `duplicate id ${JSON.stringify(output.id)} (first used at ${key}[${first}]); entry dropped`,
        severity: 'error',
      });
    }
    if (problems.length > before) {
      const label = entryLabel(entry);
      if (label) for (let i = before; i < problems.length; i++) problems[i].entry = label;
    }
    if (!output || first !== undefined) continue;
    firstIndex.set(output.id, index);
    origin.set(output, index);
    kept.push(output);
  }
  return kept;
}

/**
 * Parses one entry; on failure removes the smallest droppable values around each issue and
 * tries again. Valid entries (nearly all) cost exactly one parse.
 */
function validateEntry(
  entrySchema: v.GenericSchema,
  entry: unknown,
  base: string,
  problems: FeedProblem[],
  severity: FeedProblem['severity'] = 'error',
  whole = 'entry dropped',
): unknown {
  // Nearly every entry is valid: confirm that without valibot's allocations (see fast-check.ts).
  if (fastCheck(entrySchema)(entry)) return entry;
  let value = entry;
  const repaired: FeedProblem[] = [];
  for (let attempt = 0; attempt <= MAX_REPAIRS; attempt++) {
    const result = v.safeParse(entrySchema, value);
    if (result.success) {
      problems.push(...repaired);
      return result.output;
    }
    const issues = result.issues.flatMap(expandUnion);
    const cuts = issues.map(issue => droppablePrefix(node(entrySchema), pathOf(issue), value));
    if (cuts.some(cut => cut === 0) || attempt === MAX_REPAIRS) {
      problems.push(
        ...repaired,
        ...issues.map(issue => ({
          path: base + formatPath(pathOf(issue)),
          message: `${messageOf(issue)}; ${whole}`,
          severity,
        })),
      );
      return undefined;
    }
    issues.forEach((issue, i) => {
      const path = pathOf(issue);
      repaired.push({
        path: base + formatPath(path),
        message: `${messageOf(issue)}; ${formatPath(path.slice(0, cuts[i])).replace(/^\./, '')} dropped`,
        severity,
      });
    });
    value = remove(value, issues.map((issue, i) => pathOf(issue).slice(0, cuts[i])));
  }
  return undefined;
}

const SECTIONS = ['', 'meta', 'districts', 'categories', 'welcomePoints', 'offers'];

/** Problems in the order of the file, so an editor can work top to bottom. Stable within an entry. */
function sortByPosition(problems: FeedProblem[]): FeedProblem[] {
  const position = (path: string) => {
    const match = /^(\w+)(?:\[(\d+)\])?/.exec(path);
    return [match ? SECTIONS.indexOf(match[1]) : 0, match?.[2] ? Number(match[2]) : -1];
  };
  return problems
    .map((problem, order) => ({ problem, order, at: position(problem.path) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.order - b.order)
    .map(({ problem }) => problem);
}

/** Reports fields valibot would silently strip: usually typos ("adress"). `$…` and `x-…` are extensions. */
function unknownKeys(value: Record<string, unknown>, known: Set<string>, base: string, problems: FeedProblem[]) {
  for (const key in value) {
    if (known.has(key) || key.startsWith('$') || key.startsWith('x-')) continue;
    problems.push({ path: base + formatPath([key]), message: 'is not a field of this format; ignored', severity: 'warning' });
  }
}

/** Unknown fields of an entry, at every depth when the deep check is there (see {@link strayFields}). */
function stray(entrySchema: v.GenericSchema, value: unknown, base: string, problems: FeedProblem[]) {
  if (strayFields) strayFields(node(entrySchema), value, base, problems, key => formatPath([key]));
  else unknownKeys(value as Record<string, unknown>, new Set(Object.keys(node(entrySchema).entries ?? {})), base, problems);
}
