// SPDX-License-Identifier: EUPL-1.2
/**
 * Keeps a widget's filters and selection in the page URL (`sync-url`), namespaced so two widgets
 * and the host page's own parameters never collide: `?wf.district=7&wf.q=arabic`.
 * Each user action pushes a history entry, so a shared link restores the state and Back undoes it.
 */
export type UrlState = Record<string, string>;

function prefix(namespace: string) {
  return `${namespace}.`;
}

/** The widget's parameters from the current URL, without the namespace. */
export function readUrlState(namespace: string): UrlState {
  const state: UrlState = {};
  const pre = prefix(namespace);
  for (const [key, value] of new URLSearchParams(location.search)) {
    if (key.startsWith(pre)) state[key.slice(pre.length)] = value;
  }
  return state;
}

/** Writes the widget's parameters; empty values are removed. Returns whether the URL changed. */
export function writeUrlState(namespace: string, state: UrlState, mode: 'push' | 'replace' = 'push'): boolean {
  const url = new URL(location.href);
  const pre = prefix(namespace);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(pre)) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(state)) if (value) url.searchParams.set(pre + key, value);
  if (url.href === location.href) return false;
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
  return true;
}
