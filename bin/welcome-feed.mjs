#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * welcome-feed — checks a Welcome feed before it is published.
 *
 *   welcome-feed validate <file-or-URL> [--json] [--strict]
 *   welcome-feed render <file-or-URL> --out <dir> [--base-url <URL>] [--lang de,en,…]  (bin/render.mjs)
 *
 * Prints every problem with its JSON path and line, then a summary ("0 problems").
 * Exit codes: 0 valid (warnings allowed), 1 errors in the feed or feed unreadable
 * (also warnings with --strict), 2 wrong usage. Uses the same validator as the widgets
 * (dist/feed.js), so what passes here loads in the browser without problems.
 */
import { readFile } from 'node:fs/promises';

const USAGE = `Usage: welcome-feed validate <file-or-URL> [--json] [--strict]

Checks a Welcome feed (format version 1) and prints every problem with its JSON path.
  --json     print the result as JSON (for scripts and CI)
  --strict   treat warnings as errors
Exit code: 0 valid, 1 errors (or unreadable feed), 2 wrong usage.

Also: welcome-feed render --help (writes the static edition of a feed).`;

const TIMEOUT_MS = 20_000;

async function main(argv) {
  if (argv[0] === 'render') return (await import('./render.mjs')).render(argv.slice(1));
  const flags = new Set(argv.filter(arg => arg.startsWith('--')));
  const [command, source, ...extra] = argv.filter(arg => !arg.startsWith('--'));
  if (flags.has('--help') || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const unknown = [...flags].filter(flag => !['--json', '--strict'].includes(flag));
  if (command !== 'validate' || !source || extra.length || unknown.length) {
    console.error(unknown.length ? `Unknown option ${unknown[0]}.\n\n${USAGE}` : USAGE);
    return 2;
  }
  const json = flags.has('--json');
  const report = await check(source);
  const errors = report.problems.filter(p => p.severity === 'error').length + (report.fatal ? 1 : 0);
  const warnings = report.problems.filter(p => p.severity === 'warning').length;
  const failed = errors > 0 || (flags.has('--strict') && warnings > 0);
  if (json) {
    console.log(JSON.stringify({ source, valid: !failed, errors, warnings, ...report }, null, 2));
  } else {
    print(source, report, errors, warnings);
  }
  return failed ? 1 : 0;
}

/** Reads, parses and validates; never throws for problems with the feed itself. */
async function check(source) {
  let text;
  try {
    text = await read(source);
  } catch (error) {
    return { fatal: `cannot read the feed: ${error.message}`, problems: [] };
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { fatal: `not valid JSON: ${describeJsonError(error, text)}`, problems: [] };
  }
  const feedModule = await loadValidator();
  let result;
  try {
    result = feedModule.validateFeed(data);
  } catch (error) {
    if (error instanceof feedModule.FeedFormatError) return { fatal: error.message, problems: [] };
    throw error;
  }
  const lines = lineIndex(text);
  const { feed } = result;
  return {
    counts: {
      districts: feed.districts.length,
      categories: feed.categories.length,
      welcomePoints: feed.welcomePoints.length,
      offers: feed.offers.length,
    },
    problems: result.problems.map(problem => ({ ...problem, line: lines(problem.path) })),
  };
}

async function read(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    return response.text();
  }
  return readFile(source, 'utf8');
}

async function loadValidator() {
  try {
    return await import(new URL('../dist/feed.js', import.meta.url).href);
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error('welcome-feed: dist/feed.js is missing. In a checkout of the repository, run "npm run build" first.');
    process.exit(2);
  }
}

function print(source, report, errors, warnings) {
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  if (report.fatal) {
    console.log(`${paint(31, 'error')}   ${source}: ${report.fatal}`);
    console.log(`\n${source}: the feed cannot be used (1 error)`);
    return;
  }
  for (const { severity, path, message, line } of report.problems) {
    const label = severity === 'error' ? paint(31, 'error  ') : paint(33, 'warning');
    console.log(`${label} ${path}${line ? paint(2, ` (line ${line})`) : ''}: ${message}`);
  }
  const { welcomePoints, offers, districts, categories } = report.counts;
  const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const total = errors + warnings;
  const summary =
    total === 0
      ? '0 problems'
      : `${count(total, 'problem')} (${count(errors, 'error')}, ${count(warnings, 'warning')})`;
  const kept = [count(welcomePoints, 'Welcome Point'), count(offers, 'offer'), count(districts, 'district'), count(categories, 'category').replace(/ys$/, 'ies')];
  console.log(`${report.problems.length ? '\n' : ''}${source}: ${summary} — ${kept.join(', ')} after validation`);
}

/** "Unexpected token } … at position 57" → "… (line 3, column 12)". */
function describeJsonError(error, text) {
  const message = error.message.replace(/^JSON\.parse: /, '');
  const position = /position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/**
 * Maps JSON paths as validate.ts writes them (`offers[17].schedule[0].opens`) to line numbers,
 * by walking the text once with a minimal JSON scanner. Only built when there are problems.
 */
function lineIndex(text) {
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

main(process.argv.slice(2)).then(
  code => process.exit(code),
  error => {
    console.error(error);
    process.exit(1);
  },
);
