// SPDX-License-Identifier: EUPL-1.2
import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

/**
 * One polite live region per widget, for what a visitor's action changed ("12 offers",
 * "Mitte selected"). `announce` says it now or, with a delay, once the visitor pauses, so screen
 * readers are not flooded while someone types; a newer announcement replaces a waiting one.
 */
export class Announcer implements ReactiveController {
  private text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** `text` may be a function, read when the delay is over (a count that is still changing). */
  announce(text: string | (() => string), delayMs = 0): void {
    clearTimeout(this.timer);
    const say = () => {
      this.text = typeof text === 'string' ? text : text();
      this.host.requestUpdate();
    };
    if (delayMs) this.timer = setTimeout(say, delayMs);
    else say();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  render(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.text}</p>`;
  }
}
