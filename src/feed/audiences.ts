// SPDX-License-Identifier: EUPL-1.2
/**
 * The audiences an offer can address. Kept apart from `schema.ts` so widgets can list them
 * without pulling the validator (valibot) into their entry bundle.
 */
export const AUDIENCES = [
  'newcomers',
  'refugees',
  'neighbours',
  'landlords',
  'volunteers',
  'partners',
  'families',
  'women',
  'children',
  'youth',
  'seniors',
] as const;
