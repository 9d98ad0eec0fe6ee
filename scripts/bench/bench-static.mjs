// SPDX-License-Identifier: EUPL-1.2
/**
 * The static edition's lines of `npm run bench`: `welcome-feed render` of a feed (all UI
 * languages, with a base URL so QR codes and the sitemap are made): parsing, validating and
 * rendering every file in memory (in threads, as the command does), and beside it writing those
 * files into a temporary folder with the command's writer. The goal is for the rendering; the
 * writing is this machine's disk (on the shared VM it takes 1 to 6 s for the same files, from run
 * to run) and is printed beside it, so the sum is there too. Wall and CPU time both: on a shared
 * machine the wall time also counts the neighbours, the CPU time only our own work (all threads).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSite } from '../../bin/lib/write-site.mjs';

const POINT_PAGE = /^[^/]+\/points\/[^/]+\/index\.html$/;

/** Runs `work`; resolves with its wall and CPU (user + system) milliseconds. */
async function timed(work) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

/**
 * `{ render, write, pages, files, largestPointPage }`: wall/CPU milliseconds for parse + validate
 * + render, and for writing the files; the largest point page in gzipped bytes.
 */
export async function benchStatic(feedText) {
  const { renderSite } = await import('../../dist/static.js');
  const dir = mkdtempSync(join(tmpdir(), 'welcome-bench-static-'));
  try {
    let result;
    const render = await timed(async () => {
      result = await renderSite(JSON.parse(feedText), { baseUrl: 'https://example.org/welcome/' });
    });
    const write = await timed(() => writeSite(join(dir, 'site'), result.files));
    let largestPointPage = 0;
    for (const [path, content] of result.files) {
      if (POINT_PAGE.test(path)) largestPointPage = Math.max(largestPointPage, gzipSync(content, { level: 9 }).length);
    }
    return { render, write, pages: result.pages, files: result.files.size, largestPointPage };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = ms => `${(ms / 1000).toFixed(1)} s`;
/** "12.3 s (CPU 8.1 s)" */
export const wallAndCpu = time => `${seconds(time.wall)} (CPU ${seconds(time.cpu)})`;

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const { generateFeed } = await import('../test/generate-feed.mjs');
  const r = await benchStatic(JSON.stringify(generateFeed({ offers: 10_000, points: 500, seed: 1 })));
  console.log(`static edition: ${r.pages} pages, ${r.files} files rendered in ${wallAndCpu(r.render)} | writing them: ${wallAndCpu(r.write)} | largest point page ${(r.largestPointPage / 1024).toFixed(1)} KB gzipped`);
}
