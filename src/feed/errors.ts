// SPDX-License-Identifier: EUPL-1.2
/** Why a feed could not be loaded; each kind gets its own message in the widgets. */
export type FeedErrorKind = 'http' | 'timeout' | 'offline' | 'parse' | 'format' | 'aborted';

export class FeedLoadError extends Error {
  override readonly name = 'FeedLoadError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    /** HTTP status for `kind === 'http'`. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Thrown by validation when nothing usable can be read: not JSON (`parse`), not an object, or not format version 1. */
export class FeedFormatError extends Error {
  override readonly name = 'FeedFormatError';
  constructor(
    message: string,
    readonly kind: 'format' | 'parse' = 'format',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
