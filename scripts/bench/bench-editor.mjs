#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * The editors' toolkit on the 10,000-offer / 500-point feed (scripts/test/generate-feed.mjs, seed 1):
 * `welcome-feed export --format csv`, `import` and `lint`, each run as the command an editor
 * types (node start-up included), best of 3, against the issue's goals (≤ 3 s, ≤ 3 s, ≤ 2 s).
 * The baseline, measured in the same run, is JSON.parse + JSON.stringify of the same feed.
 *
 *   npm run bench:editor      # this table alone (needs npm run build)
 *   npm run bench             # also part of the full table
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFeed } from '../test/generate-feed.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 3;

function best(runs, action) {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    action();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

function cli(...args) {
  const result = spawnSync(process.execPath, ['bin/welcome-feed.mjs', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (result.status === 2 || result.error) throw new Error(`welcome-feed ${args[0]}: ${result.stderr || result.error}`);
}

/** @returns {{ what: string, ours: string, reference: string, goal: string, met: boolean }[]} */
export function benchEditor({ offers = 10_000, points = 500 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-editor-'));
  try {
    const text = JSON.stringify(generateFeed({ offers, points, seed: 1 }));
    const feedFile = join(dir, 'feed.json');
    writeFileSync(feedFile, text);
    const baseline = best(RUNS, () => JSON.stringify(JSON.parse(text)));
    const ms = value => `${Math.round(value)} ms`;
    const reference = `JSON.parse + stringify ${ms(baseline)}`;
    const label = `${offers.toLocaleString('en')}-offer feed`;
    const exportMs = best(RUNS, () => cli('export', feedFile, '--format', 'csv', '--out', join(dir, 'csv')));
    const importMs = best(RUNS, () => cli('import', join(dir, 'csv'), '--out', join(dir, 'imported.json')));
    const lintMs = best(RUNS, () => cli('lint', feedFile, '--now', '2026-12-01', '--format', 'json'));
    return [
      { what: `welcome-feed export --format csv, ${label}`, ours: ms(exportMs), reference, goal: '≤ 3 s (editors issue)', met: exportMs <= 3000 },
      { what: `welcome-feed import, ${label}`, ours: ms(importMs), reference, goal: '≤ 3 s (editors issue)', met: importMs <= 3000 },
      { what: `welcome-feed lint, ${label}`, ours: ms(lintMs), reference, goal: '≤ 2 s (editors issue)', met: lintMs <= 2000 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = benchEditor();
  for (const r of rows) console.log(`${r.what.padEnd(48)} ${r.ours.padEnd(9)} ${r.reference.padEnd(32)} ${r.goal.padEnd(22)} ${r.met ? 'yes' : 'NO'}`);
  process.exit(rows.every(r => r.met) ? 0 : 1);
}
