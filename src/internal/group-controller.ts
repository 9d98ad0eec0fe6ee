// SPDX-License-Identifier: EUPL-1.2
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const SHARED_EVENTS = ['welcome-filter-change', 'welcome-point-select', 'welcome-district-select', 'welcome-offer-select'] as const;
export type SharedEventName = (typeof SHARED_EVENTS)[number];
export type SharedEvent = GlobalEventHandlersEventMap[SharedEventName];

interface GroupHost extends ReactiveControllerHost, HTMLElement {
  group?: string | null;
}

/**
 * Links sibling widgets that share a `group="name"` attribute. It listens on the document for
 * our public events, which bubble and are composed, and hands those that came from another
 * widget of the same group to the widget's view. Widgets apply them without emitting again:
 * events stand for user actions only.
 *
 * The shell listens from the first connect, the view (a lazy chunk) knows what a choice means.
 * A sibling's choice made before the view is there is the group's current state: the latest of
 * each kind waits here until the view takes over with {@link follow}.
 */
export class GroupController implements ReactiveController {
  #apply?: (event: SharedEvent) => void;
  /** The view's handler, until the view's first render has passed. */
  #next?: (event: SharedEvent) => void;
  #waiting = new Map<string, SharedEvent>();

  constructor(private readonly host: GroupHost) {
    host.addController(this);
  }

  /**
   * Siblings' choices go to `apply` once the view calling this has rendered for the first time,
   * which reads presets and the page URL: a choice made meanwhile applies on top of a shared link
   * instead of being overwritten by it.
   */
  follow(apply: (event: SharedEvent) => void): void {
    this.#next = apply;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const apply = this.#next;
    this.#next = undefined;
    // Not `updateComplete`: a view may spread its rendering over later tasks (a long list), and a
    // choice must not wait for the last card. Just after this update, as a visitor's would come.
    if (apply) {
      queueMicrotask(() => {
        this.#apply = apply;
        for (const event of this.#waiting.values()) apply(event);
        this.#waiting.clear();
      });
    }
  }

  hostConnected(): void {
    for (const name of SHARED_EVENTS) document.addEventListener(name, this.listener);
  }

  hostDisconnected(): void {
    for (const name of SHARED_EVENTS) document.removeEventListener(name, this.listener);
  }

  private readonly listener = (event: Event) => {
    const group = this.host.group;
    if (!group) return;
    // At document level the target is the outermost widget (a map inside a finder shows as the finder).
    const origin = event.target as Element | null;
    if (!origin || origin === this.host || origin.getAttribute?.('group') !== group) return;
    if (this.#apply) this.#apply(event as SharedEvent);
    else {
      this.#waiting.delete(event.type);
      this.#waiting.set(event.type, event as SharedEvent);
    }
  };
}
