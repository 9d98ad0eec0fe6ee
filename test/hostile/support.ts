// SPDX-License-Identifier: EUPL-1.2
/**
 * Shared harness for the hardening suites (hostile hosts, XSS, network faults, fuzzing,
 * lifecycle): the three widgets described once, a mount that waits for a settled state, a
 * recursive shadow-root walk, and a guard that records uncaught errors and rejections.
 */

import '../../src/define.js';
import { afterFrame, waitUntil } from '../helpers/wait.js';
import { mapSettled } from '../helpers/map.js';
import type { FeedController } from '../../src/internal/feed-controller.js';

export const SAMPLE_FEED = '/demo/data/duesseldorf.json';

export interface WidgetSpec {
  tag: 'welcome-point-finder' | 'offer-list' | 'district-map';
  /** Inside the shadow root once the feed shows: one per shown entry. */
  content: string;
  /** Attributes that make the widget show as much as it can (the finder with its map). */
  attributes: Record<string, string>;
}

export const WIDGETS: readonly WidgetSpec[] = [
  { tag: 'welcome-point-finder', content: '[part~="card"]', attributes: { lang: 'en', view: 'both' } },
  { tag: 'offer-list', content: '[part~="item"]', attributes: { lang: 'en', 'group-by': 'none' } },
  { tag: 'district-map', content: '.marker__button, .list__point-button', attributes: { lang: 'en' } },
];

/** What the suites use of a widget: its public properties and the (protected) feed state. */
export type Widget = HTMLElement & {
  src?: string | null;
  feed?: unknown;
  updateComplete: Promise<boolean>;
  feedController: Pick<FeedController, 'state' | 'result' | 'error' | 'retry'>;
  mapReady?: Promise<boolean>;
};

/** Every shadow root under `root`, nested ones included (the finder's map, cards' offer lists). */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        found.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  visit(root);
  return found;
}

/** Elements matching `selector` in `el`'s shadow root and every shadow root nested in it. */
export function deepQueryAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  const roots = el.shadowRoot ? [el.shadowRoot, ...shadowRoots(el.shadowRoot)] : [];
  return roots.flatMap(root => [...root.querySelectorAll<T>(selector)]);
}

/** Settled: the feed loaded or failed and the element (and its map, if any) finished rendering. */
export async function settled(el: Widget, timeout = 10_000): Promise<void> {
  await waitUntil(
    () => el.feedController.state === 'ready' || el.feedController.state === 'error',
    `<${el.localName}> never finished loading`,
    { timeout },
  );
  await el.updateComplete;
  // the finder's results code is a lazy chunk: its skeleton stays until that arrives
  await waitUntil(() => !el.shadowRoot!.querySelector('[part~="loading"]'), `<${el.localName}> kept its skeleton`, { timeout });
  if (el.feedController.state === 'ready' && el.mapReady) await mapSettled(el as Widget & { mapReady: Promise<boolean> }, timeout);
  // Nested widgets (the finder's map, offer lists in cards) load their code and render on their
  // own schedule; a map counts as settled once it has drawn (as the element itself does above).
  for (const inner of el.shadowRoot!.querySelectorAll<Widget>('district-map, offer-list')) {
    await customElements.whenDefined(inner.localName);
    await settled(inner, timeout);
  }
  await afterFrame();
}

/** Creates `spec`'s element in `parent` with `src` or a `feed` object; does not wait. */
export function create(spec: WidgetSpec, parent: Element, source: { src?: string; feed?: unknown }, attributes: Record<string, string> = {}): Widget {
  const el = document.createElement(spec.tag) as unknown as Widget;
  for (const [name, value] of Object.entries({ ...spec.attributes, ...attributes })) el.setAttribute(name, value);
  if (source.feed !== undefined) el.feed = source.feed;
  if (source.src !== undefined) el.src = source.src;
  parent.append(el);
  return el;
}

/** A fresh container in the page, removed by the returned function. */
export function stage(width = 1024): { parent: HTMLDivElement; dispose: () => void } {
  const parent = document.createElement('div');
  parent.style.inlineSize = `${width}px`;
  document.body.append(parent);
  return { parent, dispose: () => parent.remove() };
}

/**
 * Records uncaught errors and unhandled rejections from now until `stop()`; `stop()` returns
 * their messages. Mocha's own handler still sees them, so a test also fails when it forgets to
 * check.
 */
export function watchErrors(): { stop: () => string[] } {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandledrejection: ${String((event.reason as Error | undefined)?.stack ?? event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}

/**
 * Silences the widgets' console warning about feed problems (meant for editors) while hostile
 * feeds are tested, so tests print nothing; returns the restore function.
 */
export function quietFeedWarnings(): () => void {
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!/problem\(s\) in the feed/.test(String(args[0]))) original.apply(console, args);
  };
  return () => (console.warn = original);
}

let sample: Promise<Record<string, unknown>> | undefined;
/** A deep copy of the sample feed (fetched once). */
export async function sampleFeed(): Promise<Record<string, unknown>> {
  sample ??= fetch(SAMPLE_FEED).then(response => response.json() as Promise<Record<string, unknown>>);
  return structuredClone(await sample);
}

/** A `blob:` URL serving `json`, so a built feed goes through the real loader; revoke when done. */
export function feedUrl(json: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
}
