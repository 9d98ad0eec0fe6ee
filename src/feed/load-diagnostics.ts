// SPDX-License-Identifier: EUPL-1.2
/**
 * For the page's developer: when a feed fails to load, one console message with the URL, the
 * cause and the fix. Loaded only after a failure (see load.ts), so it costs working pages nothing.
 * The visitor sees the widget's own plain message; this one names headers and file positions.
 */
import { FeedLoadError } from './errors.js';

/** What went wrong and what to change, in the words a web developer searches for. */
export interface FeedDiagnosis {
  cause: string;
  fix: string;
}

const CORS_HEADER = 'Access-Control-Allow-Origin: *';

/** Works out why `url` failed and logs it once. Never throws: diagnostics must not break a page. */
export async function logLoadFailure(url: string, error: unknown): Promise<void> {
  if (error instanceof FeedLoadError && error.kind === 'aborted') return;
  let diagnosis: FeedDiagnosis;
  try {
    diagnosis = await diagnose(url, error);
  } catch {
    diagnosis = { cause: String((error as Error)?.message ?? error), fix: 'Open the feed URL in the browser to see what the server sends.' };
  }
  console.error(`welcome-widgets: the feed ${url} could not be loaded.\nCause: ${diagnosis.cause}\nFix: ${diagnosis.fix}`);
}

export async function diagnose(url: string, error: unknown): Promise<FeedDiagnosis> {
  const message = String((error as Error)?.message ?? error);
  const kind = error instanceof FeedLoadError ? error.kind : 'unknown';
  switch (kind) {
    case 'http':
      return httpDiagnosis((error as FeedLoadError).status ?? 0, message);
    case 'parse':
      return { cause: await jsonSyntaxError(url), fix: 'Correct the JSON at that position, then check the whole file with `npx -p welcome-widgets welcome-feed validate <file or URL>`.' };
    case 'format':
      return { cause: message, fix: 'Publish the feed in format version 1 (docs/feed.md), or check that `src` points to a Welcome feed and not to another JSON file.' };
    case 'timeout':
      return { cause: message, fix: 'Check that the server answers quickly (compression on, no slow redirect chain); the widgets retry when the visitor asks.' };
    case 'offline':
      return unreachableDiagnosis(url, message);
    default:
      return { cause: message, fix: 'Open the feed URL in the browser to see what the server sends.' };
  }
}

function httpDiagnosis(status: number, message: string): FeedDiagnosis {
  if (status === 404 || status === 410) {
    return { cause: `${message} There is no file at this address.`, fix: 'Check the `src` attribute: the URL must point to the feed file itself (e.g. …/welcome-points.json), with the exact spelling and case.' };
  }
  if (status === 401 || status === 403) {
    return { cause: `${message} The server refuses access.`, fix: 'The feed must be public: no login, no IP restriction, no cookie. The widgets send no credentials.' };
  }
  return { cause: message, fix: 'The server failed to deliver the file; check its error log. The widgets retry when the visitor asks.' };
}

/** The browser's TypeError says nothing; a second, opaque request tells CORS from "unreachable". */
async function unreachableDiagnosis(url: string, message: string): Promise<FeedDiagnosis> {
  if (!navigator.onLine) return { cause: 'The browser is offline.', fix: 'None needed on the page: the widget loads when the visitor is online again.' };
  const target = new URL(url);
  if (location.protocol === 'https:' && target.protocol === 'http:') {
    return { cause: 'The page is HTTPS but the feed URL is HTTP; browsers block this mixed content.', fix: `Serve the feed over HTTPS and write src="${url.replace(/^http:/, 'https:')}".` };
  }
  const crossOrigin = target.origin !== location.origin;
  if (crossOrigin && (await answersWithoutCors(url))) {
    return {
      cause: `The server at ${target.origin} answered, but without permission for other sites to read the feed (CORS). This page is on ${location.origin}.`,
      fix: `Add this HTTP response header to the feed: ${CORS_HEADER} (the feed is public and the widgets send no cookies, so no other CORS header is needed).`,
    };
  }
  return {
    cause: `No answer from ${target.origin} (${message}).`,
    fix: `Check the host name and that the server is running. If the page sends a Content-Security-Policy, its connect-src must allow ${target.origin}.`,
  };
}

async function answersWithoutCors(url: string): Promise<boolean> {
  try {
    // An opaque response is enough: it proves the server answered, so CORS blocked the real request.
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/** Fetches the feed again (usually from the HTTP cache) to point at the first syntax error. */
async function jsonSyntaxError(url: string): Promise<string> {
  const text = await (await fetch(url, { credentials: 'omit' })).text();
  try {
    JSON.parse(text);
    return 'The feed was not valid JSON when loaded (it is now: it may have been changing while the page loaded).';
  } catch (error) {
    const where = syntaxErrorPosition(text, (error as Error).message);
    const start = text.trimStart().slice(0, 1);
    const hint = start === '<' ? ' The server sent HTML (an error or login page?), not the feed.' : '';
    return `JSON syntax error${where ? ` at line ${where.line}, column ${where.column}` : ''}: ${(error as Error).message}.${hint}`;
  }
}

/**
 * Line and column (1-based) of a JSON.parse error, from the engine's message: Chromium and Node
 * give "position N" (newer ones also "line L column C"), Firefox "at line L column C". WebKit
 * gives no position; then the CLI (`welcome-feed validate`) reports it.
 */
export function syntaxErrorPosition(text: string, message: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
