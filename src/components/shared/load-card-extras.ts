// SPDX-License-Identifier: EUPL-1.2
/**
 * Loads the card-extras chunk (`card-extras.ts`) once for all widgets on the page. Until it is
 * there, cards render without those parts (a holiday reads "Closed today" without its name);
 * `ready` re-renders the caller once it has arrived.
 */
export type CardExtras = typeof import('./card-extras.js');

let extras: CardExtras | undefined;
let loading: Promise<unknown> | undefined;

/** The extras when loaded; else starts loading them and calls `ready` when they are there. */
export function loadCardExtras(ready: () => void): CardExtras | undefined {
  if (!extras) {
    loading ??= import('./card-extras.js').then(module => (extras = module), () => undefined);
    void loading.then(ready);
  }
  return extras;
}
