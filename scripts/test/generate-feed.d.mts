// SPDX-License-Identifier: EUPL-1.2
/** Types for the seeded feed generator, so TypeScript tests can import it. */
export interface GenerateOptions {
  points?: number;
  offers?: number;
  seed?: number;
  districts?: number;
}
/** A valid feed of the requested size, byte-identical for the same options. */
export function generateFeed(options?: GenerateOptions): Record<string, unknown>;

/** A seeded pseudo-random generator (mulberry32) returning numbers in [0, 1). */
export function random(seed: number): () => number;
