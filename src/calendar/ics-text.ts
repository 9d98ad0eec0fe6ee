// SPDX-License-Identifier: EUPL-1.2
/** Text in iCalendar files (RFC 5545): escaping TEXT values and folding long lines. */

export const CRLF = '\r\n';

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, c => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Octets of one UTF-16 code unit that is not part of a surrogate pair. */
const utf8Octets = (unit: number) => (unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3);

/** Octets of a string in UTF-8, counted from its UTF-16 code units (no buffer is made). */
function utf8Length(value: string): number {
  let octets = 0;
  for (let i = 0; i < value.length; i++) {
    if (isPairAt(value, i)) {
      // a surrogate pair is one code point of four octets
      octets += 4;
      i++;
    } else octets += utf8Octets(value.charCodeAt(i));
  }
  return octets;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 3.1); the
 * continuation starts with one space. Never splits a multi-byte character, nor a letter from its
 * combining marks (Arabic vowel signs, emoji sequences), which some clients render badly.
 */
export function foldLine(line: string): string {
  // Most lines are short ASCII: no need to encode them to know they fit (a big saving for the
  // static edition, which writes thousands of calendars).
  if (line.length <= 75 && PRINTABLE_ASCII.test(line)) return line;
  if (utf8Length(line) <= 75) return line;
  if (PRINTABLE_ASCII.test(line)) {
    // one octet per character and no combining marks: fold by position
    const parts = [line.slice(0, 75)];
    for (let i = 75; i < line.length; i += 74) parts.push(line.slice(i, i + 74));
    return parts.join(`${CRLF} `);
  }
  // Count octets by code point, and ask the segmenter only where a cut falls: segmenting every
  // character of every long line was most of the time of a big static build.
  const segments = graphemes.segment(line);
  const out: string[] = [];
  let start = 0;
  while (start < line.length) {
    // The first line may hold 75 octets; continuations 74 after their leading space.
    const limit = out.length ? 74 : 75;
    let end = start;
    let octets = 0;
    while (end < line.length) {
      const units = isPairAt(line, end) ? 2 : 1;
      const size = units === 2 ? 4 : utf8Octets(line.charCodeAt(end));
      if (octets + size > limit) break;
      octets += size;
      end += units;
    }
    if (end < line.length) {
      // never split a grapheme: cut before the one the limit falls into (or after it, when that
      // one alone is longer than a line)
      const grapheme = segments.containing(end)!;
      end = grapheme.index > start ? grapheme.index : grapheme.index + grapheme.segment.length;
    }
    out.push(line.slice(start, end));
    start = end;
  }
  return out.join(`${CRLF} `);
}

const isPairAt = (value: string, i: number) => (value.charCodeAt(i) & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
