// SPDX-License-Identifier: EUPL-1.2
/**
 * Can partner sites use these addresses? The configurator asks before it hands out a snippet:
 * a feed or bundle without `Access-Control-Allow-Origin` works on the city's own pages and
 * nowhere else (module scripts and fetch() both read cross-origin only with CORS), and visitors
 * of partner pages would only see an error.
 */

/** The one header the city's server must send, on the feed and on the bundle (docs/embedding/hosting.md). */
export const CORS_HEADER = 'Access-Control-Allow-Origin: *';

/**
 * Fetches `url` as a partner page would and says whether other sites may read it.
 * @returns {Promise<{ state: 'ok' | 'same-origin-only' | 'cors' | 'http' | 'unreachable', status?: number, response?: Response }>}
 */
async function checkReadable(url, accept) {
  const target = new URL(url, location.href);
  let response;
  try {
    response = await fetch(target, { credentials: 'omit', headers: { accept }, cache: 'no-store' });
  } catch {
    return { state: (await answersOpaquely(target)) ? 'cors' : 'unreachable' };
  }
  if (!response.ok) return { state: 'http', status: response.status };
  // Cross-origin, a readable response proves CORS. Same-origin, every header is visible: the
  // file must still carry the header, or partner sites (other origins) cannot read it.
  const sameOrigin = target.origin === location.origin;
  const allowed = response.headers.get('access-control-allow-origin');
  return { state: sameOrigin && allowed !== '*' ? 'same-origin-only' : 'ok', response };
}

/** @returns {Promise<{ state: string, status?: number, feed?: any }>} plus 'invalid' when it is not a v1 feed */
export async function checkFeed(url) {
  const { response, ...result } = await checkReadable(url, 'application/json');
  if (!response) return result;
  let feed;
  try {
    feed = await response.json();
  } catch {
    return { state: 'invalid' };
  }
  if (!feed || typeof feed !== 'object' || feed.version !== 1) return { state: 'invalid' };
  return { ...result, feed };
}

/** @returns {Promise<{ state: string, status?: number }>} */
export async function checkBundle(url) {
  const { state, status } = await checkReadable(url, '*/*');
  return { state, status };
}

async function answersOpaquely(target) {
  try {
    await fetch(target, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}
