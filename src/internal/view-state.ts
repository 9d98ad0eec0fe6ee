// SPDX-License-Identifier: EUPL-1.2
import type { ReactiveControllerHost } from 'lit';

/**
 * Lit's `@state()` for a {@link WidgetView}: assigning a different value re-renders the view's
 * `host` (a field every view has, set before its other fields as a constructor parameter).
 * (Views are plain objects driven by their element, so Lit's decorators do not apply.)
 */
export function viewState(prototype: object, name: string): void {
  const key = Symbol(name);
  Object.defineProperty(prototype, name, {
    get(this: Record<symbol, unknown>) {
      return this[key];
    },
    set(this: Record<symbol, unknown> & { host: ReactiveControllerHost }, value: unknown) {
      if (Object.is(this[key], value)) return;
      this[key] = value;
      // A view without its `host` field fails here, loudly, instead of silently never re-rendering.
      this.host.requestUpdate();
    },
  });
}
