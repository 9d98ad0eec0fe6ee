// SPDX-License-Identifier: EUPL-1.2
/** What every welcome-feed command shares: loading dist/, reading feeds, writing without half-written files. */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

/** A problem with how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}
/** Nothing can be done (unreadable input, missing build): printed without a stack trace, exit code 2. */
export class FatalError extends Error {}

/**
 * node:util parseArgs, with unknown options and missing values as UsageError.
 * @returns {{ values: Record<string, any>, positionals: string[] }}
 */
export function parse(args, options) {
  try {
    return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
}

/** Imports a bundle from dist/ (built by `npm run build`). */
export async function loadDist(name) {
  try {
    return await import(new URL(`../../dist/${name}`, import.meta.url).href);
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new FatalError(`dist/${name} is missing. In a checkout of the repository, run "npm run build" first.`);
  }
}

export async function readInput(path, encoding) {
  try {
    return await readFile(path, encoding);
  } catch (error) {
    const reason = { ENOENT: 'no such file', EISDIR: 'is a folder, not a file', EACCES: 'permission denied' }[error.code] ?? error.message;
    throw new FatalError(`cannot read ${path}: ${reason}`);
  }
}

/** How long a feed URL may take to answer. */
const TIMEOUT_MS = 20_000;

/** The text of a feed given as a file path or an http(s) URL; errors are the caller's to word. */
export async function readSource(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    return response.text();
  }
  return readFile(source, 'utf8');
}

/**
 * Reads and validates a feed JSON file. JSON syntax errors are fatal, with line and column.
 * @returns {Promise<{ text: string, raw: unknown, feed: object, problems: object[] }>}
 */
export async function readFeed(path) {
  const { text, raw } = await readJson(path);
  const { validateFeed, FeedFormatError } = await loadDist('feed.js');
  try {
    return { text, raw, ...validateFeed(raw) };
  } catch (error) {
    if (error instanceof FeedFormatError) throw new FatalError(`${path}: ${error.message}`);
    throw error;
  }
}

/** Reads a JSON file; a syntax error is fatal, with line and column. */
export async function readJson(path) {
  const text = await readInput(path, 'utf8');
  let raw;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const { describeJsonError } = await loadDist('editor.js');
    throw new FatalError(`${path} is not valid JSON: ${describeJsonError(error, text)}`);
  }
  return { text, raw };
}

/**
 * Writes files so that none is ever half-written: each goes to a temporary name in the target
 * folder first, and only when all are written are they renamed into place.
 * @param {Map<string, string | Uint8Array>} files paths → contents
 */
export async function writeAll(files) {
  const suffix = `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const written = [];
  try {
    for (const [path, content] of files) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path + suffix, content);
      written.push(path);
    }
  } catch (error) {
    await Promise.all(written.map(path => rm(path + suffix, { force: true })));
    throw new FatalError(`cannot write ${basename(written.length < files.size ? [...files.keys()][written.length] : '')}: ${error.message}`);
  }
  for (const path of written) await rename(path + suffix, path);
}

export { join };

/** Colours for a terminal, none for pipes and NO_COLOR. */
export function painter(stream = process.stdout) {
  const color = stream.isTTY && !process.env.NO_COLOR;
  return (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
}

export const plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
