// SPDX-License-Identifier: EUPL-1.2
/**
 * One loader shared by every element on the page: the same feed URL (after resolution against
 * the page) is fetched and validated once, however many elements ask. Failed loads are evicted
 * so a retry really goes to the network again.
 */
import { FeedFormatError, FeedLoadError } from './errors.js';
import type { ValidationResult } from './validate.js';

export { FeedLoadError };
export type { FeedErrorKind } from './errors.js';

export interface LoadOptions {
  /** Lets a caller stop waiting; the shared request goes on for the other callers. */
  signal?: AbortSignal;
  /** Milliseconds before the request counts as timed out. Default 15 000. */
  timeout?: number;
  /**
   * Go to the network, past the browser's HTTP cache (for a retry: a server or proxy may have
   * sent its error page with caching headers, and a retry must not get that copy again).
   */
  reload?: boolean;
}

const cache = new Map<string, Promise<ValidationResult>>();

/** Resolves a feed URL the way the browser would for a link on this page. */
export function resolveFeedUrl(src: string): string {
  return new URL(src, document.baseURI).href;
}

/**
 * Loads and validates a feed, sharing one request per absolute URL.
 * @example
 * const { feed, problems } = await loadFeed('/data/duesseldorf.json');
 */
export function loadFeed(src: string, { signal, timeout = 15000, reload = false }: LoadOptions = {}): Promise<ValidationResult> {
  const url = resolveFeedUrl(src);
  let shared = cache.get(url);
  if (!shared) {
    shared = request(url, timeout, reload);
    cache.set(url, shared);
    shared.catch(error => {
      cache.delete(url);
      // One console message per failed request for the page's developer, from a chunk loaded only then.
      void import('./load-diagnostics.js').then(d => d.logLoadFailure(url, error));
    });
  }
  // Each caller goes on in a task of its own: widgets sharing a feed would otherwise all render in
  // the task that settles it, one long task for the map and the list together (issue #23).
  const own = shared.then(result => import('./validate.js').then(validator => validator.nextTask()).then(() => result));
  return signal ? abortable(own, signal) : own;
}

/** Forgets cached feeds (all, or one URL) so the next load fetches again. */
export function clearFeedCache(src?: string): void {
  if (src === undefined) cache.clear();
  else cache.delete(resolveFeedUrl(src));
}

async function request(url: string, timeout: number, reload: boolean): Promise<ValidationResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  // Start fetching the validator chunk now; it arrives while the feed downloads.
  void import('./validate.js').catch(() => undefined);
  let response: Response;
  try {
    // No cookies or credentials: the feed is public data, and we never track visitors.
    response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
      cache: reload ? 'reload' : 'default',
    });
  } catch (error) {
    if (controller.signal.aborted) throw new FeedLoadError('timeout', `The feed did not answer within ${timeout / 1000} s.`);
    throw new FeedLoadError('offline', `The feed could not be reached (${(error as Error).message}).`);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    throw new FeedLoadError('http', `The feed server answered ${response.status} ${response.statusText}.`.trim(), response.status);
  }
  // Parsed in the validator chunk, which says where a syntax error is (see json-text.ts).
  return parseFeed(await response.text(), url);
}

/**
 * Validates a feed object. The validator (valibot and the schema) is a separate chunk fetched
 * in parallel with the feed itself, so it costs pages no time and the entry bundles stay small.
 * @param source Internal: `json` is the JSON text loaded from this URL.
 */
export async function parseFeed(json: unknown, source?: string): Promise<ValidationResult> {
  const { validateFeedAsync, parseJsonText } = await import('./validate.js');
  try {
    return await validateFeedAsync(source ? parseJsonText(json as string, source) : json);
  } catch (error) {
    if (error instanceof FeedFormatError) throw new FeedLoadError(error.kind, error.message);
    throw error;
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new FeedLoadError('aborted', 'Loading was cancelled.'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new FeedLoadError('aborted', 'Loading was cancelled.'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
