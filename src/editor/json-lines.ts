// SPDX-License-Identifier: EUPL-1.2
const LAST_STEP = /(\.[^.[]+|\[[^\]]*\])$/;

/** The path and its ancestors: `a[1].b` → `a[1].b`, `a[1]`, `a`. */
function ancestors(path: string): string[] {
  const list = [];
  for (let p = path; p; p = p.replace(LAST_STEP, '')) {
    list.push(p);
    if (!LAST_STEP.test(p)) break;
  }
  return list;
}

/**
 * Maps JSON paths as validate.ts writes them (`offers[17].schedule[0].opens`) to line numbers,
 * by walking the text once with a minimal JSON scanner. Only built when there are problems.
 * @param only the paths that will be asked for: the scan then skips every other subtree,
 *   which on a 10,000-offer feed is the difference between a second and a few milliseconds.
 * @example
 * const line = lineIndex(text)('offers[17].schedule[0].opens'); // 4711
 */
export function lineIndex(text: string, only?: readonly string[]): (path: string) => number | undefined {
  let index: Map<string, number> | undefined;
  const wanted = only && new Set(['', ...only.flatMap(ancestors)]);
  return (path: string) => {
    index ??= scan(text, wanted);
    // A dropped key has no line of its own; fall back to the nearest ancestor that has one.
    for (const p of ancestors(path)) if (index.has(p)) return index.get(p);
    return undefined;
  };
}

function scan(text: string, wanted?: Set<string>): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
  const skip = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i)) if (c === 10) line++;
  };
  /** Moves past a string; returns its value only when asked (keys), since parsing every value would double the time. */
  const string = (wanted: boolean): string => {
    const start = i;
    let end = text.indexOf('"', i + 1);
    while (end > 0 && text[end - 1] === '\\') {
      // An even run of backslashes before the quote escapes nothing.
      let run = 0;
      for (let k = end - 1; text[k] === '\\'; k--) run++;
      if (run % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    i = end < 0 ? text.length : end + 1;
    if (!wanted) return '';
    const raw = text.slice(start + 1, i - 1);
    return raw.includes('\\') ? (JSON.parse(text.slice(start, i)) as string) : raw;
  };
  /** Skips a whole value, counting its line breaks. */
  const skipValue = () => {
    let depth = 0;
    for (;;) {
      const c = text[i];
      if (c === undefined) return;
      if (c === '"') string(false);
      else {
        if (c === '\n') line++;
        else if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') {
          if (depth === 0) return;
          depth--;
        } else if (c === ',' && depth === 0) return;
        i++;
        if (depth === 0 && (c === '}' || c === ']')) return;
      }
    }
  };
  const value = (path: string): void => {
    skip();
    lines.set(path, line);
    if (wanted && !wanted.has(path)) {
      skipValue();
      return;
    }
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        const key = string(true);
        skip();
        i++; // :
        value(path + (IDENTIFIER.test(key) ? `${path ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`));
        skip();
        if (text[i++] === '}') return;
      }
    } else if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`);
        skip();
        if (text[i++] === ']') return;
      }
    } else if (c === '"') {
      string(false);
    } else {
      while (i < text.length && !',}] \t\r\n'.includes(text[i])) i++;
    }
  };
  value('');
  return lines;
}

/**
 * "Unexpected token } … at position 57" → "… (line 3, column 12)".
 * @example
 * try { JSON.parse(text) } catch (error) { console.log(describeJsonError(error as Error, text)) }
 */
export function describeJsonError(error: Error, text: string): string {
  const message = error.message.replace(/^JSON\.parse: /, '');
  const position = /position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
