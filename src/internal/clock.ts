// SPDX-License-Identifier: EUPL-1.2
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** "Open now" badges and the day agenda follow the real clock at this pace. */
const MINUTE_MS = 60_000;

/** Re-renders its host every minute while it is in the page, so time-dependent text stays true. */
export class MinuteClock implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => this.host.requestUpdate(), MINUTE_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
