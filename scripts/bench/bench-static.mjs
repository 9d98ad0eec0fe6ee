// SPDX-License-Identifier: EUPL-1.2
/**
 * The static edition's line of `npm run bench`: `welcome-feed render` of a feed (all UI
 * languages, with a base URL so QR codes and the sitemap are made) into a temporary folder, beside
 * a baseline from the same run: writing the very same files, which no renderer can beat.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

function write(dir, files) {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** `{ render, write, pages, files }`: milliseconds for parse + validate + render + write, and for the write alone. */
export async function benchStatic(feedText) {
  const { renderSite } = await import('../../dist/static.js');
  const dir = mkdtempSync(join(tmpdir(), 'welcome-bench-static-'));
  try {
    const start = performance.now();
    const result = await renderSite(JSON.parse(feedText), { baseUrl: 'https://example.org/welcome/' });
    write(join(dir, 'a'), result.files);
    const rendered = performance.now() - start;
    const copyStart = performance.now();
    write(join(dir, 'b'), result.files);
    return { render: rendered, write: performance.now() - copyStart, pages: result.pages, files: result.files.size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const { generateFeed } = await import('../test/generate-feed.mjs');
  const r = await benchStatic(JSON.stringify(generateFeed({ offers: 10_000, points: 500, seed: 1 })));
  console.log(`static edition: ${r.pages} pages, ${r.files} files in ${(r.render / 1000).toFixed(1)} s (writing them alone: ${(r.write / 1000).toFixed(1)} s)`);
}
