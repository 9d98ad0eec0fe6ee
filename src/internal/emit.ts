// SPDX-License-Identifier: EUPL-1.2
/**
 * Dispatches one of our public events with the contract every widget keeps: it bubbles and
 * crosses shadow roots (composed), and its detail type is checked against
 * `GlobalEventHandlersEventMap`, so a wrong detail fails to compile.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  host: HTMLElement,
  name: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
