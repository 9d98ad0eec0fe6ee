// SPDX-License-Identifier: EUPL-1.2
import { WelcomePointFinder } from './welcome-point-finder.component.js';
import { defineElement } from '../../internal/define.js';

export { WelcomePointFinder };
defineElement('welcome-point-finder', WelcomePointFinder);

declare global {
  interface HTMLElementTagNameMap {
    'welcome-point-finder': WelcomePointFinder;
  }
}
