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

/**
 * The widget's parameters from the current URL, without the namespace. `-` (written for "the
 * visitor cleared what the page preset") reads as an empty value, so every widget of a group
 * understands what another wrote; a missing key stays missing (the preset holds).
 */
export function readUrlState(namespace: string): UrlState {
  const state: UrlState = {};
  const pre = prefix(namespace);
  for (const [key, value] of new URLSearchParams(location.search)) {
    if (key.startsWith(pre)) state[key.slice(pre.length)] = value === '-' ? '' : value;
  }
  return state;
}

/**
 * Writes the widget's parameters; empty values are removed. Only the keys in `state` change: the
 * widgets of one group share the namespace (a map writes `district`, the list beside it `q`), and
 * one must not wipe what another wrote. Returns whether the URL changed.
 */
export function writeUrlState(namespace: string, state: UrlState, mode: 'push' | 'replace' = 'push'): boolean {
  const url = new URL(location.href);
  const pre = prefix(namespace);
  for (const [key, value] of Object.entries(state)) {
    if (value) url.searchParams.set(pre + key, value);
    else url.searchParams.delete(pre + key);
  }
  if (url.href === location.href) return false;
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
  return true;
}
