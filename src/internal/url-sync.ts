// SPDX-License-Identifier: EUPL-1.2
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, writeUrlState } from './url-state.js';
import type { UrlState } from './url-state.js';

interface UrlHost extends ReactiveControllerHost, HTMLElement {
  group: string | null;
  syncUrl: boolean;
}

/**
 * `sync-url` for one widget: its parameters live in the page URL under its group's name (or a
 * name of its own), each user action writes them, and Back/Forward restore them. The view says
 * what its parameters are (`write`) and how to apply them (`restore`); this controller owns the
 * namespace and the `popstate` listener, which exists only while the element is in the page.
 */
export class UrlSync implements ReactiveController {
  constructor(
    private readonly host: UrlHost,
    /** The namespace without a group: `finder`, `offers`, `map`. */
    private readonly name: string,
    private readonly restore: (state: UrlState) => void,
  ) {
    host.addController(this);
  }

  get namespace(): string {
    return this.host.group || this.name;
  }

  /** The widget's parameters in the current URL. */
  read(): UrlState {
    return readUrlState(this.namespace);
  }

  /** Writes the widget's parameters, when `sync-url` is on. */
  write(state: UrlState, mode: 'push' | 'replace' = 'push'): void {
    if (this.host.syncUrl) writeUrlState(this.namespace, state, mode);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.handlePopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
  }

  private readonly handlePopState = () => {
    if (this.host.syncUrl) this.restore(this.read());
  };
}
