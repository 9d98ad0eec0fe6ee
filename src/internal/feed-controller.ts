// SPDX-License-Identifier: EUPL-1.2
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFeed, clearFeedCache, parseFeed, FeedLoadError } from '../feed/load.js';
import type { FeedErrorKind } from '../feed/load.js';
import type { ValidationResult } from '../feed/validate.js';
import { emit } from './emit.js';
import { warnOnce } from './logger.js';

/** The four states every widget renders, each in its own branch. */
export type LoadingState = 'idle' | 'loading' | 'ready' | 'error';

interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  feed?: unknown;
}

/**
 * Loads the host's feed — from its `feed` property when set (an explicit object wins, for
 * developers and stories), else from its `src` URL through the shared page-wide loader — and
 * tracks the loading state. Announces `welcome-feed-load` / `welcome-feed-error` from the host.
 */
export class FeedController implements ReactiveController {
  /** Set by {@link retry}: the next load bypasses the browser's HTTP cache. */
  private reloadNext = false;
  private readonly task: Task<[string | null | undefined, unknown], ValidationResult | undefined>;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.src, host.feed] as [string | null | undefined, unknown],
      task: async ([src, feed], { signal }) => {
        if (feed !== undefined && feed !== null) return parseFeed(feed);
        if (!src) return undefined;
        const reload = this.reloadNext;
        this.reloadNext = false;
        return loadFeed(src, { signal, reload });
      },
      onComplete: result => {
        if (!result) return;
        if (result.problems.length) {
          warnOnce(
            host,
            `${result.problems.length} problem(s) in the feed; the affected entries were dropped or repaired:\n` +
              result.problems.map(p => `  ${p.path}: ${p.message}`).join('\n'),
          );
        }
        emit(host, 'welcome-feed-load', { src: host.src ?? null, problems: result.problems.length });
      },
      onError: error => {
        const kind: FeedErrorKind | 'unknown' = error instanceof FeedLoadError ? error.kind : 'unknown';
        if (kind === 'aborted') return;
        emit(host, 'welcome-feed-error', { src: host.src ?? null, kind, message: String((error as Error)?.message ?? error) });
      },
    });
  }

  hostConnected(): void {}

  get state(): LoadingState {
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.COMPLETE:
        return this.task.value ? 'ready' : 'idle';
      case TaskStatus.ERROR:
        return 'error';
      default:
        return this.host.src || this.host.feed ? 'loading' : 'idle';
    }
  }

  /** The validated feed and its problems once `state === 'ready'`. */
  get result(): ValidationResult | undefined {
    return this.task.value;
  }

  /** The load error once `state === 'error'`. */
  get error(): FeedLoadError | Error | undefined {
    return this.task.status === TaskStatus.ERROR ? (this.task.error as Error) : undefined;
  }

  /** Drops the cached copy and loads again (the retry button). */
  retry(): void {
    if (this.host.src) clearFeedCache(this.host.src);
    this.reloadNext = true;
    void this.task.run();
  }
}
