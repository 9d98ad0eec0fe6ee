// SPDX-License-Identifier: EUPL-1.2
/**
 * Renders a big site's languages side by side, one worker thread per slice of languages, with the
 * main thread taking the first slice. A worker runs this very bundle (`dist/static.js`): the
 * guard at the bottom answers the one task this module gives it and nothing else.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { WelcomeFeed } from '../feed/schema.js';
import { attachHolidays } from '../feed/validate.js';
import type { SiteOptions } from './context.js';
import { renderLanguages } from './render-languages.js';
import type { RenderedPart } from './render-languages.js';

const TASK = 'welcome-feed render: languages';

interface Task {
  task: typeof TASK;
  feed: WelcomeFeed;
  site: SiteOptions;
  langs: string[];
}

/** Pages below which a thread costs more to start (≈ 0.1 s) than it saves. */
const PAGES_PER_THREAD = 400;

/** One thread per core, but only as many as the site has work for. */
export function defaultThreads(feed: WelcomeFeed, site: SiteOptions): number {
  const pages = (feed.welcomePoints.length + feed.districts.length + 1) * site.locales.length;
  return Math.max(1, Math.min(availableParallelism(), Math.floor(pages / PAGES_PER_THREAD)));
}

/** `site.locales` in at most `threads` contiguous slices of nearly equal length, in order. */
export function slices(locales: readonly string[], threads: number): string[][] {
  const count = Math.max(1, Math.min(Math.floor(threads), locales.length));
  return Array.from({ length: count }, (_, i) =>
    locales.slice(Math.floor((i * locales.length) / count), Math.floor(((i + 1) * locales.length) / count)),
  );
}

/** The parts of the site, one per slice of languages, in the order of `site.locales`. */
export async function renderInThreads(feed: WelcomeFeed, site: SiteOptions, threads: number): Promise<RenderedPart[]> {
  const [own, ...others] = slices(site.locales, threads);
  const workers = others.map(langs => inWorker({ task: TASK, feed, site, langs }));
  // The main thread works too; a failure here must not leave workers' rejections unheard.
  const mine = await renderLanguages(feed, site, own).catch(async error => {
    await Promise.allSettled(workers);
    throw error;
  });
  return [mine, ...(await Promise.all(workers))];
}

function inWorker(task: Task): Promise<RenderedPart> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: task });
    let answered = false;
    worker.once('message', (part: RenderedPart) => {
      answered = true;
      resolve(part);
    });
    worker.once('error', reject);
    worker.once('exit', code => {
      if (!answered) reject(new Error(`welcome-feed render: a worker thread for ${task.langs.join(', ')} stopped (exit code ${code})`));
    });
  });
}

// A worker waits for the rest of the bundle to be evaluated: the locale modules come after this one.
if (!isMainThread && (workerData as Task | undefined)?.task === TASK) {
  const { feed, site, langs } = workerData as Task;
  setImmediate(async () => {
    await attachHolidays(feed);
    parentPort!.postMessage(await renderLanguages(feed, site, langs));
  });
}
