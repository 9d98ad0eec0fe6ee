// SPDX-License-Identifier: EUPL-1.2
/**
 * Route links to a Welcome Point on a map site the visitor opens themselves: a link only, so no
 * request leaves the page until they tap it. Pure, no DOM.
 */
import type { LatLng, WelcomePoint } from './schema.js';

const ROUTE_TEMPLATES: Record<string, { withLocation: string; addressOnly: string }> = {
  osm: {
    withLocation: 'https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lng}#map=17/{lat}/{lng}',
    addressOnly: 'https://www.openstreetmap.org/search?query={address}',
  },
  google: {
    withLocation: 'https://www.google.com/maps/dir/?api=1&destination={lat}%2C{lng}',
    addressOnly: 'https://www.google.com/maps/dir/?api=1&destination={address}',
  },
  apple: {
    withLocation: 'https://maps.apple.com/?daddr={lat},{lng}&q={address}',
    addressOnly: 'https://maps.apple.com/?daddr={address}',
  },
};

/**
 * The route link for a point on the chosen map site: `osm` (default), `google`, `apple`, or a
 * URL template with `{lat}`, `{lng}` and `{address}` placeholders (http/https only; anything
 * else falls back to OpenStreetMap). Without coordinates, providers search the address.
 * @example
 * routeUrl('https://maps.example.org/route?to={lat},{lng}', point, { lat: 51.2, lng: 6.8 })
 */
export function routeUrl(provider: string, point: WelcomePoint, location: LatLng | undefined): string {
  const address = [point.address.street, `${point.address.postalCode} ${point.address.city}`.trim()].join(', ');
  const preset = ROUTE_TEMPLATES[provider || 'osm'];
  let template = preset ? (location ? preset.withLocation : preset.addressOnly) : provider;
  if (!preset && !location && /\{(lat|lng)\}/.test(template)) template = ROUTE_TEMPLATES.osm.addressOnly;
  const url = template
    .replaceAll('{lat}', location ? String(location.lat) : '')
    .replaceAll('{lng}', location ? String(location.lng) : '')
    .replaceAll('{address}', encodeURIComponent(address));
  return isWebUrl(url) ? url : routeUrl('osm', point, location);
}

/** Only http(s) links leave the widget; `javascript:` and friends in an attribute fall back to the default. */
function isWebUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * The page of one Welcome Point from a URL template with `{id}` (URL-encoded), resolved against
 * `base` (the embedding page); only http(s) pages, anything else gives no link.
 * @example
 * pointPageUrl('/welcome-points/{id}.html', 'wp-nord', 'https://city.example/offers/') // "https://city.example/welcome-points/wp-nord.html"
 */
export function pointPageUrl(template: string | null | undefined, id: string, base: string): string | undefined {
  if (!template) return undefined;
  try {
    const url = new URL(template.replaceAll('{id}', encodeURIComponent(id)), base);
    return ['http:', 'https:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
