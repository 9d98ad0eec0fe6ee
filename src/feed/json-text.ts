// SPDX-License-Identifier: EUPL-1.2
/**
 * JSON parsing with a position a person can use. Engines describe a syntax error differently:
 * V8 says "at position 57" (newer versions add "line 3 column 12"), Firefox "at line 3 column 12";
 * both become "line 3, column 12" here, so editors find the stray comma. JavaScriptCore gives no
 * position; its message is passed on as it is.
 */
import { FeedFormatError } from './errors.js';

/** Where a JSON text broke, 1-based; absent when the engine does not say. */
export interface JsonPosition {
  line: number;
  column: number;
}

/** The line and column of a `JSON.parse` error in `text`, if the engine's message gives one. */
export function jsonErrorPosition(error: unknown, text: string): JsonPosition | undefined {
  const message = String((error as Error)?.message ?? '');
  const lineColumn = /line (\d+),? column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

/**
 * `JSON.parse`, throwing a {@link FeedFormatError} of kind `parse` whose message ends with
 * "(line L, column C)" when the engine says where. With `source` (the feed's URL), the error
 * is also logged: the visitor sees a short message, the web developer needs the place.
 * @example
 * parseJsonText('{"a": 1,}') // FeedFormatError: The feed is not valid JSON: … (line 1, column 9)
 */
export function parseJsonText(text: string, source?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = String((error as Error).message).replace(/^JSON\.parse: /, '');
    const at = jsonErrorPosition(error, text);
    const message = `The feed is not valid JSON: ${detail}${at && !/line \d+/.test(detail) ? ` (line ${at.line}, column ${at.column})` : ''}`;
    if (source) console.error(`welcome-widgets: ${source}: ${message}`);
    throw new FeedFormatError(message, 'parse', { cause: error });
  }
}
