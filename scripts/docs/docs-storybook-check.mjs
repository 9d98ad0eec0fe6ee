#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * After `storybook build`: the static Storybook exists and indexes a docs page and every story
 * of each element (a stories file that failed to load would be missing from index.json), and
 * Storybook's onboarding checklist is off.
 */
import { existsSync, readFileSync } from 'node:fs';

const dir = new URL('../../storybook-static/', import.meta.url);
const problems = [];
for (const file of ['index.html', 'iframe.html', 'index.json']) if (!existsSync(new URL(file, dir))) problems.push(`storybook-static/${file} is missing`);
if (!problems.length) {
  const { entries } = JSON.parse(readFileSync(new URL('index.json', dir), 'utf8'));
  for (const tag of ['welcome-point-finder', 'offer-list', 'district-map']) {
    const mine = Object.values(entries).filter(entry => entry.title === `Widgets/${tag}`);
    const docs = mine.filter(entry => entry.type === 'docs').length;
    const stories = mine.filter(entry => entry.type === 'story').length;
    if (docs !== 1 || stories < 15) problems.push(`Widgets/${tag}: ${docs} docs page(s), ${stories} stories (expected 1 and at least 15)`);
  }
  // Designers see the widgets first, not Storybook's own "Get started" checklist (.storybook/main.ts).
  const manager = readFileSync(new URL('index.html', dir), 'utf8');
  for (const flag of ['sidebarOnboardingChecklist', 'menuOnboardingChecklist']) {
    if (!new RegExp(`"${flag}":\\s*false`).test(manager)) problems.push(`storybook-static/index.html: ${flag} is not switched off`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
