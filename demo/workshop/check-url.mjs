// SPDX-License-Identifier: EUPL-1.2
/**
 * Can another website load this feed? A browser answers that only by trying: a CORS request that
 * fails with a TypeError is either a missing Access-Control-Allow-Origin header or no server at
 * all; a second, opaque (no-cors) request tells the two apart.
 * @returns {Promise<{ ok: boolean, key: string, args?: unknown[], note?: [string, unknown[]] }>}
 *   `key` names a text in texts.mjs `cors`.
 */
export async function checkFeedUrl(address, { fetch = globalThis.fetch, pageProtocol = location.protocol, validateFeed } = {}) {
  let url;
  try {
    url = new URL(address.trim());
  } catch {
    return { ok: false, key: 'invalidUrl' };
  }
  if (!['https:', 'http:'].includes(url.protocol)) return { ok: false, key: 'scheme' };
  if (pageProtocol === 'https:' && url.protocol === 'http:') return { ok: false, key: 'mixed' };
  let response;
  try {
    response = await fetch(url, { mode: 'cors', credentials: 'omit', cache: 'no-store' });
  } catch {
    try {
      await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
      return { ok: false, key: 'noCors' };
    } catch {
      return { ok: false, key: 'unreachable' };
    }
  }
  if (!response.ok) return { ok: false, key: 'status', args: [response.status] };
  const type = response.headers.get('content-type') ?? '';
  const note = /json/i.test(type) ? undefined : ['contentType', [type]];
  const text = await response.text();
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, key: 'notJson', args: [error.message], note };
  }
  try {
    const { feed } = validateFeed(data);
    return { ok: true, key: 'ok', args: [feed.welcomePoints.length, feed.offers.length], note };
  } catch (error) {
    return { ok: false, key: 'invalid', args: [error.message], note };
  }
}
