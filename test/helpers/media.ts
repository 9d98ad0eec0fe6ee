// SPDX-License-Identifier: EUPL-1.2
import sinon from 'sinon';

/**
 * Whether the test runner can emulate CSS media (print, prefers-reduced-motion) in this engine.
 * Only Chromium's DevTools protocol can; Firefox's WebDriver BiDi has no media emulation yet
 * (w3c/webdriver-bidi#750) and WebDriver classic has none (w3c/webdriver#1693).
 */
export const canEmulateMedia = /Chrome\//.test(navigator.userAgent);

/**
 * Makes `matchMedia(query)` report `matches` for code that reads a media query in script, in every
 * engine. Other queries go to the real `matchMedia`. Restore with `sinon.restore()`.
 */
export function stubMediaQuery(query: string, matches: boolean): void {
  const real = window.matchMedia.bind(window);
  sinon.stub(window, 'matchMedia').callsFake((asked: string) => {
    const result = real(asked);
    if (asked.replace(/\s+/g, '') !== query.replace(/\s+/g, '')) return result;
    // A plain object: MediaQueryList's methods throw "Illegal invocation" on anything but a real one.
    return {
      matches,
      media: asked,
      onchange: null,
      addEventListener: result.addEventListener.bind(result),
      removeEventListener: result.removeEventListener.bind(result),
      addListener: result.addListener.bind(result),
      removeListener: result.removeListener.bind(result),
      dispatchEvent: result.dispatchEvent.bind(result),
    };
  });
}
