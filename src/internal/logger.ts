// SPDX-License-Identifier: EUPL-1.2
const said = new Set<string>();

/**
 * Warns once per element kind and message, prefixed with the tag name, so a page with ten
 * widgets on one broken feed logs the feed's problems once, not ten times.
 */
export function warnOnce(host: Element, message: string): void {
  const text = `welcome-widgets <${host.localName}>: ${message}`;
  if (said.has(text)) return;
  said.add(text);
  console.warn(text);
}

/** An old attribute or property name was used: says once per element kind what to use instead. */
export function warnDeprecated(host: Element, old: string, replacement: string): void {
  warnOnce(host, `"${old}" is deprecated and will be removed; use "${replacement}" instead.`);
}
