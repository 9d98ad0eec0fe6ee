// SPDX-License-Identifier: EUPL-1.2
/**
 * Waits for something that happens, never for a length of time: a sleep is too short on a busy
 * CI machine and wasted on a fast one. (`oneEvent` and `updateComplete` from @open-wc/testing and
 * Lit cover most cases; these are for conditions and rendering frames.)
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * @open-wc/testing's `waitUntil` with a 10 s ceiling instead of its 1 s. The ceiling is not how
 * long a test waits (it goes on as soon as `predicate` holds) but when it gives up: on a 2-core
 * machine running three browsers, a lazy chunk or a map can take over a second to arrive, and a
 * test must not fail because the machine was busy.
 */
export function waitUntil(predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 10_000, ...options });
}

/** The next rendering frame of `win` (a frame's window for pages in an iframe). */
export function nextFrame(win: Window = window): Promise<void> {
  return new Promise(resolve => win.requestAnimationFrame(() => resolve()));
}

/**
 * After the next frame and the tasks it queued: observers' callbacks, image errors, animation
 * events. A message is a task of its own, queued behind them.
 */
export async function afterFrame(win: Window = window): Promise<void> {
  await nextFrame(win);
  await new Promise<void>(resolve => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves with `read()` once it has returned the same value for `frames` frames in a row: an
 * animation, or a series of them (a map's zoom, pan and refit), has ended. Rejects after `timeout` ms.
 */
export async function untilSteady<T>(read: () => T, message: string, { frames = 10, timeout = 5000 } = {}): Promise<T> {
  const start = performance.now();
  let last = read();
  for (let steady = 0; steady < frames; ) {
    if (performance.now() - start > timeout) throw new Error(`${message} (still changing after ${timeout} ms)`);
    await nextFrame();
    const now = read();
    steady = now === last ? steady + 1 : 0;
    last = now;
  }
  return last;
}

/**
 * Resolves once `ok()` is true, checked every frame; rejects after `timeout` ms. For pages without
 * @open-wc/testing (framed pages under a strict CSP); tests use `waitUntil` above.
 */
export async function until(ok: () => unknown, message: string, timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > timeout) throw new Error(`${message} (after ${timeout} ms)`);
    await nextFrame();
  }
}
