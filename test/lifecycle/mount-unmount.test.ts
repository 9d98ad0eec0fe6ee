// SPDX-License-Identifier: EUPL-1.2
/**
 * <welcome-point-finder> and <offer-list> mounted and removed 100 times: every document and
 * window listener, observer and interval they start is released again. (The map's Leaflet
 * instances are counted in test/components/district-map-lifecycle.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { WIDGETS, create, settled, stage } from '../hostile/support.js';
import type { WidgetSpec } from '../hostile/support.js';
import { afterFrame } from '../helpers/wait.js';

const MOUNTS = 100;

/** Counts what is still registered: page listeners, observed targets, running intervals. */
function trackResources() {
  const listeners = new Map<string, number>();
  const key = (target: EventTarget, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) =>
    `${target === document ? 'document' : 'window'}:${type}:${typeof options === 'boolean' ? options : Boolean(options?.capture)}:${listenerIds.get(listener as object) ?? newId(listener as object)}`;
  const listenerIds = new WeakMap<object, number>();
  let nextId = 0;
  const newId = (listener: object) => {
    listenerIds.set(listener, ++nextId);
    return nextId;
  };
  const restores: Array<() => void> = [];
  for (const target of [document, window] as EventTarget[]) {
    // (wrapping the page's own methods is the point here; they are put back in `restore`)
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const add = target.addEventListener;
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const remove = target.removeEventListener;
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener && !(typeof options === 'object' && options.once)) listeners.set(key(target, type, listener, options), 1);
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (listener) listeners.delete(key(target, type, listener, options));
      return remove.call(this, type, listener, options);
    };
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  let observing = 0;
  for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver'] as const) {
    const Original = window[name] as unknown as new (...args: unknown[]) => { observe(...a: unknown[]): void; disconnect(): void; unobserve?(t: unknown): void };
    const targets = new WeakMap<object, Set<unknown>>();
    class Counted extends Original {
      override observe(target: unknown, ...rest: unknown[]) {
        const set = targets.get(this) ?? new Set();
        targets.set(this, set);
        if (!set.has(target)) observing++;
        set.add(target);
        super.observe(target, ...rest);
      }
      override unobserve(target: unknown) {
        if (targets.get(this)?.delete(target)) observing--;
        super.unobserve?.(target);
      }
      override disconnect() {
        observing -= targets.get(this)?.size ?? 0;
        targets.delete(this);
        super.disconnect();
      }
    }
    (window as unknown as Record<string, unknown>)[name] = Counted;
    restores.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  }
  const intervals = new Set<number>();
  const set = window.setInterval.bind(window);
  const clear = window.clearInterval.bind(window);
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const originalSet = window.setInterval;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const originalClear = window.clearInterval;
  window.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const id = set(...args);
    intervals.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    clear(id);
  }) as typeof clearInterval;
  restores.push(() => {
    window.setInterval = originalSet;
    window.clearInterval = originalClear;
  });
  return {
    counts: () => ({ listeners: listeners.size, observing, intervals: intervals.size }),
    restore: () => restores.forEach(restore => restore()),
  };
}

function lifecycleSuite(spec: WidgetSpec) {
  it(`<${spec.tag}>: ${MOUNTS} mounts leave no listener, observer or interval behind`, async function () {
    this.timeout(120_000);
    const { parent, dispose } = stage(800);
    // the first mount loads modules and the feed: not a leak
    const warm = create(spec, parent, { src: '/test/fixtures/small.json' }, { 'sync-url': '' });
    await settled(warm);
    warm.remove();
    const tracker = trackResources();
    try {
      const baseline = tracker.counts();
      let whileMounted = baseline;
      let afterFirst = baseline;
      for (let i = 0; i < MOUNTS; i++) {
        const el = create(spec, parent, { src: '/test/fixtures/small.json' }, { 'sync-url': '' });
        await settled(el);
        if (i === 0) whileMounted = tracker.counts();
        el.remove();
        await el.updateComplete;
        // (an engine may register a page-wide listener once, on first use: counted from here)
        if (i === 0) afterFirst = tracker.counts();
      }
      // (cleanup a removal queues, e.g. a view chunk that arrives after its host left, has run)
      await afterFrame();
      // the tracker really sees what a mounted widget holds (popstate for sync-url, at least)
      const total = (c: typeof baseline) => c.listeners + c.observing + c.intervals;
      expect(total(whileMounted)).to.be.greaterThan(total(afterFirst));
      // nothing grows with the number of mounts, and at most a few one-time registrations stay
      expect(tracker.counts()).to.deep.equal(afterFirst);
      expect(total(afterFirst) - total(baseline)).to.be.at.most(4);
    } finally {
      tracker.restore();
      dispose();
    }
  });
}

describe('Mounted and removed 100 times', () => {
  for (const spec of WIDGETS.filter(widget => widget.tag !== 'district-map')) lifecycleSuite(spec);
});
