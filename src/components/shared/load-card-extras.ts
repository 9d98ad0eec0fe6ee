// SPDX-License-Identifier: EUPL-1.2
/**
 * Loads the card-extras chunk (`card-extras.ts`) once for all widgets on the page. Until it is
 * there, cards render without those parts (a holiday reads "Closed today" without its name);
 * the caller's `ready` re-renders it once they have arrived.
 */
import { lazyPart } from '../../internal/lazy-part.js';

export type CardExtras = typeof import('./card-extras.js');

/** The extras when loaded; else starts loading them and calls `ready` when they are there. */
export const loadCardExtras: (ready: () => void) => CardExtras | undefined = lazyPart(() => import('./card-extras.js'));
