// SPDX-License-Identifier: EUPL-1.2
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const SHARED_EVENTS = ['welcome-filter-change', 'welcome-point-select', 'welcome-district-select', 'welcome-offer-select'] as const;
export type SharedEventName = (typeof SHARED_EVENTS)[number];

interface GroupHost extends ReactiveControllerHost, HTMLElement {
  group?: string | null;
}

/**
 * Links sibling widgets that share a `group="name"` attribute. It listens on the document for
 * our public events, which bubble and are composed, and hands on those that came from another
 * widget of the same group. Widgets apply them without emitting again: events stand for user
 * actions only.
 */
export class GroupController implements ReactiveController {
  constructor(
    private readonly host: GroupHost,
    private readonly onShared: (event: GlobalEventHandlersEventMap[SharedEventName]) => void,
  ) {
    host.addController(this);
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
    this.onShared(event as GlobalEventHandlersEventMap[SharedEventName]);
  };
}
