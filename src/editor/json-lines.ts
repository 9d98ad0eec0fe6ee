// SPDX-License-Identifier: EUPL-1.2
/**
 * Maps JSON paths as validate.ts writes them (`offers[17].schedule[0].opens`) to line numbers,
 * by walking the text once with a minimal JSON scanner. Only built when there are problems.
 */
export function lineIndex(text: string): (path: string) => number | undefined {
  let index: Map<string, number> | undefined;
  return (path: string) => {
    index ??= scan(text);
    // A dropped key has no line of its own; fall back to the nearest ancestor that has one.
    for (let p = path; p; p = p.replace(/(\.[^.[]+|\[[^\]]*\])$/, '')) {
      if (index.has(p)) return index.get(p);
      if (!/(\.[^.[]+|\[[^\]]*\])$/.test(p)) break;
    }
    return undefined;
  };
}

function scan(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
  const skip = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) if (text[i++] === '\n') line++;
  };
  const string = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    lines.set(path, line);
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
        const key = string();
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
      string();
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
