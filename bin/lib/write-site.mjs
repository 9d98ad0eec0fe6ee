// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes a rendered site (`Map<relative path, contents>`) below a folder. Thousands of small
 * files: one `mkdir` per folder instead of per file, and a bounded number of writes in flight, so
 * the disk stays busy while no more file handles are open than the system allows.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';

/** Writes in flight at once: enough to overlap disk latency, far below any open-file limit. */
const CONCURRENCY = 16;

/** Writes `files` below `out` (an absolute folder); a path that would leave `out` throws before anything is written. */
export async function writeSite(out, files) {
  const targets = [...files.keys()].map(path => {
    const target = join(out, path);
    if (!target.startsWith(out + sep)) throw new Error(`refusing to write outside ${out}: ${path}`);
    return [target, files.get(path)];
  });
  // Parents before children, each once: `recursive` makes the order of siblings irrelevant.
  for (const folder of new Set(targets.map(([target]) => dirname(target)))) await mkdir(folder, { recursive: true });
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const [target, content] = targets[next++];
      await writeFile(target, content);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, targets.length) }, worker));
}
