// SPDX-License-Identifier: EUPL-1.2
/**
 * Can partner sites read this feed? The configurator asks before it hands out a snippet, because
 * a feed without `Access-Control-Allow-Origin` works on the city's own pages and nowhere else,
 * and visitors of partner pages would only see an error.
 */

/** The one header the feed's server must send (docs/embedding/hosting.md). */
export const CORS_HEADER = 'Access-Control-Allow-Origin: *';

/**
 * @returns {Promise<{ state: 'ok' | 'same-origin-only' | 'cors' | 'http' | 'unreachable' | 'invalid',
 *   status?: number, feed?: any }>}
 */
export async function checkFeed(url) {
  const target = new URL(url, location.href);
  let response;
  try {
    response = await fetch(target, { credentials: 'omit', headers: { accept: 'application/json' }, cache: 'no-store' });
  } catch {
    return { state: (await answersOpaquely(target)) ? 'cors' : 'unreachable' };
  }
  if (!response.ok) return { state: 'http', status: response.status };
  let feed;
  try {
    feed = await response.json();
  } catch {
    return { state: 'invalid' };
  }
  if (!feed || typeof feed !== 'object' || feed.version !== 1) return { state: 'invalid' };
  // Cross-origin, a readable response proves CORS. Same-origin, every header is visible: the
  // feed must still carry the header, or partner sites (other origins) cannot read it.
  const sameOrigin = target.origin === location.origin;
  const allowed = response.headers.get('access-control-allow-origin');
  return { state: sameOrigin && allowed !== '*' ? 'same-origin-only' : 'ok', feed };
}

async function answersOpaquely(target) {
  try {
    await fetch(target, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}
