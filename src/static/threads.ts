// SPDX-License-Identifier: EUPL-1.2
/**
 * Renders a big site's languages side by side: the main thread and one worker thread per further
 * core each take the next language from a shared counter as soon as they are free (languages
 * differ in cost, and a thread's first one is slower). A worker runs this very bundle
 * (`dist/static.js`): the guard at the bottom answers the one task this module gives it.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { WelcomeFeed } from '../feed/schema.js';
import { attachHolidays } from '../feed/validate.js';
import type { SiteOptions } from './context.js';
import { renderLanguages } from './render-languages.js';
import type { RenderedLanguage } from './render-languages.js';

const TASK = 'welcome-feed render: languages';

interface Task {
  task: typeof TASK;
  feed: WelcomeFeed;
  site: SiteOptions;
  /** The next unclaimed index into `site.locales`, shared by all threads. */
  next: Int32Array;
}

/** Pages below which a thread costs more to start (≈ 0.1 s) than it saves. */
const PAGES_PER_THREAD = 400;

/** One thread per core, but only as many as the site has work for. */
export function defaultThreads(feed: WelcomeFeed, site: SiteOptions): number {
  const pages = (feed.welcomePoints.length + feed.districts.length + 1) * site.locales.length;
  return Math.max(1, Math.min(availableParallelism(), Math.floor(pages / PAGES_PER_THREAD)));
}

/** Every language of `site`, in the order of `site.locales`, rendered by up to `threads` threads. */
export async function renderInThreads(feed: WelcomeFeed, site: SiteOptions, threads: number): Promise<RenderedLanguage[]> {
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const workerCount = Math.max(0, Math.min(Math.floor(threads), site.locales.length) - 1);
  const workers = Array.from({ length: workerCount }, () => inWorker({ task: TASK, feed, site, next }));
  // The main thread works too; a failure here must not leave workers' rejections unheard.
  const mine = await renderLanguages(feed, site, claimer(next, site)).catch(async error => {
    await Promise.allSettled(workers);
    throw error;
  });
  const theirs = await Promise.all(workers);
  return [...mine, ...theirs.flat()].sort((a, b) => a.index - b.index);
}

/** Hands out the indexes of `site.locales` once each, across threads. */
function claimer(next: Int32Array, site: SiteOptions): () => number {
  return () => {
    const index = Atomics.add(next, 0, 1);
    return index < site.locales.length ? index : -1;
  };
}

function inWorker(task: Task): Promise<RenderedLanguage[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: task });
    let answered = false;
    worker.once('message', (parts: RenderedLanguage[]) => {
      answered = true;
      resolve(parts);
    });
    worker.once('error', reject);
    worker.once('exit', code => {
      if (!answered) reject(new Error(`welcome-feed render: a worker thread stopped (exit code ${code}) before it was done`));
    });
  });
}

// A worker waits for the rest of the bundle to be evaluated: the locale modules come after this one.
if (!isMainThread && (workerData as Task | undefined)?.task === TASK) {
  const { feed, site, next } = workerData as Task;
  setImmediate(() => {
    // A feed copied into a thread loses its holidays (a function); they are attached again. A
    // failure stays unhandled on purpose: it ends the worker, and the main thread reports it.
    void attachHolidays(feed)
      .then(() => renderLanguages(feed, site, claimer(next, site)))
      .then(parts => parentPort!.postMessage(parts));
  });
}
