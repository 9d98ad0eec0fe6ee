// SPDX-License-Identifier: EUPL-1.2
/**
 * Maps JSON paths as validate.ts writes them (`offers[17].schedule[0].opens`) to line numbers,
 * by walking the text once with a minimal JSON scanner. Only built when there are problems.
 */
export function lineIndex(text) {
  let index;
  return path => {
    index ??= scan(text);
    // A dropped key has no line of its own; fall back to the nearest ancestor that has one.
    for (let p = path; p; p = p.replace(/(\.[^.[]+|\[[^\]]*\])$/, '')) {
      if (index.has(p)) return index.get(p);
      if (!/(\.[^.[]+|\[[^\]]*\])$/.test(p)) break;
    }
    return undefined;
  };
}

function scan(text) {
  const lines = new Map();
  let i = 0;
  let line = 1;
  const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
  const skip = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) if (text[i++] === '\n') line++;
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const value = path => {
    skip();
    lines.set(path, line);
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') return i++;
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
      if (text[i] === ']') return i++;
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

