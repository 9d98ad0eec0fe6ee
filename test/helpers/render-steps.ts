// SPDX-License-Identifier: EUPL-1.2
import { expect } from '@open-wc/testing';

/**
 * Watches a list fill (issue #23): the number of cards each time the shadow DOM changes, with how
 * many of the page's own tasks (a 0 ms interval) had run by then. Call the returned function once
 * the list is complete; it stops watching and checks that the first cards came at once (at most
 * four), the whole page `whole` last, and that the page had tasks of its own between the steps.
 */
export function watchListFill(root: Node, cardCount: () => number): (whole: number) => void {
  const seen: Array<[cards: number, task: number]> = [];
  let tasks = 0;
  const tick = setInterval(() => tasks++, 0);
  const observer = new MutationObserver(() => {
    const cards = cardCount();
    if (cards && cards !== seen.at(-1)?.[0]) seen.push([cards, tasks]);
  });
  observer.observe(root, { childList: true, subtree: true });
  return whole => {
    observer.disconnect();
    clearInterval(tick);
    const counts = seen.map(([cards]) => cards);
    expect(counts[0], 'the first cards at once').to.be.at.most(4);
    expect(counts.at(-1), 'then the whole page').to.equal(whole);
    expect(new Set(seen.map(([, task]) => task)).size, `tasks ran between the steps ${JSON.stringify(seen)}`).to.be.greaterThan(1);
  };
}
