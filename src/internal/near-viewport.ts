// SPDX-License-Identifier: EUPL-1.2
/**
 * Whether an element's box has been displayed within a screen of the viewport, so costly work for
 * it (building a Leaflet map takes a phone's main thread for a quarter of a second, issue #23) can
 * wait until someone may see it. A hidden element (`display: none`, a closed pane) never counts.
 * The observer's first answer comes in a task of its own after layout: even an element in view is
 * handled after the page around it has painted. Printing counts as near: a printed page shows all
 * of itself, and the host's update runs in a microtask, before the print layout.
 */
export class NearViewport {
  /** True from the first time the watched element came near the viewport. */
  reached = false;
  private observer?: IntersectionObserver;
  private watched?: Element;

  /** @param onReach called once, when `reached` becomes true */
  constructor(private readonly onReach: () => void) {}

  /** `reached`; until then watches `element`, in place of the element watched before. */
  check(element: Element): boolean {
    if (this.reached) return true;
    if (this.watched !== element) {
      if (!this.observer) {
        this.observer = new IntersectionObserver(entries => this.handle(entries), { rootMargin: '100% 0px' });
        window.addEventListener('beforeprint', this.reach);
      }
      this.observer.disconnect();
      this.observer.observe(element);
      this.watched = element;
    }
    return false;
  }

  /** Stops watching (the host left the page); `reached` stays as it was. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    window.removeEventListener('beforeprint', this.reach);
    this.watched = undefined;
  }

  private handle(entries: IntersectionObserverEntry[]): void {
    if (entries.some(entry => entry.isIntersecting)) this.reach();
  }

  private readonly reach = (): void => {
    this.reached = true;
    this.stop();
    this.onReach();
  };
}
