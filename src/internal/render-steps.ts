// SPDX-License-Identifier: EUPL-1.2
import type { ReactiveControllerHost } from 'lit';

/**
 * Items rendered at first and added per later task: a page of cards in one task blocked a 4×
 * slower phone for 300–600 ms (issue #23).
 */
const ITEMS_PER_TASK = 4;

/**
 * A long list's items arrive a few per task, so a cheap phone stays responsive while a page of
 * cards is built. The view renders the first `count` of its items, calls `follow` after
 * each update and shares this object as `ViewController.steps`, so `updateComplete` waits for
 * the whole page.
 */
export class RenderSteps {
  /** Items in the DOM so far. It never shrinks: a new filter's page comes in one task, as typed. */
  count = ITEMS_PER_TASK;
  /** The next step's task. */
  pending?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Schedules the next few items while fewer than `wanted` are rendered. */
  follow(wanted: number): void {
    if (this.pending || this.count >= wanted) return;
    this.pending = new Promise(resolve =>
      setTimeout(() => {
        this.pending = undefined;
        this.count += ITEMS_PER_TASK;
        this.host.requestUpdate();
        resolve();
      }),
    );
  }
}
