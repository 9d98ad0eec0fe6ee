// SPDX-License-Identifier: EUPL-1.2
/**
 * Can another website load this feed? The reachability and CORS part is the configurator's
 * (configurator/feed-check.mjs); this adds what an editor needs on top: a plain address check,
 * the https page / http feed trap, and whether the file is a valid Welcome feed.
 * @returns {Promise<{ ok: boolean, key: string, args?: unknown[] }>} `key` names a text in texts.mjs `cors`.
 */
import { checkFeed } from '../configurator/feed-check.mjs';

export async function checkFeedUrl(address, { pageProtocol = location.protocol, validateFeed } = {}) {
  let url;
  try {
    url = new URL(address.trim());
  } catch {
    return { ok: false, key: 'invalidUrl' };
  }
  if (!['https:', 'http:'].includes(url.protocol)) return { ok: false, key: 'scheme' };
  if (pageProtocol === 'https:' && url.protocol === 'http:') return { ok: false, key: 'mixed' };
  const result = await checkFeed(url.href);
  switch (result.state) {
    case 'ok':
    case 'same-origin-only': {
      try {
        const { feed } = validateFeed(result.feed);
        const counts = [feed.welcomePoints.length, feed.offers.length];
        return result.state === 'ok' ? { ok: true, key: 'ok', args: counts } : { ok: false, key: 'sameOriginOnly', args: counts };
      } catch (error) {
        return { ok: false, key: 'invalid', args: [error.message] };
      }
    }
    case 'cors':
      return { ok: false, key: 'noCors' };
    case 'http':
      return { ok: false, key: 'status', args: [result.status] };
    case 'invalid':
      return { ok: false, key: 'notFeed' };
    default:
      return { ok: false, key: 'unreachable' };
  }
}
